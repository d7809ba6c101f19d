/// A tussenrapportage: per line begroot, werkelijk to a date, the prognose to year-end
/// with where it comes from, and the expected variance (`+` = voordeel); every variance
/// that reaches the threshold listed for the controller's explanation (`toelichting`
/// per code). Computed once from the actuals of the bookings (``BookingActuals``), or
/// from a file's own `prognose` column (``init(_:prognosis:threshold:explanations:)``).
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
        let rows = actuals.targets.map { target in
            Row(
                name: target.name, code: target.code, side: target.side, budgeted: target.budgeted, actual: target.actual,
                prognosis: target.prognosis ?? target.actual, basis: target.prognosisBasis ?? .complete)
        }
        try self.init(
            budget: actuals.budget, through: actuals.through?.iso ?? "\(actuals.budget.period.year)-12-31", rows: rows, threshold: threshold,
            explanations: explanations)
    }

    /// One line's figures before the threshold and the explanations are applied.
    struct Row {
        var name: String
        var code: String?
        var side: BookingActuals.Side
        var budgeted: Money
        var actual: Money
        var prognosis: Money
        var basis: Column.Prognosis.Basis
    }

    /// Builds the statement from the lines' figures, whatever their source.
    /// - Complexity: O(lines + explanations log explanations).
    init(budget: Budget, through: String, rows: [Row], threshold: InterimThreshold, explanations: InterimExplanations) throws(BudgetFileError) {
        self.budget = budget
        self.through = through
        self.threshold = threshold
        var used: Set<String> = []
        lines = rows.map { row in
            let change = row.prognosis - row.budgeted
            let variance = row.side == .baten ? change : -change
            let key = row.code ?? row.name
            let explanation = explanations.entries[key]?.text
            if explanation != nil { used.insert(key) }
            return Line(
                name: row.name, code: row.code, side: row.side, budgeted: row.budgeted, actual: row.actual, prognosis: row.prognosis,
                basis: row.basis, variance: variance,
                reachesThreshold: threshold.isReached(by: variance, budgeted: row.budgeted), explanation: explanation)
        }
        let known = rows.map { $0.code ?? $0.name }
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
