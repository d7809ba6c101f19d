/// Drawing a laid-out table onto the flow's pages.
extension PDFTableLayout {
    static let negativeColor = PDFColor(hex: "#a4161a")
    static let ruleColor = PDFColor(hex: "#d8d8d8")
    static let findingColor = PDFColor(hex: "#fff4e5")

    /// Draws the caption, the header and every row, starting a page (of ``pageSize``)
    /// when a row does not fit, and repeating the caption and header there.
    func draw(into flow: inout PDFFlow) {
        let header = table.columns.enumerated().map { index, column in
            PDFFont.bold.wrap(column.header.isEmpty ? "omschrijving" : column.header, size: fontSize, width: widths[index] - 2 * Self.padding, maxLines: 4)
        }
        let headerHeight = (header.map(\.count).max() ?? 1) * leading + 3_000
        let rows = table.rows.map(lines(of:))
        let firstRow = rows.first.map(height(of:)) ?? 0
        guard flow.reserve(captionHeight(flow) + headerHeight + firstRow, size: pageSize) else { return }
        drawCaption(continued: false, into: &flow)
        drawHeader(header, height: headerHeight, into: &flow)
        for (row, cells) in zip(table.rows, rows) {
            let height = height(of: cells) + (row.style == .heading ? 3_000 : 0)
            let pages = flow.pages.count
            guard flow.reserve(height, size: pageSize) else { return }
            if flow.pages.count != pages {
                drawCaption(continued: true, into: &flow)
                drawHeader(header, height: headerHeight, into: &flow)
            }
            draw(row, cells: cells, height: height, into: &flow)
        }
    }

    func captionHeight(_ flow: PDFFlow) -> Int {
        PDFFont.bold.wrap(table.caption, size: PDFRenderer.bodySize, width: widths.reduce(0, +), maxLines: 3).count * PDFRenderer.bodyLeading + 2_000
    }

    func drawCaption(continued: Bool, into flow: inout PDFFlow) {
        let caption = continued ? table.caption + " (vervolg)" : table.caption
        let size = PDFRenderer.bodySize
        for line in PDFFont.bold.wrap(caption, size: size, width: widths.reduce(0, +), maxLines: 3) {
            flow.advance(PDFRenderer.bodyLeading)
            let y = flow.cursor + 3_000
            flow.draw { $0.text(line, x: PDFFlow.leftMargin, y: y, font: .bold, size: size, color: PDFColor(hex: "#333333")) }
        }
        flow.advance(2_000)
    }

    func drawHeader(_ header: [[String]], height: Int, into flow: inout PDFFlow) {
        let top = flow.cursor
        let size = fontSize
        let leading = leading
        flow.draw { page in
            var x = PDFFlow.leftMargin
            for (index, lines) in header.enumerated() {
                for (number, line) in lines.enumerated() {
                    let y = top - (number + 1) * leading + (leading - size) / 2 + size / 5
                    if table.columns[index].alignsRight {
                        page.text(line, right: x + widths[index] - Self.padding, y: y, font: .bold, size: size)
                    } else {
                        page.text(line, x: x + Self.padding, y: y, font: .bold, size: size)
                    }
                }
                x += widths[index]
            }
            page.line([(PDFFlow.leftMargin, top - height), (x, top - height)], width: 1_000)
        }
        flow.advance(height)
    }

    /// The lines of each cell of a row, wrapped to its column.
    func lines(of row: ReportTable.Row) -> [[String]] {
        table.columns.indices.map { index in
            let font: PDFFont = row.style == .line ? .regular : .bold
            let indent = index == 0 ? row.depth * 8_000 : 0
            let text = Self.text(of: row, column: index)
            guard !table.columns[index].alignsRight || font.width(of: text, size: fontSize) > widths[index] - 2 * Self.padding else { return [text] }
            return font.wrap(text, size: fontSize, width: max(widths[index] - 2 * Self.padding - indent, 10_000), maxLines: Self.cellLines)
        }
    }

    func height(of cells: [[String]]) -> Int {
        (cells.map(\.count).max() ?? 1) * leading + 3_000
    }

    func draw(_ row: ReportTable.Row, cells: [[String]], height: Int, into flow: inout PDFFlow) {
        let top = flow.cursor
        let size = fontSize
        let leading = leading
        let font: PDFFont = row.style == .line ? .regular : .bold
        let width = widths.reduce(0, +)
        flow.draw { page in
            if !row.notes.isEmpty {
                page.rectangle(x: PDFFlow.leftMargin, y: top - height, width: width, height: height, fill: Self.findingColor)
            }
            if row.style == .total {
                page.line([(PDFFlow.leftMargin, top), (PDFFlow.leftMargin + width, top)], width: 1_000)
            }
            var x = PDFFlow.leftMargin
            let textTop = top - (row.style == .heading ? 3_000 : 0)
            for (index, lines) in cells.enumerated() {
                let cell = index < row.cells.count ? row.cells[index] : .empty
                let color: PDFColor
                switch cell {
                case .amount(let money) where money.isNegative, .result(let money) where money.isNegative: color = Self.negativeColor
                default: color = .black
                }
                for (number, line) in lines.enumerated() {
                    let y = textTop - (number + 1) * leading + (leading - size) / 2 + size / 5
                    if table.columns[index].alignsRight {
                        page.text(line, right: x + widths[index] - Self.padding, y: y, font: font, size: size, color: color)
                    } else {
                        let indent = index == 0 ? row.depth * 8_000 : 0
                        page.text(line, x: x + Self.padding + indent, y: y, font: font, size: size, color: color)
                    }
                }
                x += widths[index]
            }
            if row.style != .heading {
                page.line([(PDFFlow.leftMargin, top - height), (PDFFlow.leftMargin + width, top - height)], width: 400, color: Self.ruleColor)
            }
        }
        flow.advance(height)
    }
}
