/// The figures of a ``ScenarioComparison`` per member and per variant, computed once:
/// what each member pays (definitief), its difference with the basis and that
/// difference's share, each variant's total, the change of the afronding line, the sum
/// of the differences and whether it adds up to the total difference. The scenario
/// report, its JSON and the steering group's page show these; none computes them again.
public struct ComparisonFigures: Sendable {
    /// The figures of one variant, per member in the order of ``ComparisonFigures/members``.
    public struct Variant: Sendable {
        /// "basis" or the scenario's name.
        public var name: String
        /// What each member pays here (nil when it is no member here).
        public var finals: [Money?]
        /// Each member's difference with the basis (absent on one side counts as nothing).
        public var differences: [Money]
        /// Each difference as a share of what the member pays in the basis (of its
        /// magnitude); nil when it pays nothing there.
        public var differenceShares: [Share?]
        /// What the members pay together with the afronding line.
        public var total: Money
        /// The afronding line (`per-gemeente`; zero by the largest remainder).
        public var roundingDifference: Money
        /// How the afronding line changes against the basis.
        public var roundingChange: Money
        /// The total minus the basis's total.
        public var totalDifference: Money
        /// The total difference as a share of the basis total (of its magnitude); nil
        /// when the basis total is zero.
        public var totalDifferenceShare: Share?
        /// The members' differences added up, with the change of the afronding line.
        public var sumOfDifferences: Money
        /// Whether ``sumOfDifferences`` equals ``totalDifference`` exactly.
        public var differencesAddUp: Bool
    }

    /// The members, in the order every list of figures follows.
    public var members: [String]
    /// Whether any variant's contributions have an afronding line.
    public var hasRoundingLine: Bool
    /// The basis (its differences are zero).
    public var basis: Variant
    /// The scenarios, in the order given.
    public var scenarios: [Variant]

    /// Computes the figures of a comparison.
    /// - Parameters:
    ///   - comparison: the variants.
    ///   - members: the members to show, in order: every member of any variant (by
    ///     default in the comparison's order, basis members first), so that the
    ///     differences add up over them.
    /// - Complexity: O(variants × members × members).
    public init(_ comparison: ScenarioComparison, members: [String]? = nil) {
        let members = members ?? comparison.members
        self.members = members
        hasRoundingLine = comparison.hasRoundingLine
        func figures(_ variant: ScenarioComparison.Variant) -> Variant {
            let differences = members.map { comparison.difference(of: $0, in: variant) }
            let roundingChange = comparison.roundingDifferenceChange(in: variant), totalDifference = comparison.totalDifference(in: variant)
            return Variant(
                name: variant.name, finals: members.map { variant.final(of: $0) }, differences: differences,
                differenceShares: members.map { comparison.differenceShare(of: $0, in: variant) },
                total: variant.statement.totalWithRounding, roundingDifference: variant.statement.roundingDifference,
                roundingChange: roundingChange, totalDifference: totalDifference, totalDifferenceShare: comparison.totalDifferenceShare(in: variant),
                sumOfDifferences: differences.sum() + roundingChange, differencesAddUp: differences.sum() + roundingChange == totalDifference)
        }
        basis = figures(comparison.basis)
        scenarios = comparison.scenarios.map(figures)
    }
}
