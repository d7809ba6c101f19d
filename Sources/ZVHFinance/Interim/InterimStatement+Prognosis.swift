/// A tussenrapportage from a file's own `prognose` column instead of the bookings: per
/// line begroot (the column's `begroot`), werkelijk (its `van`, a `werkelijk` column up
/// to a date) and the prognose as the column holds it, with the basis of that one
/// derivation (``Column/Prognosis/estimate(of:in:)``).
extension InterimStatement {
    /// The prognose column a tussenrapportage reads: the last column of kind `prognose`.
    /// - Complexity: O(columns).
    public static func prognosisColumn(of budget: Budget) -> Column? {
        budget.columns.last { $0.prognosis != nil }
    }

    /// Builds the statement from the budget's prognose column.
    /// - Parameters:
    ///   - budget: a jaarrekening or begroting with a `prognose` column.
    ///   - threshold: when a variance is listed.
    ///   - explanations: the controller's explanations by code (or label for a line without code).
    /// - Throws: ``BudgetFileError`` when the file has no prognose column, or an
    ///   explanation names no line of the budget.
    /// - Complexity: O(lines).
    public init(prognosisOf budget: Budget, threshold: InterimThreshold = InterimThreshold(), explanations: InterimExplanations = InterimExplanations()) throws(BudgetFileError) {
        guard let column = Self.prognosisColumn(of: budget), let prognosis = column.prognosis else {
            throw .invalidValue(
                file: budget.file, at: budget.columns.first?.origin.map { FieldLocation(path: "kolommen", location: $0.location) },
                message: "het bestand heeft geen kolom van soort \"prognose\" (met \"van\" een kolom werkelijk tot een datum en \"begroot\"); gebruik --boekingen, --regels en --tot")
        }
        let through = budget.columns.first { $0.name == prognosis.actual }?.through ?? "\(budget.period.year)-12-31"
        let rows = budget.costLines.map { (line: $0, side: BookingActuals.Side.lasten) } + budget.incomeLines.map { (line: $0, side: .baten) }
        try self.init(
            budget: budget, through: through,
            rows: rows.map { entry in
                let estimate = prognosis.estimate(of: entry.line, in: column.name)
                return Row(
                    name: entry.line.name, code: entry.line.code, side: entry.side, budgeted: entry.line.amount(in: prognosis.budget),
                    actual: entry.line.amount(in: prognosis.actual), prognosis: estimate.amount, basis: estimate.basis)
            },
            threshold: threshold, explanations: explanations)
    }
}
