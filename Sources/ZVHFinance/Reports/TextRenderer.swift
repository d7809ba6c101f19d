/// Renders a ``Report`` as plain text for a terminal: aligned columns, amounts in
/// Dutch notation, totals set off by rules.
public enum TextRenderer {
    /// The report as text, ending in a newline.
    public static func render(_ report: Report) -> String {
        var output = ""
        render(report, to: &output)
        return output
    }

    /// Writes the report as text.
    ///
    /// Every text is written on its own line(s) with its control characters escaped
    /// (``ControlCharacters/escaped(_:)``): a label from a file that holds a newline or
    /// ESC cannot break a table, start a line of its own or drive the terminal.
    public static func render(_ report: Report, to output: inout some TextOutputStream) {
        renderHead(report, to: &output)
        for section in report.sections { render(section, to: &output) }
    }

    /// Writes a report's title and context lines (not its sections): the head of a
    /// report whose sections are written as they come.
    public static func renderHead(_ report: Report, to output: inout some TextOutputStream) {
        let title = line(report.title)
        output.write(title + "\n")
        output.write(String(repeating: "=", count: title.count) + "\n")
        for text in report.context { output.write(line(text) + "\n") }
    }

    /// Writes one section after a blank line: its heading, table and paragraphs.
    public static func render(_ section: ReportSection, to output: inout some TextOutputStream) {
        output.write("\n")
        if let heading = section.heading.map(line) {
            output.write(heading + "\n")
            output.write(String(repeating: "-", count: heading.count) + "\n")
        }
        if let table = section.table {
            render(table, to: &output)
            if !section.paragraphs.isEmpty { output.write("\n") }
        }
        for paragraph in section.paragraphs {
            output.write(wrap(line(paragraph), width: 100) + "\n")
        }
    }

    /// Writes one table with aligned columns.
    public static func render(_ table: ReportTable, to output: inout some TextOutputStream) {
        // Every cell as shown, with its width in characters counted once.
        let texts = table.rows.map { row in
            row.cells.enumerated().map { index, cell in
                shown(index == 0 ? String(repeating: "  ", count: row.depth) + line(cell.text) + row.noteMarker : line(cell.text))
            }
        }
        let headers = table.columns.map { line($0.header) }
        var widths = headers.map(\.count)
        for row in texts {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.width)
            }
        }
        func tableLine(_ cells: [(text: String, width: Int)]) -> String {
            var line = ""
            for (index, column) in table.columns.enumerated() {
                let cell = index < cells.count ? cells[index] : (text: "", width: 0)
                let padding = spaces(max(0, widths[index] - cell.width))
                if index > 0 { line += "  " }
                if column.alignsRight {
                    line += padding
                    line += cell.text
                } else {
                    line += cell.text
                    line += padding
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
        output.write(tableLine(headers.map { (text: $0, width: $0.count) }) + "\n")
        output.write(rule + "\n")
        for (row, cells) in zip(table.rows, texts) {
            if row.style == .total { output.write(rule + "\n") }
            output.write(tableLine(cells) + "\n")
        }
    }

    /// `count` spaces, cut from one string of spaces: `String(repeating:count:)` builds
    /// its result one append at a time (about 1.300 instructions per cell of a table).
    static func spaces(_ count: Int) -> Substring {
        guard count <= blanks.utf8.count else { return Substring(String(repeating: " ", count: count)) }
        return Substring(blanks.utf8.prefix(count))
    }

    /// The spaces ``spaces(_:)`` cuts from: as wide as a table's widest cell and more.
    private static let blanks = String(repeating: " ", count: 128)

    /// Text from a report as one line: control characters escaped (`\n`, `\u{1B}`).
    static func line(_ text: String) -> String { ControlCharacters.escaped(text) }

    /// The widest a table cell is shown in text: longer text is cut with an ellipsis, so
    /// one long label cannot pad every row of a report (the other formats keep it whole).
    static let widestCell = 80

    /// The text as a cell shows it (longer than ``widestCell``: cut, with an ellipsis),
    /// with its width in characters.
    static func shown(_ text: String) -> (text: String, width: Int) {
        let width = text.count
        guard width > widestCell else { return (text, width) }
        return (String(text.prefix(widestCell - 1)) + "…", widestCell)
    }

    /// Wraps text at spaces so that no line is longer than `width` where possible.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                // Appended as a `Substring` (a `String + Substring` goes through the
                // standard library's unspecialised append of a sequence of characters).
                if !current.isEmpty { current.append(" ") }
                current.append(contentsOf: word)
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
