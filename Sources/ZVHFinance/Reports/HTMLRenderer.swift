/// Renders a ``Report`` as one self-contained HTML file: no external assets, printable
/// on A4, real tables with captions, charts as inline SVG, `lang="nl"`. The output is
/// well-formed XML (XHTML syntax), so it can be checked by any XML parser.
public enum HTMLRenderer {
    /// The report as an HTML document.
    public static func render(_ report: Report) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="nl" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(report.title))</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <header>
            <h1>\(escape(report.title))</h1>

            """
        for line in report.context { html += "<p class=\"context\">\(escape(line))</p>\n" }
        html += "</header>\n<main>\n"
        for (number, section) in report.sections.enumerated() {
            html += "<section>\n"
            if let heading = section.heading { html += "<h2>\(escape(heading))</h2>\n" }
            if let table = section.table { html += render(table) }
            for paragraph in section.paragraphs { html += "<p>\(escape(paragraph))</p>\n" }
            if let chart = section.chart { html += SVGChart.render(chart, number: number + 1) }
            html += "</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static func render(_ table: ReportTable) -> String {
        var html = "<table>\n<caption>\(escape(table.caption))</caption>\n<thead>\n<tr>"
        for column in table.columns {
            let header = column.header.isEmpty ? "omschrijving" : column.header
            html += "<th scope=\"col\"\(column.alignsRight ? " class=\"num\"" : "")>\(escape(header))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            var rowClasses: [String]
            switch row.style {
            case .line: rowClasses = []
            case .heading: rowClasses = ["heading"]
            case .subtotal: rowClasses = ["subtotal"]
            case .total: rowClasses = ["total"]
            }
            if !row.notes.isEmpty { rowClasses.append("finding") }
            html += rowClasses.isEmpty ? "<tr>" : "<tr class=\"\(rowClasses.joined(separator: " "))\">"
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.cells.count ? row.cells[index] : .empty
                if index == 0 {
                    let indent = row.depth > 0 ? " style=\"padding-left: \(row.depth * 12 + 4)pt\"" : ""
                    let marker = row.notes.isEmpty ? "" : "<sup class=\"note\">\(escape(row.noteMarker))</sup>"
                    html += "<th scope=\"row\"\(indent)>\(escape(cell.text))\(marker)</th>"
                } else {
                    var classes = column.alignsRight ? ["num"] : []
                    switch cell {
                    case .amount(let money) where money.isNegative, .result(let money) where money.isNegative: classes.append("neg")
                    default: break
                    }
                    let classText = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                    html += "<td\(classText)>\(escape(cell.text))</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    /// Escapes text for HTML and XML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static let stylesheet = """

        @page { size: A4; margin: 16mm 14mm; }
        body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d1d1f; max-width: 182mm; margin: 0 auto; padding: 8mm 0; line-height: 1.35; }
        h1 { font-size: 16pt; margin: 0 0 4pt; }
        h2 { font-size: 12.5pt; margin: 16pt 0 4pt; border-bottom: 1pt solid #1f4e79; padding-bottom: 2pt; color: #1f4e79; }
        p { margin: 4pt 0; }
        p.context { color: #555; margin: 1pt 0; font-size: 9pt; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9.5pt; }
        caption { text-align: left; font-weight: 600; padding: 0 0 4pt; color: #333; }
        th, td { padding: 2pt 6pt; border-bottom: 0.5pt solid #d8d8d8; text-align: left; vertical-align: top; }
        thead th { border-bottom: 1pt solid #1d1d1f; font-weight: 600; }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .neg { color: #a4161a; }
        tr.heading th { font-weight: 700; padding-top: 8pt; border-bottom: none; }
        tr.subtotal th, tr.subtotal td { font-weight: 600; }
        tr.total th, tr.total td { font-weight: 700; border-top: 1pt solid #1d1d1f; }
        tr { page-break-inside: avoid; }
        tr.finding th, tr.finding td { background: #fff4e5; }
        sup.note { color: #a4161a; font-weight: 700; }
        figure { margin: 8pt 0 12pt; page-break-inside: avoid; }
        figcaption { font-weight: 600; color: #333; margin-bottom: 4pt; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10px; fill: #1d1d1f; }
        @media print { body { padding: 0; } h2 { page-break-after: avoid; } }

        """
}
