/// Renders a ``Report`` as Markdown (GitHub tables) to paste into council documents.
public enum MarkdownRenderer {
    /// The report as Markdown, ending in a newline.
    public static func render(_ report: Report) -> String {
        var output = "# \(escape(report.title))\n\n"
        for line in report.context { output += "\(escape(line))  \n" }
        for section in report.sections {
            output += "\n"
            if let heading = section.heading { output += "## \(escape(heading))\n\n" }
            if let table = section.table { output += render(table) }
            if section.table != nil, !section.paragraphs.isEmpty { output += "\n" }
            for paragraph in section.paragraphs { output += escape(paragraph) + "\n\n" }
        }
        while output.hasSuffix("\n\n") { output.removeLast() }
        return output
    }

    /// One table: a caption line, the header, the alignment row and the rows.
    public static func render(_ table: ReportTable) -> String {
        var output = "*\(escape(table.caption))*\n\n"
        output += "| " + table.columns.map { escape($0.header.isEmpty ? " " : $0.header) }.joined(separator: " | ") + " |\n"
        output += "|" + table.columns.map { $0.alignsRight ? "---:|" : ":---|" }.joined() + "\n"
        for row in table.rows {
            let cells = table.columns.indices.map { index -> String in
                var text = index < row.cells.count ? escape(row.cells[index].text) : ""
                if index == 0 { text = String(repeating: "&emsp;", count: row.depth) + text + escape(row.noteMarker) }
                if !text.isEmpty, row.style == .total || row.style == .heading { text = "**\(text)**" }
                return text
            }
            output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return output
    }

    /// Escapes the characters Markdown would read as markup in running text and cells,
    /// and every control character (``ControlCharacters/escaped(_:)``): a newline in a
    /// label from a file would end a table row, ESC would reach the terminal.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in ControlCharacters.escaped(text).unicodeScalars {
            switch scalar {
            case "|", "*", "_", "`", "\\", "<", ">", "[", "]": result += "\\" + String(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
