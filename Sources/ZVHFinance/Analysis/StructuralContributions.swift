/// Each member's structural contribution: what it pays for the structural lines only —
/// the contributions of the budget without its incidental lines (``BudgetLine/isIncidental``,
/// reserve movements unless the file says otherwise) and without the settlement of a
/// prior year (``Budget/structuralPart()``) — with the amount per inhabitant. The one
/// place a "€ per inwoner structureel" comes from; every view renders this value.
///
/// ```swift
/// let structural = analysed.structuralContributions
/// structural?.member("Leudal")?.perInhabitant   // structural € per inwoner, to the cent
/// ```
public struct StructuralContributions: Hashable, Sendable {
    /// One member's structural figures.
    public struct Member: Hashable, Sendable {
        /// The member.
        public var municipality: String
        /// Its contribution for the structural lines.
        public var contribution: Money
        /// Its inhabitants, where known.
        public var inhabitants: Int64?
        /// The structural contribution per inhabitant, to the cent (half away from zero),
        /// where inhabitants are known.
        public var perInhabitant: Money?
    }

    /// Whether the budget has incidental lines (else the structural contribution is the
    /// whole contribution).
    public var hasIncidentalLines: Bool
    /// The members, in member order.
    public var members: [Member]

    /// The structural contributions of a budget whose contributions are `statement`.
    /// - Parameters:
    ///   - budget: the budget.
    ///   - statement: its contributions (used as they are when no line is incidental).
    /// - Returns: nil when the structural part's contributions cannot be computed.
    /// - Complexity: O(1) beyond the members without incidental lines; else the work of
    ///   one more ``Budget/contributions()``.
    public init?(_ budget: Budget, statement: ContributionStatement) {
        hasIncidentalLines = (budget.costLines + budget.incomeLines).contains(where: Budget.isIncidental)
        let structural: ContributionStatement
        if hasIncidentalLines {
            guard let computed = try? budget.structuralPart().contributions() else { return nil }
            structural = computed
        } else {
            structural = statement
        }
        members = structural.members.map { member in
            Member(municipality: member.municipality, contribution: member.contribution, inhabitants: member.inhabitants, perInhabitant: member.contributionPerInhabitant)
        }
    }

    /// The figures of one member, if it takes part.
    public func member(_ municipality: String) -> Member? {
        members.first { $0.municipality == municipality }
    }
}
