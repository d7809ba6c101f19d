/// The basis and one or more scenarios side by side, per member: what each pays
/// (definitief), and the difference with the basis in euros and percent.
public struct ScenarioComparison: Sendable {
    /// One compared variant: the basis or a scenario.
    public struct Variant: Sendable {
        /// "basis" or the scenario's name.
        public var name: String
        /// The scenario, nil for the basis.
        public var scenario: Scenario?
        /// The budget as changed.
        public var budget: Budget
        /// What the members pay under it.
        public var statement: ContributionStatement
        /// The members that leave in the budget year: their remaining settlement and
        /// uittreedsom.
        public var exits: [MemberExit] = []
        /// The members that join in the budget year and pay a toetreedsom.
        public var entries: [MemberEntry] = []

        /// What a member pays in this variant (nil when it is no member here).
        public func final(of member: String) -> Money? {
            statement.members.first { $0.municipality == member }?.final
        }
    }

    /// The basis.
    public var basis: Variant
    /// The scenarios, in the order given.
    public var scenarios: [Variant]

    /// A comparison of variants already computed (the basis and a grid point's).
    init(basis: Variant, scenarios: [Variant]) {
        self.basis = basis
        self.scenarios = scenarios
    }

    /// Builds the comparison.
    /// - Throws: ``ScenarioError`` for a change that cannot be applied, or
    ///   ``ContributionError`` when a variant's contributions cannot be computed.
    public init(basis budget: Budget, scenarios: [Scenario]) throws {
        let base = budget.withComputedContributions()
        basis = Variant(name: "basis", scenario: nil, budget: base, statement: try base.contributions())
        let basis = self.basis
        self.scenarios = try scenarios.map { scenario in
            do {
                return try Self.variant(scenario, of: budget, basis: basis)
            } catch let error as ScenarioError {
                throw ScenarioFailure(error: error, scenario: scenario.name, file: scenario.file.isEmpty ? nil : scenario.file)
            } catch let error as ContributionError where scenario.holds(error.origin) {
                // A key of the scenario file: told against that file, not the budget.
                throw ScenarioFailure(error: .contribution(error), scenario: scenario.name, file: scenario.file.isEmpty ? nil : scenario.file)
            }
        }
    }

    /// One scenario applied to the budget and its contributions computed, with the
    /// exits of members that leave in the budget year.
    static func variant(_ scenario: Scenario, of budget: Budget, basis: Variant) throws -> Variant {
        let changed = try budget.applying(scenario)
        let statement = try changed.contributions()
        try changed.requireNonNegativeBases(statement, scenario: scenario)
        var variant = Variant(name: scenario.name, scenario: scenario, budget: changed, statement: statement)
        for change in scenario.changes {
            if case .memberJoins(let member, _, let fromYear, let entrySum?) = change.kind, fromYear.map({ $0 <= budget.period.year }) ?? true {
                variant.entries.append(MemberEntry.computing(member.name, rule: entrySum, statement: statement, unit: changed.contributionRule?.unit ?? changed.publicationUnit))
            }
            guard case .memberLeaves(let name, let fromYear, let rule) = change.kind, fromYear.map({ $0 <= budget.period.year }) ?? true else { continue }
            let settlement = statement.members.first { $0.municipality == name }?.settlement ?? .zero
            var exit = MemberExit(municipality: name, settlement: settlement, rule: rule, remainingCosts: .zero, share: Share(.zero, of: .zero), compensation: .zero, year: budget.period.year)
            if let rule {
                exit = try rule.compensation(of: name, year: budget.period.year, basis: basis.budget, statement: basis.statement, at: change.origin)
                exit.settlement = settlement
            }
            variant.exits.append(exit)
        }
        return variant
    }

    /// Every member of any variant, basis members first.
    public var members: [String] {
        var names = basis.statement.members.map(\.municipality)
        for variant in scenarios {
            for member in variant.statement.members where !names.contains(member.municipality) { names.append(member.municipality) }
        }
        return names
    }

    /// A member's difference with the basis in a variant (a member that is absent
    /// from one side counts as paying nothing there).
    public func difference(of member: String, in variant: Variant) -> Money {
        (variant.final(of: member) ?? .zero) - (basis.final(of: member) ?? .zero)
    }

    /// The difference of the totals in a variant: what the members pay together plus
    /// the afronding line (zero by the largest remainder).
    public func totalDifference(in variant: Variant) -> Money {
        variant.statement.totalWithRounding - basis.statement.totalWithRounding
    }

    /// Whether any variant's contributions have an afronding line (`per-gemeente`).
    public var hasRoundingLine: Bool { ([basis] + scenarios).contains { $0.statement.hasRoundingLine } }

    /// How the afronding line changes in a variant against the basis.
    public func roundingDifferenceChange(in variant: Variant) -> Money {
        variant.statement.roundingDifference - basis.statement.roundingDifference
    }

    /// The members' differences with the basis added up, with the change of the
    /// afronding line: what must equal ``totalDifference(in:)``.
    public func sumOfDifferences(in variant: Variant) -> Money {
        members.map { difference(of: $0, in: variant) }.sum() + roundingDifferenceChange(in: variant)
    }

    /// Whether the members' differences (with the change of the afronding line) add up
    /// exactly to the total difference.
    public func differencesAddUp(in variant: Variant) -> Bool {
        sumOfDifferences(in: variant) == totalDifference(in: variant)
    }

    /// A member's difference as a share of what it pays in the basis (of its
    /// magnitude); nil when it pays nothing there.
    public func differenceShare(of member: String, in variant: Variant) -> Share? {
        guard let paid = basis.final(of: member), !paid.isZero else { return nil }
        return Share(difference(of: member, in: variant), of: paid.magnitude)
    }

    /// The total difference as a share of the basis total (of its magnitude); nil
    /// when the basis total is zero.
    public func totalDifferenceShare(in variant: Variant) -> Share? {
        let total = basis.statement.totalWithRounding
        guard !total.isZero else { return nil }
        return Share(totalDifference(in: variant), of: total.magnitude)
    }
}

/// What a small change costs each member: +1% wage indexation, +1 FTE per function.
public enum Sensitivity {
    /// One probe: a label and the scenario that makes the change.
    public static func probes(for budget: Budget) -> [Scenario] {
        var probes = [Scenario(name: "+1% loonindexatie", changes: [ScenarioChange(.indexation(Indexation(personnel: Quantity(1))))])]
        for rate in budget.rates {
            probes.append(Scenario(name: "+1 fte \(rate.function)", changes: [ScenarioChange(.fte(function: rate.function, delta: Quantity(1), theme: nil, rate: nil))]))
        }
        return probes
    }
}
