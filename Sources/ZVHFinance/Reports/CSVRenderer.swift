/// Renders every table of a ``Report`` as CSV that Dutch Excel opens correctly by
/// double-click: UTF-8 with a byte order mark, `;` between fields, a decimal comma, no
/// thousands separators, CRLF line ends.
///
/// One file holds every table the report computes, each as a titled block: a line with
/// the table's caption, a header row, the rows, and an empty line before the next block.
/// Every row starts with `niveau` (its depth) and `soort` (`kop`, `regel`, `subtotaal`,
/// `totaal`), so a filter on `soort = regel` keeps the lines and a sum never counts a
/// subtotal twice. Amounts are exact numbers (decimals only where there are cents):
/// the report is presented with exact figures (``ReportFormat/effectiveOptions(_:)``).
public enum CSVRenderer {
    /// The byte order mark that tells Excel the file is UTF-8.
    public static let byteOrderMark = DutchCSV.byteOrderMark

    /// Every table of the report as titled blocks.
    public static func render(_ report: Report) -> String {
        var tables = report.sections.compactMap(\.table)
        if tables.isEmpty, let table = report.primaryTable { tables = [table] }
        return byteOrderMark + tables.map(block).joined(separator: "\r\n")
    }

    /// One table as a block: caption line, header row, rows.
    public static func block(_ table: ReportTable) -> String {
        var output = field(table.caption) + "\r\n"
        let headers = ["niveau", "soort"] + table.columns.map { field($0.header.isEmpty ? "omschrijving" : $0.header) } + (table.hasNotes ? ["bevindingen"] : [])
        output += headers.joined(separator: ";") + "\r\n"
        for row in table.rows {
            let cells = table.columns.indices.map { index -> String in
                guard index < row.cells.count else { return "" }
                switch row.cells[index] {
                case .text(let text): return field(ControlCharacters.escaped(text))
                case .amount(let money), .result(let money): return money.spreadsheetNumber
                case .quantity(let millionths): return Quantity.dutch(millionths: millionths, grouped: false)
                case .percent: return field(row.cells[index].text)
                case .empty: return ""
                }
            }
            let notes = table.hasNotes ? [row.notes.map(String.init).joined(separator: " ")] : []
            output += ([String(row.depth), WorkbookRenderer.kindName(row.style)] + cells + notes).joined(separator: ";") + "\r\n"
        }
        return output
    }

    /// A text field, quoted when it holds a separator, a quote or a line break, and
    /// guarded against being read as a formula.
    static func field(_ text: String) -> String {
        // By scalars, not characters: a `;` or `"` followed by a combining mark is one
        // character, but a CSV reader sees the separator or quote.
        var value = text
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first),
           !value.unicodeScalars.dropFirst().allSatisfy({ ("0"..."9").contains($0) || $0 == "," || $0 == "." }) {
            value = "'" + value
        }
        guard value.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The string with every `target` scalar replaced by `replacement` (also where a
    /// combining mark follows it).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
