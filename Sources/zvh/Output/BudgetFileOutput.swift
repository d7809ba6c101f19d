import ZVHFinance

extension ReportCommandOptions {
    /// Delivers a budget file zvh writes for itself (`volgend-jaar`, `boekingen
    /// --uitvoer`): checked first against the reader with its own limits
    /// (``BudgetFileWriter/checkedFile(_:schema:file:)``), so nothing is written that
    /// `zvh begroting` would refuse.
    /// - Parameters:
    ///   - budget: the budget to write.
    ///   - source: the file it is made from, named in a message.
    /// - Returns: the exit status (65 when the file would be refused).
    func deliverBudgetFile(_ budget: Budget, madeFrom source: String, inputs: [String], context: inout CommandContext) -> Int32 {
        let checked: CheckedBudgetFile
        do throws(BudgetFileError) {
            checked = try BudgetFileWriter.checkedFile(budget, file: source)
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        return deliver(.success(.text(checked.text)), inputs: inputs, context: &context)
    }
}
