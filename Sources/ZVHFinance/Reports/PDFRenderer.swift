/// Renders a ``Report`` as a PDF file written by the library itself (``PDFDocument``):
/// A4, the standard fonts Helvetica and Helvetica-Bold, real text (searchable,
/// copyable), tables with their header repeated on every page, a page turned on its
/// side for a table too wide for an upright page, charts as vector paths, "pagina 2
/// van 5" and the report's ``Report/asOf`` at the foot of every page, and the title,
/// organisation and period in the document information — never the date of the run.
///
/// Like every view it only lays out what the report holds: the amounts are the cells'
/// text in Dutch notation, as in the HTML view.
public enum PDFRenderer {
    static let titleSize = 15_000
    static let headingSize = 12_000
    static let bodySize = 9_500
    static let bodyLeading = 12_500
    static let contextSize = 8_500
    static let grey = PDFColor(red: 0x55, green: 0x55, blue: 0x55)
    static let accent = PDFColor(hex: "#1f4e79")
    /// The most lines one paragraph takes; a longer one ends in `…`.
    static let paragraphLines = 200

    /// The report as the bytes of a PDF file.
    /// - Complexity: linear in the size of the report, bounded by ``PDFFlow/maxPages``.
    public static func data(_ report: Report) -> [UInt8] {
        data(report, pageLimit: PDFFlow.maxPages)
    }

    /// The report as a PDF of at most `pageLimit` pages (tests use a small limit).
    static func data(_ report: Report, pageLimit: Int) -> [UInt8] {
        var flow = PDFFlow(size: firstPageSize(report), pageLimit: pageLimit)
        writeHeader(report, into: &flow)
        for (number, section) in report.sections.enumerated() {
            write(section, number: number, into: &flow)
        }
        let metadata = PDFDocument.Metadata(
            title: report.title, author: report.organisation,
            subject: [report.period, report.asOf].compactMap { $0 }.joined(separator: " — "))
        return PDFDocument(pages: flow.finished(note: report.asOf), metadata: metadata).bytes()
    }

    /// Upright, unless the first section's table needs the page on its side.
    static func firstPageSize(_ report: Report) -> PDFCanvas.Size {
        guard let table = report.sections.first?.table else { return .a4Portrait }
        return PDFTableLayout(table, pageWidth: PDFCanvas.Size.a4Portrait.width - PDFFlow.leftMargin - PDFFlow.rightMargin) == nil
            ? .a4Landscape : .a4Portrait
    }

    /// The title, the context lines and what the figures are; for a letter its head.
    static func writeHeader(_ report: Report, into flow: inout PDFFlow) {
        if let letterhead = report.letterhead {
            writeLetterhead(letterhead, subject: report.title, into: &flow)
            return
        }
        let width = flow.contentWidth
        for line in PDFFont.bold.wrap(report.title, size: titleSize, width: width, maxLines: 4) {
            flow.advance(titleSize)
            let y = flow.cursor
            flow.draw { $0.text(line, x: PDFFlow.leftMargin, y: y, font: .bold, size: titleSize) }
            flow.advance(titleSize / 4)
        }
        flow.advance(4_000)
        for text in report.context {
            paragraph(text, font: .regular, size: contextSize, leading: 10_500, color: grey, into: &flow)
        }
        if let asOf = report.asOf { paragraph(asOf, font: .regular, size: contextSize, leading: 10_500, color: grey, into: &flow) }
        flow.advance(6_000)
    }

    /// A letter's head: the sender at the top, the addressee where the window of a
    /// DL envelope shows it (about 50 mm from the top), the particulars, the subject.
    static func writeLetterhead(_ letterhead: Letterhead, subject: String, into flow: inout PDFFlow) {
        for (number, line) in letterhead.sender.prefix(8).enumerated() {
            paragraph(line, font: number == 0 ? .bold : .regular, size: number == 0 ? 11_000 : contextSize, leading: number == 0 ? 14_000 : 10_500, color: number == 0 ? accent : grey, into: &flow)
        }
        let window = flow.size.height - 142_000
        if flow.cursor > window { flow.advance(flow.cursor - window) }
        for line in letterhead.addressee.prefix(8) {
            paragraph(line, font: .regular, size: bodySize, leading: bodyLeading, color: .black, into: &flow)
        }
        flow.advance(28_000)
        for line in letterhead.particulars {
            paragraph(line, font: .regular, size: bodySize, leading: bodyLeading, color: .black, into: &flow)
        }
        flow.advance(8_000)
        paragraph(subject, font: .bold, size: 11_000, leading: 14_000, color: .black, into: &flow)
        flow.advance(6_000)
    }

    static func write(_ section: ReportSection, number: Int, into flow: inout PDFFlow) {
        let layouts = section.table.map { PDFTableLayout.fitting($0, flow: flow) } ?? []
        let size = layouts.first?.pageSize
        if section.startsOnNewPage, !flow.isAtTop { flow.newPage(size: size ?? .a4Portrait) }
        if let heading = section.heading {
            // The heading stays with what follows it: room for it and a few lines.
            flow.reserve(headingSize * 2 + bodyLeading * 4, size: size)
            flow.advance(headingSize + 4_000)
            for line in PDFFont.bold.wrap(heading, size: headingSize, width: flow.contentWidth, maxLines: 3) {
                let y = flow.cursor
                flow.draw { $0.text(line, x: PDFFlow.leftMargin, y: y, font: .bold, size: headingSize, color: accent) }
                flow.advance(headingSize + 2_000)
            }
            let (y, width) = (flow.cursor + 9_000, flow.contentWidth)
            flow.draw { $0.line([(PDFFlow.leftMargin, y), (PDFFlow.leftMargin + width, y)], width: 800, color: accent) }
            flow.advance(2_000)
        }
        for layout in layouts {
            layout.draw(into: &flow)
            flow.advance(6_000)
        }
        for text in section.paragraphs {
            paragraph(text, font: .regular, size: bodySize, leading: bodyLeading, color: .black, into: &flow)
            flow.advance(3_000)
        }
        if let chart = section.chart {
            PDFChart(chart).draw(into: &flow)
        }
    }

    /// A paragraph, wrapped to the page width, broken over pages between lines.
    static func paragraph(_ text: String, font: PDFFont, size: Int, leading: Int, color: PDFColor, into flow: inout PDFFlow) {
        for line in font.wrap(text, size: size, width: flow.contentWidth, maxLines: paragraphLines) {
            guard flow.reserve(leading) else { return }
            flow.advance(leading)
            let y = flow.cursor + leading - size * 4 / 5
            flow.draw { $0.text(line, x: PDFFlow.leftMargin, y: y, font: font, size: size, color: color) }
        }
    }
}
