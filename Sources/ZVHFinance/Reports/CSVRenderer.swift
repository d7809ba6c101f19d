/// Renders the main table of a ``Report`` as CSV that Dutch Excel opens correctly by
/// double-click: UTF-8 with a byte order mark, `;` between fields, a decimal comma, no
/// thousands separators, one header row, CRLF line ends.
public enum CSVRenderer {
    /// The byte order mark that tells Excel the file is UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// The report's main table as CSV (amounts exact, in euros).
    public static func render(_ report: Report) -> String {
        if report.exportsEveryTable {
            let tables = report.sections.compactMap(\.table)
            return byteOrderMark + tables.map { table in
                field("# " + table.caption) + "\r\n" + render(table).dropFirst(byteOrderMark.count)
            }.joined(separator: "\r\n")
        }
        guard let table = report.primaryTable else { return byteOrderMark }
        return render(table)
    }

    /// One table as CSV.
    public static func render(_ table: ReportTable) -> String {
        var output = byteOrderMark
        let headers = table.columns.map { field($0.header.isEmpty ? "omschrijving" : $0.header) } + (table.hasNotes ? ["bevindingen"] : [])
        output += headers.joined(separator: ";") + "\r\n"
        for row in table.rows {
            let cells = table.columns.indices.map { index -> String in
                guard index < row.cells.count else { return "" }
                switch row.cells[index] {
                case .text(let text): return field(text)
                case .amount(let money), .result(let money): return money.spreadsheetNumber
                case .quantity(let millionths): return Quantity.dutch(millionths: millionths, grouped: false)
                case .percent(let text): return field(text)
                case .empty: return ""
                }
            }
            let notes = table.hasNotes ? [row.notes.map(String.init).joined(separator: " ")] : []
            output += (cells + notes).joined(separator: ";") + "\r\n"
        }
        return output
    }

    /// A text field, quoted when it holds a separator, a quote or a line break, and
    /// guarded against being read as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), !value.dropFirst().allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The string with every `target` replaced by `replacement`.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
