extension BudgetImporter {
    /// Reads a budget like ``read(_:file:)`` and, for the workbook of a report (`zvh
    /// begroting --formaat xlsx`), checks that its report sheets still agree with the
    /// budget its import sheets hold: the report is computed again from the budget read
    /// and every sheet of the same name compared cell by cell (``ReportSheetComparison``).
    /// A controller who edited a figure on a report sheet instead of on `lasten` or
    /// `baten` gets every differing cell named rather than an import that silently
    /// drops the edit.
    ///
    /// The sheets `bron` and `bevindingen` (which name files and lines) and sheets the
    /// report does not have are ignored with a note, as ``read(_:file:)`` does.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the file's name as messages show it.
    /// - Returns: the budget and notes.
    /// - Throws: ``Failure`` with every problem: unreadable cells, or report cells that
    ///   disagree with the import sheets (`file:Sheet!D11: fout: …`).
    /// - Complexity: one analysis, check and report of the budget, then O(n) in the cells
    ///   of the report sheets.
    public static func readComparingReportSheets(_ bytes: [UInt8], file: String) throws(Failure) -> Imported {
        var imported = try read(bytes, file: file)
        let reportSheets = imported.otherTables.filter {
            $0.name != WorkbookRenderer.sourceSheetName && $0.name != WorkbookRenderer.findingsSheetName
        }
        guard !reportSheets.isEmpty else { return imported }
        // The budget read through the one pipeline, alone: the file's companions are not
        // beside the workbook, so the column of finding numbers is not compared.
        let books = Books.assembled(named: [imported.budget])
        guard let analysed = books.analysed(imported.budget.file) else { return imported }
        let content = BudgetReportContent(analysed, showsContributions: true, findings: books.findings)
        let expected = WorkbookRenderer.workbook(content.presentation(ReportFormat.xlsx.effectiveOptions(ReportOptions())))
        var compared: Set<String> = []
        var differences: [ReportSheetComparison.Difference] = []
        for table in reportSheets {
            guard let sheet = expected.sheets.first(where: { $0.name == table.name }) else { continue }
            compared.insert(table.name)
            differences += ReportSheetComparison.differences(between: table, and: sheet)
        }
        if !differences.isEmpty { throw Failure(lines: ReportSheetComparison.lines(differences, file: file)) }
        imported.notes.removeAll { note in compared.contains { note == ImportWorkbook.ignoredNote(file: file, sheet: $0) } }
        return imported
    }
}
