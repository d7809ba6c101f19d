/// A tussenrapportage: per line begroot, werkelijk to a date, the prognose to year-end
/// with where it comes from, and the expected variance (`+` = voordeel); every variance
/// that reaches the threshold listed for the controller's explanation (`toelichting`
/// per code). Computed once from the actuals of the bookings (``BookingActuals``).
///
/// ```swift
/// let interim = try InterimStatement(actuals, threshold: InterimThreshold(), explanations: [:])
/// interim.lines.filter(\.needsExplanation)
/// ```
public struct InterimStatement: Sendable {
    /// One line of the budget.
    public struct Line: Hashable, Sendable {
        /// The label.
        public var name: String
        /// The code, if any.
        public var code: String?
        /// Lasten or baten.
        public var side: BookingActuals.Side
        /// Begroot.
        public var budgeted: Money
        /// Werkelijk to the date.
        public var actual: Money
        /// The prognose to year-end.
        public var prognosis: Money
        /// Where the prognose comes from.
        public var basis: Column.Prognosis.Basis
        /// The expected variance against the budget, `+` = voordeel (lower lasten, higher baten).
        public var variance: Money
        /// Whether the variance reaches the threshold.
        public var reachesThreshold: Bool
        /// The controller's explanation, if given.
        public var explanation: String?

        /// Whether the variance reaches the threshold and has no explanation yet.
        public var needsExplanation: Bool { reachesThreshold && explanation == nil }
    }

    /// The budget the actuals are set against.
    public var budget: Budget
    /// The date of the realisation (`JJJJ-MM-DD`).
    public var through: String
    /// The threshold.
    public var threshold: InterimThreshold
    /// The lines, lasten first, in budget order.
    public var lines: [Line]
    /// The lasten's begroot, werkelijk, prognose and variance.
    public var costTotals: (budgeted: Money, actual: Money, prognosis: Money, variance: Money) { totals(.lasten) }
    /// The baten's begroot, werkelijk, prognose and variance.
    public var incomeTotals: (budgeted: Money, actual: Money, prognosis: Money, variance: Money) { totals(.baten) }
    /// The expected result variance: the sum of all variances (`+` = voordeel).
    public var expectedVariance: Money { lines.map(\.variance).sum() }

    /// Builds the statement.
    /// - Parameters:
    ///   - actuals: the actuals of the bookings, with a date (`--tot`).
    ///   - threshold: when a variance is listed.
    ///   - explanations: the controller's explanations by code (or label for a line without code).
    /// - Throws: ``BudgetFileError`` when an explanation names no line of the budget.
    /// - Complexity: O(lines).
    public init(_ actuals: BookingActuals, threshold: InterimThreshold = InterimThreshold(), explanations: InterimExplanations = InterimExplanations()) throws(BudgetFileError) {
        budget = actuals.budget
        through = actuals.through?.iso ?? "\(actuals.budget.period.year)-12-31"
        self.threshold = threshold
        var used: Set<String> = []
        lines = actuals.targets.map { target in
            let prognosis = target.prognosis ?? target.actual
            let change = prognosis - target.budgeted
            let variance = target.side == .baten ? change : -change
            let key = target.code ?? target.name
            let explanation = explanations.entries[key]?.text
            if explanation != nil { used.insert(key) }
            return Line(
                name: target.name, code: target.code, side: target.side, budgeted: target.budgeted, actual: target.actual, prognosis: prognosis,
                basis: target.prognosisBasis ?? .complete, variance: variance,
                reachesThreshold: threshold.isReached(by: variance, budgeted: target.budgeted), explanation: explanation)
        }
        let known = actuals.targets.map { $0.code ?? $0.name }
        for (key, entry) in explanations.entries.sorted(by: { $0.value.origin.location.line < $1.value.origin.location.line }) where !used.contains(key) {
            throw .invalidValue(
                file: explanations.file, at: entry.origin,
                message: "de toelichting noemt \"\(key)\", maar de begroting heeft geen regel met die code\(Spelling.hint(for: key, among: known))")
        }
    }

    func totals(_ side: BookingActuals.Side) -> (budgeted: Money, actual: Money, prognosis: Money, variance: Money) {
        let chosen = lines.filter { $0.side == side }
        return (chosen.map(\.budgeted).sum(), chosen.map(\.actual).sum(), chosen.map(\.prognosis).sum(), chosen.map(\.variance).sum())
    }
}
