/// The head every report about one budget has: the title `onderwerp — organisatie —
/// document` and the budget's context lines.
extension Report {
    /// A report about one budget: titled `subject — organisation — budget title`, with
    /// the budget's source, file, period and unit as context, then `notes`.
    /// - Parameters:
    ///   - subject: what the report is (`Voorschotten`, `Iv3`).
    ///   - budget: the budget it is about.
    ///   - options: the unit the context names (a report in cents passes its own).
    ///   - notes: lines after the context that say how to read the figures.
    init(_ subject: String, of budget: Budget, options: ReportOptions, notes: [String] = []) {
        self.init(
            title: "\(subject) — \(budget.organisation.name) — \(budget.title)",
            context: BudgetReportContent.context(of: budget, options: options) + notes)
    }
}
