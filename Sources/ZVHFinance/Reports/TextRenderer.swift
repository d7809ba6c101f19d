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
    public static func render(_ report: Report, to output: inout some TextOutputStream) {
        output.write(report.title + "\n")
        output.write(String(repeating: "=", count: report.title.count) + "\n")
        for line in report.context { output.write(line + "\n") }
        for section in report.sections {
            output.write("\n")
            if let heading = section.heading {
                output.write(heading + "\n")
                output.write(String(repeating: "-", count: heading.count) + "\n")
            }
            if let table = section.table {
                render(table, to: &output)
                if !section.paragraphs.isEmpty { output.write("\n") }
            }
            for paragraph in section.paragraphs {
                output.write(wrap(paragraph, width: 100) + "\n")
            }
        }
    }

    /// Writes one table with aligned columns.
    public static func render(_ table: ReportTable, to output: inout some TextOutputStream) {
        // Every cell as shown, with its width in characters counted once.
        let texts = table.rows.map { row in
            row.cells.enumerated().map { index, cell in
                shown(index == 0 ? String(repeating: "  ", count: row.depth) + cell.text + row.noteMarker : cell.text)
            }
        }
        var widths = table.columns.map(\.header.count)
        for row in texts {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.width)
            }
        }
        func line(_ cells: [(text: String, width: Int)]) -> String {
            var line = ""
            for (index, column) in table.columns.enumerated() {
                let cell = index < cells.count ? cells[index] : (text: "", width: 0)
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.width))
                if index > 0 { line += "  " }
                line += column.alignsRight ? padding : cell.text
                line += column.alignsRight ? cell.text : padding
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
        output.write(line(table.columns.map { (text: $0.header, width: $0.header.count) }) + "\n")
        output.write(rule + "\n")
        for (row, cells) in zip(table.rows, texts) {
            if row.style == .total { output.write(rule + "\n") }
            output.write(line(cells) + "\n")
        }
    }

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
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
