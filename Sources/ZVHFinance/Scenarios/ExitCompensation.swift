/// The rule for an *uittreedsom*: a leaving member pays, for a number of years, its
/// share of the costs that do not fall away when it leaves (rent, the host's overhead).
///
/// amount = years × (the member's contribution in the basis / all contributions in the
/// basis) × (the sum of the remaining cost lines in the basis), rounded once to the
/// contributions' unit, a half away from zero.
public struct ExitCompensationRule: Hashable, Sendable {
    /// For how many years the member pays its share.
    public var years: Int
    /// The cost lines or groups (by name) that do not fall away.
    public var remainingCosts: [String]

    /// Creates a rule.
    public init(years: Int, remainingCosts: [String]) {
        self.years = years
        self.remainingCosts = remainingCosts
    }

    /// "2 jaar het aandeel in de blijvende kosten (Huur, Schoonmaak)".
    public var dutchDescription: String {
        "\(years) jaar het aandeel in de blijvende kosten (\(remainingCosts.joined(separator: ", ")))"
    }
}

/// What a member that leaves still receives and pays: its part of the settlement of
/// the year it took part in, and the uittreedsom where the scenario defines one.
public struct MemberExit: Hashable, Sendable {
    /// The member.
    public var municipality: String
    /// Its remaining part of the settlement (negative: returned to it).
    public var settlement: Money
    /// The rule, when the scenario defines an uittreedsom.
    public var rule: ExitCompensationRule?
    /// The sum of the remaining costs in the basis.
    public var remainingCosts: Money
    /// The member's share of the contributions in the basis.
    public var share: Share
    /// The uittreedsom (zero without a rule).
    public var compensation: Money
}

extension ExitCompensationRule {
    /// The uittreedsom of a member under this rule, from the basis budget.
    ///
    /// - Parameters:
    ///   - member: the leaving member.
    ///   - basis: the basis budget (with computed contributions) and its statement.
    ///   - at: where the change stands, for errors.
    /// - Throws: ``ScenarioError`` for an unknown cost name or an amount out of range.
    /// - Complexity: O(lines).
    func compensation(of member: String, basis: Budget, statement: ContributionStatement, at: FieldLocation) throws(ScenarioError) -> (remaining: Money, share: Share, amount: Money) {
        let column = basis.column(named: basis.contributionRule?.column ?? basis.mainColumn.name) ?? basis.mainColumn
        var remaining = Money.zero
        for name in remainingCosts {
            guard let item = basis.costs.flatMap(\.allItems).first(where: { $0.name == name }) else {
                let names = basis.costs.flatMap(\.allItems).map(\.name)
                throw .unknownLine(name: name, suggestion: Spelling.closest(to: name, among: names), at: at)
            }
            remaining += basis.total(of: item, in: column, side: .costs)
        }
        let contribution = statement.members.first { $0.municipality == member }?.contribution ?? .zero
        let share = Share(contribution, of: statement.totalDistributed)
        guard share.denominator != 0 else { return (remaining, share, .zero) }
        let numerator = Int128(years) * Int128(remaining.cents) * share.numerator
        let amount = Rounding(unit: basis.contributionRule?.unit ?? basis.publicationUnit, rule: .halfAwayFromZero)
            .round(numerator: share.denominator < 0 ? -numerator : numerator, denominator: Int128(share.denominator.magnitude))
            .amount
        guard amount.magnitude <= Money.largestFileSum else { throw .overflow(at: at) }
        return (remaining, share, amount)
    }
}

extension BudgetItem {
    /// The item and every item inside it, depth first.
    var allItems: [BudgetItem] {
        switch self {
        case .line: [self]
        case .group(let group): [self] + group.items.flatMap(\.allItems)
        }
    }
}
