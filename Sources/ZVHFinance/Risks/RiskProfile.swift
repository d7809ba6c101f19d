/// The weerstandsvermogen of a budget, computed once: the risks with kans × gevolg, the
/// benodigde capaciteit, the available weerstandscapaciteit, the ratio and its class,
/// and each member's share of the benodigde capaciteit by the contribution key — for the
/// members' own risk paragraphs.
///
/// ```swift
/// let profile = try RiskProfile(budget: budget)
/// profile.normClass?.letter   // "B"
/// ```
public struct RiskProfile: Sendable {
    /// The budget.
    public var budget: Budget
    /// The risks, in file order.
    public var risks: [Risk]
    /// The benodigde capaciteit: Σ kans × gevolg, exactly.
    public var required: ExactAmount
    /// The benodigde capaciteit rounded once to cents (what the members' shares split).
    public var requiredInCents: Money
    /// The structural and the incidental part of the benodigde capaciteit, exactly.
    public var requiredByNature: [(nature: RiskNature, amount: ExactAmount)]
    /// The available components with their amounts.
    public var available: [(component: ResistanceCapacity.Component, amount: Money)]
    /// The available weerstandscapaciteit.
    public var availableTotal: Money
    /// The norm table used.
    public var norm: ResistanceNorm
    /// The ratio available / required, as an exact fraction (nil without risks).
    public var ratio: (numerator: Int128, denominator: Int128)?
    /// The ratio's class in the norm table.
    public var normClass: ResistanceNorm.Class?
    /// The split of the benodigde capaciteit over the members by the key.
    public var memberShares: KeySplit?
    /// Per member its part of the benodigde capaciteit and that part's share of it.
    public var members: [(municipality: String, share: Share, amount: Money)] = []

    /// Computes the profile.
    ///
    /// - Throws: ``RiskError`` for a capacity line the budget does not have, or
    ///   ``ContributionError`` when the key cannot split.
    /// - Complexity: O(risks + lines + members log members).
    public init(budget: Budget) throws {
        self.budget = budget
        risks = budget.risks
        norm = budget.arrangement.resistanceNorm
        let denominator = 100 * Int128(Quantity.unit)
        var total: Int128 = 0
        var byNature: [RiskNature: Int128] = [:]
        for risk in risks {
            let numerator = risk.expectedAmount.numeratorCents
            total += numerator
            byNature[risk.nature, default: 0] += numerator
        }
        required = ExactAmount(numeratorCents: total, denominator: denominator)
        requiredByNature = RiskNature.allCases.map { ($0, ExactAmount(numeratorCents: byNature[$0] ?? 0, denominator: denominator)) }
        requiredInCents = required.rounded(.cent)
        let column = budget.mainColumn
        var available: [(component: ResistanceCapacity.Component, amount: Money)] = []
        for component in budget.resistanceCapacity?.components ?? [] {
            switch component.source {
            case .amount(let amount):
                available.append((component, amount))
            case .line(let name):
                guard let line = budget.costLines.first(where: { $0.name == name }) ?? budget.incomeLines.first(where: { $0.name == name }) else {
                    let names = budget.costLines.map(\.name) + budget.incomeLines.map(\.name)
                    throw RiskError.unknownLine(name: name, suggestion: Spelling.closest(to: name, among: names), file: budget.file, at: component.origin)
                }
                let side: BudgetSide = budget.costLines.contains { $0.name == name } ? .costs : .income
                available.append((component, budget.amount(of: line, in: column, side: side)))
            }
        }
        self.available = available
        availableTotal = available.map(\.amount).sum()
        if total > 0 {
            // available / (total / denominator) = available × denominator / total
            let fraction = (Int128(availableTotal.cents) * denominator, total)
            ratio = fraction
            normClass = norm.classify(numerator: fraction.0, denominator: fraction.1)
        }
        memberShares = try Self.memberSplit(of: requiredInCents, budget: budget)
        if let split = memberShares {
            members = split.participants.indices.map { (split.participants[$0], Share(split.parts[$0], of: requiredInCents), split.parts[$0]) }
        }
    }

    /// The split of an amount over the members by the key of the contributions (for
    /// contributions given as lines: those contributions as weights).
    static func memberSplit(of amount: Money, budget: Budget) throws -> KeySplit? {
        let computed = budget.withComputedContributions()
        let members = computed.organisation.members
        guard !members.isEmpty else { return nil }
        if let keyName = computed.contributionRule?.keyName, let key = computed.key(named: keyName) {
            return try key.split(amount, over: members, members: members, unit: computed.publicationUnit, keys: computed.keys, year: computed.period.year)
        }
        // Themes only: the members' shares of all contributions.
        let statement = try computed.contributions()
        let key = DistributionKey(name: "bijdragen", description: "aandeel in de bijdragen", kind: .weights(statement.members.map { KeyEntry(municipality: $0.municipality, value: Quantity($0.contribution)) }))
        return try key.split(amount, over: members, members: members, unit: computed.publicationUnit)
    }

    /// The ratio to two decimals ("1,53"), rounded a half away from zero; nil without risks.
    public var ratioText: String? {
        guard let ratio else { return nil }
        let hundredths = Rounding(unit: .cent, rule: .halfAwayFromZero).round(numerator: ratio.numerator * 100, denominator: ratio.denominator).amount
        return hundredths.dutch(alwaysCents: true)
    }
}
