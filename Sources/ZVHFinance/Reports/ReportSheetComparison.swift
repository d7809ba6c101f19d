/// Compares a report sheet read from a workbook with the sheet the report gives for the
/// budget in the same workbook's import sheets: the same text, and numbers equal to the
/// cent (amounts), to 10⁻⁹ (shares, which a spreadsheet recomputes in binary) or to
/// six decimals (weights, depths), so a workbook that LibreOffice or Excel recalculated
/// and saved still agrees, and one with an edited figure does not.
enum ReportSheetComparison {
    /// A cell that differs.
    struct Difference: Hashable, Sendable {
        /// The sheet's name.
        var sheet: String
        /// The cell, `D11`.
        var cell: String
        /// What the workbook holds, as a reader sees it.
        var found: String
        /// What the report computes from the import sheets.
        var expected: String
        /// Whether the report writes a formula there (a total, a definitief): a figure
        /// that follows from others rather than one a controller types.
        var isDerived: Bool
    }

    /// The most differing cells named; the rest are counted.
    static let maximumNamed = 20

    /// The header of the column of finding numbers, which depend on the files read
    /// beside the budget (`zvh begroting` checks it with its organisation's other files),
    /// not on the budget alone: never compared.
    static let findingsHeader = "bevindingen"

    /// The cells of a read sheet that differ from the expected sheet, row by row; the
    /// column of finding numbers is left out.
    /// - Complexity: O(n) in the cells of both sheets.
    static func differences(between table: BudgetImporter.Table, and sheet: XLSXSheet) -> [Difference] {
        var differences: [Difference] = []
        let findingsColumns = Set((table.rows.first ?? []).indices.filter { table.rows[0][$0] == .text(findingsHeader) }
            + (sheet.rows.first ?? []).indices.filter { sheet.rows[0][$0].content == .text(findingsHeader) })
        for row in 0..<max(table.rows.count, sheet.rows.count) {
            let found = row < table.rows.count ? table.rows[row] : []
            let expected = row < sheet.rows.count ? sheet.rows[row] : []
            let number = row < table.rowNumbers.count ? table.rowNumbers[row] : row + 1
            for column in 0..<max(found.count, expected.count) where !findingsColumns.contains(column) {
                let value = column < found.count ? found[column] : .empty
                let cell = column < expected.count ? expected[column] : .empty
                guard !agrees(value, cell), let reference = CellReference(column: column, row: number - 1) else { continue }
                var isDerived = false
                if case .formula = cell.content { isDerived = true }
                differences.append(Difference(sheet: table.name, cell: "\(reference)", found: shown(value, style: cell.style),
                                              expected: shown(cell), isDerived: isDerived))
            }
        }
        return differences
    }

    /// The messages: the typed cells (the edits), or when only derived cells differ
    /// (a total typed over), those; at most ``maximumNamed``, then what to do.
    static func lines(_ differences: [Difference], file: String) -> [String] {
        let typed = differences.filter { !$0.isDerived }
        let named = typed.isEmpty ? differences : typed
        var lines = named.prefix(maximumNamed).map { difference in
            "\(file):\(difference.sheet)!\(difference.cell): fout: de werkmap vermeldt \(difference.found), "
                + "de werkbladen van de indeling geven \(difference.expected)"
        }
        if named.count > maximumNamed { lines.append("\(file): fout: en nog \(named.count - maximumNamed) cellen op de rapportbladen wijken zo af") }
        let following = differences.count - named.count
        if following > 0 { lines.append("\(file): fout: \(following) berekende cellen (totalen, bijdragen, definitief) wijken daardoor ook af") }
        lines.append("\(file): fout: de rapportbladen worden berekend uit de werkbladen van de indeling (begroting, lasten, baten, verdeelsleutels, …); "
            + "wijzig een bedrag daar en maak de werkmap opnieuw met 'zvh begroting --formaat xlsx', of verwijder de rapportbladen")
        return lines
    }

    /// Whether a read value agrees with the cell the report writes.
    static func agrees(_ value: XLSXValue, _ cell: XLSXCell) -> Bool {
        let expected: XLSXNumber
        switch cell.content {
        case .empty:
            if case .text(let text) = value { return text.isEmpty }
            return value == .empty
        case .text(let text):
            return value == .text(text)
        case .number(let number): expected = number
        case .formula(_, let cached): expected = cached
        }
        if case .text(let text) = value, let old = percentText(expected, format: cell.style.numberFormat) { return text == old }
        guard case .number(let number) = value else { return false }
        switch cell.style.numberFormat {
        case .amount, .wholeEuros: return scaled(number, decimals: 2) == scaled(expected, decimals: 2)
        case .percent, .percentOneDecimal:
            guard let found = scaled(number, decimals: 12), let wanted = scaled(expected, decimals: 12) else { return false }
            return (found - wanted).magnitude <= 1_000
        case .general: return scaled(number, decimals: 6) == scaled(expected, decimals: 6)
        }
    }

    /// A share as earlier report workbooks wrote it, as text (`12,12%`), so that such a
    /// workbook still imports; nil for a cell that is no share.
    static func percentText(_ number: XLSXNumber, format: XLSXStyle.NumberFormat) -> String? {
        let decimals: Int
        switch format {
        case .percent: decimals = 2
        case .percentOneDecimal: decimals = 1
        case .general, .amount, .wholeEuros: return nil
        }
        return scaled(number, decimals: 10).map { Ratio.percentText($0, of: 10_000_000_000, decimals: decimals) }
    }

    /// A number times 10^decimals, rounded a half away from zero; nil beyond 30 digits.
    static func scaled(_ number: XLSXNumber, decimals: Int) -> Int128? {
        var text = Substring(number.text)
        let isNegative = text.hasPrefix("-")
        if isNegative { text = text.dropFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        let kept = fraction.prefix(decimals) + String(repeating: "0", count: max(0, decimals - fraction.count))
        guard whole.count + kept.count <= 30, var value = Int128(whole + kept) else { return nil }
        if let next = fraction.dropFirst(decimals).first, next >= "5" { value += 1 }
        return isNegative ? -value : value
    }

    /// A value as a message shows it: an amount in Dutch notation, a share in a percent
    /// style as a percentage with four decimals, text in quotes.
    static func shown(_ value: XLSXValue, style: XLSXStyle = .plain) -> String {
        switch value {
        case .empty: "een lege cel"
        case .text(let text): "\"\(ControlCharacters.escaped(text))\""
        case .number(let number):
            switch style.numberFormat {
            case .percent, .percentOneDecimal:
                scaled(number, decimals: 6).map { Ratio.percentText($0, of: 1_000_000, decimals: 4) } ?? number.text
            case .amount, .wholeEuros, .general:
                number.money.map { $0.dutch(alwaysCents: !$0.isMultiple(of: .euro)) } ?? number.text.replacingOccurrences(of: ".", with: ",")
            }
        case .boolean(let flag): flag ? "WAAR" : "ONWAAR"
        case .error(let code): code
        }
    }

    /// A written cell as a message shows it.
    static func shown(_ cell: XLSXCell) -> String {
        switch cell.content {
        case .empty: shown(XLSXValue.empty)
        case .text(let text): shown(XLSXValue.text(text))
        case .number(let number), .formula(_, let number): shown(XLSXValue.number(number), style: cell.style)
        }
    }
}
