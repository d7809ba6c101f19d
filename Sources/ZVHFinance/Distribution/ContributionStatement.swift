/// What every member pays under a budget: the contribution, the settlement of the
/// prior year per component, and the final amount — with the derivation of each.
public struct ContributionStatement: Hashable, Sendable {
    /// How the contributions came about.
    public enum Basis: Hashable, Sendable {
        /// Computed: per financing part (the general costs, and each theme) the amount
        /// not covered by other income, split by the part's key over its participants.
        case computed([FinancingPart])
        /// Given: the file lists each member's contribution as income lines.
        case givenLines
    }

    /// The column the contributions are taken from.
    public var column: Column
    /// How the contributions came about.
    public var basis: Basis
    /// The settlement components, each split by its key.
    public var settlementSplits: [SettlementSplit]
    /// One entry per member, in the order of the file's members.
    public var members: [MemberContribution]
    /// The afronding line: what the members' contributions miss of the amount
    /// distributed — computed per municipality (``AllocationMethod/perMunicipality``),
    /// or for contributions given as lines the published `vermeld.afronding` of the
    /// column; zero by the largest remainder.
    public var roundingDifference: Money = .zero
    /// Whether the contributions have an afronding line to show (computed per
    /// municipality, or a published afronding for contributions given as lines), even
    /// when it is zero.
    public var hasRoundingLine = false

    /// The financing parts, when the contributions are computed.
    public var parts: [FinancingPart] {
        if case .computed(let parts) = basis { return parts }
        return []
    }

    /// The sum of the members' contributions before settlement (without the afronding line).
    public var totalContribution: Money { members.map(\.contribution).sum() }
    /// What the contributions cover together: the members' contributions plus the
    /// afronding line (the amount distributed, for computed contributions).
    public var totalDistributed: Money { totalContribution + roundingDifference }
    /// The method the contributions were rounded by (given lines: the largest
    /// remainder, which is no rounding at all).
    public var method: AllocationMethod { parts.first?.split.method ?? .largestRemainder }
    /// The amount passed on to the members (`doorgeven` baten lines) over all parts.
    public var passedOn: Money { parts.map(\.coverage.passedOn).sum() }
    /// The sum of the settlement over all members.
    public var totalSettlement: Money { members.map(\.settlement).sum() }
    /// The sum of the final contributions.
    public var totalFinal: Money { members.map(\.final).sum() }
    /// The final contributions with the afronding line: what the table's total shows.
    public var totalWithRounding: Money { totalFinal + roundingDifference }
}

/// The amount the members have to cover: lasten minus the other baten, line by line.
public struct CostCoverage: Hashable, Sendable {
    /// The total of the lasten.
    public var costs: Money
    /// The baten that are not member contributions, each with its amount (reserve
    /// additions negative).
    public var otherIncome: [NamedAmount]
    /// What the members pay together: `costs − Σ otherIncome`.
    public var amountToDistribute: Money

    /// The other baten together: what they cover of the costs.
    public var otherIncomeTotal: Money { otherIncome.map(\.amount).sum() }
    /// The part of the other baten passed on to the members (`doorgeven`).
    public var passedOn: Money { otherIncome.filter(\.isPassedOn).map(\.amount).sum() }
    /// Whether a negative amount to distribute is declared: without the baten passed
    /// on, the amount would not be negative.
    public var isNegativeAmountDeclared: Bool { !(amountToDistribute + passedOn).isNegative }
}

/// A name with an amount, for derivations.
public struct NamedAmount: Hashable, Sendable {
    /// The label.
    public var name: String
    /// The amount.
    public var amount: Money
    /// Whether the amount is passed on to the members (`doorgeven`).
    public var isPassedOn: Bool

    /// Creates a named amount.
    public init(name: String, amount: Money, isPassedOn: Bool = false) {
        self.name = name
        self.amount = amount
        self.isPassedOn = isPassedOn
    }
}

/// One part of what the members pay: the general costs, or one theme, with what it
/// costs, who pays and how it is split.
public struct FinancingPart: Hashable, Sendable {
    /// "algemeen" or the theme's name.
    public var name: String
    /// Whether this is a theme (kostenplaats) rather than the general part.
    public var isTheme: Bool
    /// What the participants have to cover.
    public var coverage: CostCoverage
    /// The split over the participants.
    public var split: KeySplit

    /// The participants, in member order.
    public var participants: [String] { split.participants }

    /// A participant's part (zero for a member that does not take part).
    public func part(of municipality: String) -> Money {
        split.participants.firstIndex(of: municipality).map { split.parts[$0] } ?? .zero
    }
}

/// One member's contribution with its derivation.
public struct MemberContribution: Hashable, Sendable {
    /// The member.
    public var municipality: String
    /// The member's weight in the key, when one key splits the whole contribution
    /// proportionally over all members (no themes, no mix); nil otherwise.
    public var keyWeight: Quantity?
    /// The sum of the key's weights, in millionths, alongside `keyWeight`.
    public var keyWeightTotalMillionths: Int128?
    /// The contribution before settlement (the sum of `partAmounts` when computed).
    public var contribution: Money
    /// The member's share of the amount distributed: contribution / (total contribution
    /// + afronding line), for every kind of key.
    public var share: Share
    /// The member's amount in each financing part, in part order (empty for given lines).
    public var partAmounts: [Money] = []
    /// The income lines the contribution consists of (given contributions).
    public var lines: [BudgetLine]
    /// The member's part of each settlement component, in component order.
    public var settlementParts: [Money]
    /// The member's inhabitants, where known.
    public var inhabitants: Int64?
    /// Whether this is a member of the settled year that has left: it pays no
    /// contribution but keeps its part of the settlement.
    public var isFormerMember = false

    /// What the member receives: the magnitude of a negative contribution (money passed
    /// on to the members), zero when it pays.
    public var received: Money { contribution.isNegative ? -contribution : .zero }
    /// The total settlement (negative: returned to the member).
    public var settlement: Money { settlementParts.sum() }
    /// The final contribution: contribution plus settlement.
    public var final: Money { contribution + settlement }
    /// The final contribution per inhabitant, to cents, where inhabitants are known:
    /// what the member pays this period, one-off settlement included.
    public var finalPerInhabitant: Money? {
        perInhabitant(final)
    }

    /// The contribution (bijdrage, without the one-off settlement, incidental lines
    /// included) per inhabitant, to cents; the structural figure is
    /// ``StructuralContributions/Member/perInhabitant``.
    public var contributionPerInhabitant: Money? {
        perInhabitant(contribution)
    }

    /// An amount per inhabitant, to cents (half away from zero).
    func perInhabitant(_ amount: Money) -> Money? {
        guard let inhabitants, inhabitants > 0 else { return nil }
        return Rounding.cent.round(numerator: Int128(amount.cents), denominator: Int128(inhabitants)).amount
    }

    /// The member's share of the key, where one key applies.
    public var keyShare: Share? {
        guard let keyWeight, let keyWeightTotalMillionths else { return nil }
        return Share(weightMillionths: Int128(keyWeight.millionths), ofTotal: keyWeightTotalMillionths)
    }
}

extension ContributionStatement {
    /// Whether every member's bijdrage and settlement part is a whole number of `unit`,
    /// so that showing them in that unit rounds nothing away.
    /// - Complexity: O(members × (parts + components)).
    public func isShownExactly(in unit: RoundingUnit) -> Bool {
        members.allSatisfy { member in
            member.contribution.isMultiple(of: unit) && member.partAmounts.allSatisfy { $0.isMultiple(of: unit) }
                && member.settlementParts.allSatisfy { $0.isMultiple(of: unit) }
        } && roundingDifference.isMultiple(of: unit)
    }
}
