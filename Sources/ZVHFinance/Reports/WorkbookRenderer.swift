import Foundation

/// Renders a ``Report`` as an ``XLSXWorkbook``: one more view of a report's content.
///
/// Every table becomes a sheet (named after its caption: at most 31 characters, unique,
/// none of `[ ] : * ? / \`) whose first two columns are `niveau` (the row's depth) and
/// `soort` (`kop`, `regel`, `subtotaal`, `totaal`), so a filter keeps the lines and a
/// `SUM` never counts a subtotal twice. Amounts are exact numbers in the amount format
/// (`#.##0,00` in a Dutch spreadsheet). A subtotal is a `SUM` formula over the rows one
/// level deeper below it, a total over the rows since the previous heading or total at
/// the shallowest depth — each only when those rows add up exactly to the amount shown,
/// otherwise the plain amount; the computed value is cached either way. A sheet `bron`
/// holds the title, the context lines and every paragraph (derivation, notes), a sheet
/// `bevindingen` the numbered findings when there are any.
///
/// The content must be presented with exact figures (``ReportOptions/unit`` `.cent`):
/// the workbook carries what the report computes, never display-rounded amounts.
public enum WorkbookRenderer {
    /// The sheet with the report's title, context and paragraphs.
    public static let sourceSheetName = "bron"
    /// The sheet with the report's findings.
    public static let findingsSheetName = "bevindingen"

    /// The workbook of a report.
    /// - Complexity: O(n) in the number of cells, plus O(r²) per table of r rows for
    ///   the formulas in the worst case (a total over every row).
    /// With a budget, its import layout follows the report's sheets (``BudgetSheets``),
    /// so the report's workbook is also the budget's: `zvh importeer` reads it back.
    public static func workbook(_ report: Report, budget: Budget? = nil) -> XLSXWorkbook {
        var names = SheetNames(reserved: [sourceSheetName, findingsSheetName] + (budget == nil ? [] : BudgetSheets.sheetNames))
        var tables: [Int: (table: ReportTable, sheet: String)] = [:]
        for (index, section) in report.sections.enumerated() {
            guard let table = section.table else { continue }
            tables[index] = (table, names.claim(for: table.caption))
        }
        var sheets = tables.keys.sorted().compactMap { index in
            tables[index].map { sheet($0.table, name: $0.sheet, formulas: WorkbookFormula(tables: tables, section: index)) }
        }
        let findings = report.sections.filter(\.listsFindings).flatMap(\.paragraphs).filter { $0.hasPrefix("⚠") }
        sheets.append(sourceSheet(report, tableNames: zip(sheets.map(\.name), report.sections.compactMap(\.table).map(\.caption))))
        if !findings.isEmpty { sheets.append(findingsSheet(findings)) }
        if let budget {
            sheets += BudgetSheets.workbook(BudgetSheets.sheets(for: budget), members: budget.organisation.members.map(\.name), title: budget.title).sheets
        }
        return XLSXWorkbook(sheets: sheets, title: report.title)
    }

    /// The bytes of a report's workbook (with the budget in the import layout, if given).
    public static func data(_ report: Report, budget: Budget? = nil) throws(SpreadsheetError) -> [UInt8] {
        try XLSXWriter.data(for: workbook(report, budget: budget))
    }

    /// The kind of a row as the `soort` column names it.
    public static func kindName(_ style: ReportTable.RowStyle) -> String {
        switch style {
        case .line: "regel"
        case .heading: "kop"
        case .subtotal: "subtotaal"
        case .total: "totaal"
        }
    }

    static func sheet(_ table: ReportTable, name: String, formulas: WorkbookFormula) -> XLSXSheet {
        let header = [XLSXCell.text("niveau", style: .header), .text("soort", style: .header)]
            + table.columns.map { XLSXCell.text($0.header.isEmpty ? "omschrijving" : $0.header, style: .header) }
            + (table.hasNotes ? [XLSXCell.text("bevindingen", style: .header)] : [])
        var rows = [header]
        for (index, row) in table.rows.enumerated() {
            let emphasised = row.style != .line
            var cells = [XLSXCell(.number(XLSXNumber(Int64(row.depth)))), .text(kindName(row.style))]
            for column in table.columns.indices {
                cells.append(self.cell(in: table, at: ReportTable.Position(row: index, column: column), emphasised: emphasised, formulas: formulas))
            }
            if table.hasNotes { cells.append(row.notes.isEmpty ? .empty : .text(row.notes.map(String.init).joined(separator: " "))) }
            rows.append(cells)
        }
        let widths = rows.first.map { header in
            header.indices.map { column in
                min(60, max(8, rows.map { $0.indices.contains(column) ? width(of: $0[column]) : 0 }.max() ?? 0))
            }
        } ?? []
        return XLSXSheet(name: name, rows: rows, columnWidths: widths, freezesHeaderRow: true, isLandscape: table.columns.count > 5)
    }

    /// Runs of table rows as sheet ranges in a column (`C3:C5,C7:C7`); the header is
    /// sheet row 1.
    static func ranges(of runs: [Range<Int>], column: Int) -> String {
        let letters = CellReference(column: column, row: 0).map { String("\($0)".prefix { $0.isLetter }) } ?? "A"
        return runs.map { "\(letters)\($0.lowerBound + 2):\(letters)\($0.upperBound + 1)" }.joined(separator: ",")
    }

    /// A table cell as a sheet cell: an amount as a formula where its row's
    /// ``ReportTable/Derivation`` reproduces it exactly, else as a `SUM` where the rows
    /// it totals add up to it, else as the amount; a share as a number in a percent
    /// format, a formula where its derivation reproduces it exactly.
    static func cell(in table: ReportTable, at position: ReportTable.Position, emphasised: Bool, formulas: WorkbookFormula) -> XLSXCell {
        let cell = formulas.cell(position) ?? .empty
        let derivation = table.rows[position.row].derivations[position.column]
        switch cell {
        case .text(let text): return .text(text, style: emphasised ? .header : .plain)
        case .amount(let money), .result(let money):
            let style: XLSXStyle = emphasised ? .total : .amount
            if let derivation, let formula = formulas.formula(derivation, reproducing: cell) {
                return .formula(formula, cached: money, style: style)
            }
            if let runs = formula(in: table, row: position.row, column: position.column) {
                return .formula("SUM(\(ranges(of: runs, column: position.column + WorkbookFormula.fixedColumns)))", cached: money, style: style)
            }
            return .amount(money, style: style)
        case .quantity(let millionths):
            guard let number = XLSXNumber(Quantity.jsonNumber(millionths: millionths)) else { return .text(cell.text) }
            if let runs = formula(in: table, row: position.row, column: position.column) {
                return .formula("SUM(\(ranges(of: runs, column: position.column + WorkbookFormula.fixedColumns)))", cached: number, style: emphasised ? .header : .plain)
            }
            return XLSXCell(.number(number), style: emphasised ? .header : .plain)
        case .percent(let share, let decimals):
            let style = XLSXStyle(numberFormat: decimals == 1 ? .percentOneDecimal : .percent, isBold: emphasised)
            guard let number = share.fractionText.flatMap({ XLSXNumber($0) }) else { return .text(cell.text, style: emphasised ? .header : .plain) }
            if let derivation, let formula = formulas.formula(derivation, reproducing: cell) {
                return .formula(formula, cached: number, style: style)
            }
            return XLSXCell(.number(number), style: style)
        case .empty: return .empty
        }
    }

    /// The runs of rows (as row indices) a subtotal or total adds up, when they hold
    /// amounts in this column that sum exactly to the row's own amount.
    /// Amounts add up in cents, quantities (weights) in millionths; never one with the other.
    static func formula(in table: ReportTable, row index: Int, column: Int) -> [Range<Int>]? {
        let rows = table.rows
        func figure(_ row: ReportTable.Row) -> (isAmount: Bool, value: Int128)? {
            guard column < row.cells.count else { return nil }
            switch row.cells[column] {
            case .amount(let money), .result(let money): return (true, Int128(money.cents))
            case .quantity(let millionths): return (false, millionths)
            case .text, .percent, .empty: return nil
            }
        }
        guard let total = figure(rows[index]) else { return nil }
        func amount(_ row: ReportTable.Row) -> Int128? {
            guard let part = figure(row), part.isAmount == total.isAmount else { return nil }
            return part.value
        }
        var parts: [Int] = []
        switch rows[index].style {
        case .line, .heading:
            return nil
        case .subtotal:
            let depth = rows[index].depth
            var next = index + 1
            while next < rows.count, rows[next].depth > depth, rows[next].style != .total, rows[next].style != .heading {
                if rows[next].depth == depth + 1 { parts.append(next) }
                next += 1
            }
        case .total:
            var start = index
            while start > 0, rows[start - 1].style != .total, rows[start - 1].style != .heading { start -= 1 }
            guard start < index, let depth = rows[start..<index].map(\.depth).min() else { return nil }
            parts = (start..<index).filter { rows[$0].depth == depth }
        }
        guard !parts.isEmpty else { return nil }
        var sum: Int128 = 0
        for part in parts {
            let row = rows[part]
            let isEmpty = column >= row.cells.count || row.cells[column] == .empty
            guard let value = amount(row) ?? (isEmpty ? 0 : nil) else { return nil }
            sum += value
        }
        guard sum == total.value else { return nil }
        var runs: [Range<Int>] = []
        for part in parts {
            if let last = runs.last, last.upperBound == part { runs[runs.count - 1] = last.lowerBound..<(part + 1) } else { runs.append(part..<(part + 1)) }
        }
        return runs
    }

    static func width(of cell: XLSXCell) -> Int {
        switch cell.content {
        case .empty: 0
        case .text(let text): text.count + 2
        case .number(let number): number.text.count + 5
        case .formula(_, let cached): cached.text.count + 5
        }
    }

    static func sourceSheet(_ report: Report, tableNames: some Sequence<(String, String)>) -> XLSXSheet {
        var rows: [[XLSXCell]] = [[.text("onderdeel", style: .header), .text("tekst", style: .header)]]
        rows.append([.text("titel"), .text(report.title)])
        for line in report.context { rows.append([.text("context"), .text(line)]) }
        for (name, caption) in tableNames { rows.append([.text("werkblad " + name), .text(caption)]) }
        for section in report.sections where !section.listsFindings {
            if let heading = section.heading { rows.append([.text("kop", style: .header), .text(heading, style: .header)]) }
            for paragraph in section.paragraphs { rows.append([.text("toelichting"), .text(paragraph)]) }
        }
        return XLSXSheet(name: sourceSheetName, rows: rows, columnWidths: [16, 120])
    }

    static func findingsSheet(_ findings: [String]) -> XLSXSheet {
        var rows: [[XLSXCell]] = [[.text("nummer", style: .header), .text("bevinding", style: .header)]]
        for line in findings {
            let marker = line.dropFirst().prefix { $0.isNumber }
            let text = line.dropFirst(1 + marker.count).drop { $0 == " " }
            rows.append([Int64(marker).map { XLSXCell(.number(XLSXNumber($0))) } ?? .empty, .text(String(text))])
        }
        return XLSXSheet(name: findingsSheetName, rows: rows, columnWidths: [10, 120])
    }
}

/// Sheet names claimed one by one: valid, at most 31 characters, unique ignoring case.
struct SheetNames {
    private var taken: Set<String>

    init(reserved: [String]) {
        taken = Set(reserved.map { $0.lowercased() })
    }

    /// A valid, unused name made from a caption: its part before ` — `, without the
    /// forbidden characters, shortened, numbered when already taken.
    mutating func claim(for caption: String) -> String {
        let short = caption.components(separatedBy: " — ").first ?? caption
        var base = String(short.map { "[]:*?/\\".contains($0) || $0.isNewline || ($0.asciiValue ?? 32) < 32 ? " " : $0 })
        base = base.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        if base.isEmpty { base = "tabel" }
        if base.count > 31, let open = base.range(of: " (") { base = String(base[..<open.lowerBound]) }
        if base.count > 31 {
            let cut = base.prefix(31)
            base = String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut)
        }
        base = base.trimmingCharacters(in: .whitespaces)
        var candidate = base
        var number = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(base.prefix(31 - suffix.count)).trimmingCharacters(in: .whitespaces) + suffix
            number += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
