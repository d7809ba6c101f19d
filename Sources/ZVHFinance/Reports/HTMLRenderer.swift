/// Renders a ``Report`` as one self-contained HTML file: no external assets, printable
/// on A4, real tables with captions, charts as inline SVG, `lang="nl"`. The output is
/// well-formed XML (XHTML syntax), so it can be checked by any XML parser.
///
/// Printing: every page is A4 with its number ("pagina 2 van 5") and the report's
/// ``Report/asOf`` (what the data is, never the date of the run) in the footer; table
/// headers repeat on every page; headers and text cells wrap; a table of 7 or more
/// columns is set smaller (`wide`); the section of a table of 10–20 columns is printed
/// on an A4 page on its side (`liggend`, a named page), so a comparison stays one table;
/// one of more columns becomes one block per row (`stack`, each cell with its column's
/// name), so nothing runs past the right margin. A section that starts a new page
/// (an appendix) does so in print.
public enum HTMLRenderer {
    /// The numbers of columns for which a table's section is printed on its side.
    static let landscapeColumns = 10...20

    /// The report as an HTML document.
    public static func render(_ report: Report) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="nl" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(report.title))</title>
            <style>\(stylesheet)\(footer(report))</style>
            </head>
            <body>
            <header>
            <h1>\(escape(report.title))</h1>

            """
        for line in report.context { html += "<p class=\"context\">\(escape(line))</p>\n" }
        if let asOf = report.asOf { html += "<p class=\"context asof\">\(escape(asOf))</p>\n" }
        html += "</header>\n<main>\n"
        for (number, section) in report.sections.enumerated() {
            let isLandscape = section.table.map { HTMLRenderer.landscapeColumns.contains($0.columns.count) } ?? false
            let classes = [isLandscape ? "liggend" : nil, section.startsOnNewPage ? "nieuwe-pagina" : nil].compactMap { $0 }
            html += classes.isEmpty ? "<section>\n" : "<section class=\"\(classes.joined(separator: " "))\">\n"
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
        var classes = table.columns.count > landscapeColumns.upperBound ? ["stack"] : (table.columns.count >= 7 ? ["wide"] : [])
        if table.rows.count <= 12 { classes.append("short") }
        let layout = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        var html = "<table\(layout)>\n<caption>\(escape(table.caption))</caption>\n<thead>\n<tr>"
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
                    let header = column.header.isEmpty ? "omschrijving" : column.header
                    html += "<td\(classText) data-kolom=\"\(escape(header))\">\(escape(cell.text))</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    /// The page footer: the page number and the report's `asOf`, as `@page` margin
    /// boxes (printed by Chromium and other paged-media engines).
    static func footer(_ report: Report) -> String {
        let asOf = report.asOf.map { "\n@page { @bottom-left { content: \(cssString($0)); font-family: Helvetica, Arial, sans-serif; font-size: 7pt; color: #555; width: 75%; vertical-align: top; } }" } ?? ""
        return "@page { @bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages); font-family: Helvetica, Arial, sans-serif; font-size: 7pt; color: #555; vertical-align: top; } }" + asOf + "\n"
    }

    /// Text as a CSS string literal that is also safe inside `<style>` in HTML and XML:
    /// quotes, backslashes, line breaks, `<`, `>` and `&` as CSS escapes.
    static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            case _ where ControlCharacters.needsEscaping(scalar): result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Escapes text for HTML and XML.
    /// Control characters are written as the text report writes them (`\n`,
    /// ``ControlCharacters/escaped(_:)``), so a label shows the same in every format and
    /// no line of the page starts with text from a file.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in ControlCharacters.escaped(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let stylesheet = """

        @page { size: A4; margin: 15mm 14mm 17mm; }
        @page liggend { size: A4 landscape; margin: 14mm 14mm 17mm; }
        section.liggend { page: liggend; }
        section.liggend table { font-size: 8pt; }
        section.nieuwe-pagina { page-break-before: always; break-before: page; }
        body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d1d1f; max-width: 182mm; margin: 0 auto; padding: 8mm 0; line-height: 1.35; }
        h1 { font-size: 16pt; margin: 0 0 4pt; }
        h2 { font-size: 12.5pt; margin: 16pt 0 4pt; border-bottom: 1pt solid #1f4e79; padding-bottom: 2pt; color: #1f4e79; }
        p { margin: 4pt 0; overflow-wrap: anywhere; }
        p.context { color: #555; margin: 1pt 0; font-size: 9pt; }
        p.asof { font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9.5pt; }
        caption { text-align: left; font-weight: 600; padding: 0 0 4pt; color: #333; }
        th, td { padding: 2pt 6pt; border-bottom: 0.5pt solid #d8d8d8; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead { display: table-header-group; }
        thead th { border-bottom: 1pt solid #1d1d1f; font-weight: 600; overflow-wrap: normal; }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; }
        thead th.num { white-space: normal; }
        .neg { color: #a4161a; }
        tr.heading th { font-weight: 700; padding-top: 8pt; border-bottom: none; }
        tr.subtotal th, tr.subtotal td { font-weight: 600; }
        tr.total th, tr.total td { font-weight: 700; border-top: 1pt solid #1d1d1f; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        tr.finding th, tr.finding td { background: #fff4e5; }
        sup.note { color: #a4161a; font-weight: 700; }
        table.short { page-break-inside: avoid; break-inside: avoid; }
        table.wide { font-size: 8.5pt; }
        table.wide th, table.wide td { padding: 1.5pt 3.5pt; }
        table.stack thead { display: none; }
        table.stack, table.stack tbody, table.stack tr { display: block; width: 100%; }
        table.stack caption { display: block; }
        table.stack tr { border-bottom: 1pt solid #1d1d1f; padding: 3pt 0; }
        table.stack tbody th { display: block; font-weight: 600; border: none; }
        table.stack td { display: block; border: none; padding: 0.5pt 6pt; text-align: left; white-space: normal; }
        table.stack td::before { content: attr(data-kolom) ": "; color: #555; }
        table.stack td:empty { display: none; }
        figure { margin: 8pt 0 12pt; page-break-inside: avoid; break-inside: avoid; }
        figcaption { font-weight: 600; color: #333; margin-bottom: 4pt; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10px; fill: #1d1d1f; }
        @media print { body { padding: 0; max-width: none; } h2 { page-break-after: avoid; break-after: avoid; } }

        """
}
