/// How a ``ReportTable`` is set on PDF pages: its page orientation, font size and
/// column widths, measured with the fonts' metrics; and the drawing, row by row, with
/// the caption and the header repeated on every page the table continues on.
///
/// A table is set upright when it fits, else on a page on its side, else smaller (down
/// to 6,5 pt); a table that fits none of these (dozens of amount columns) is split into
/// groups of columns, each with the first column repeated. Amounts never wrap; text
/// wraps at spaces; a cell shows at most ``cellLines`` lines.
struct PDFTableLayout {
    static let cellLines = 12
    static let padding = 3_000
    static let widestText = 300_000

    let table: ReportTable
    let fontSize: Int
    let pageSize: PDFCanvas.Size
    /// The width of each column, in millipoints.
    let widths: [Int]
    var leading: Int { fontSize * 13 / 10 }

    /// The layout of the table at `fontSize` in `pageWidth`, or nil when it does not fit.
    init?(_ table: ReportTable, pageWidth: Int, fontSize: Int = 8_500, pageSize: PDFCanvas.Size = .a4Portrait) {
        let measures = table.columns.indices.map { Self.measure(table, column: $0, size: fontSize) }
        let natural = measures.map(\.natural)
        let minimum = measures.map(\.minimum)
        var widths = natural
        let naturalSum = natural.reduce(0, +)
        if naturalSum > pageWidth {
            guard minimum.reduce(0, +) <= pageWidth else { return nil }
            let excess = naturalSum - pageWidth
            let shrinkable = zip(natural, minimum).map { $0 - $1 }
            let total = shrinkable.reduce(0, +)
            for index in widths.indices where total > 0 {
                widths[index] -= (excess * shrinkable[index] + total - 1) / total
                widths[index] = max(widths[index], minimum[index])
            }
        }
        self.table = table
        self.fontSize = fontSize
        self.pageSize = pageSize
        self.widths = widths
    }

    /// The layouts that set the table on the flow's pages: one, or one per group of
    /// columns when even a page on its side at the smallest size is too narrow.
    static func fitting(_ table: ReportTable, flow: PDFFlow) -> [PDFTableLayout] {
        let sizes: [(PDFCanvas.Size, Int)] = [(.a4Portrait, 8_500), (.a4Landscape, 8_500), (.a4Landscape, 7_500), (.a4Landscape, 6_500)]
        for (size, fontSize) in sizes {
            if let layout = PDFTableLayout(table, pageWidth: size.width - PDFFlow.leftMargin - PDFFlow.rightMargin, fontSize: fontSize, pageSize: size) {
                return [layout]
            }
        }
        return groups(of: table)
    }

    /// The table split into groups of columns that each fit a page on its side.
    static func groups(of table: ReportTable) -> [PDFTableLayout] {
        let size = PDFCanvas.Size.a4Landscape
        let fontSize = 6_500
        let width = size.width - PDFFlow.leftMargin - PDFFlow.rightMargin
        let minimum = table.columns.indices.map { measure(table, column: $0, size: fontSize).minimum }
        var groups: [[Int]] = []
        var current: [Int] = []
        var used = min(minimum[0], width / 3)
        for column in 1..<max(table.columns.count, 1) {
            if !current.isEmpty, used + minimum[column] > width {
                groups.append(current)
                current = []
                used = min(minimum[0], width / 3)
            }
            current.append(column)
            used += minimum[column]
        }
        if !current.isEmpty { groups.append(current) }
        return groups.enumerated().compactMap { number, columns in
            var part = ReportTable(caption: "\(table.caption) (deel \(number + 1) van \(groups.count))", columns: [table.columns[0]] + columns.map { table.columns[$0] })
            part.rows = table.rows.map { row in
                var copy = row
                copy.cells = ([0] + columns).map { $0 < row.cells.count ? row.cells[$0] : .empty }
                return copy
            }
            return PDFTableLayout(part, pageWidth: width, fontSize: fontSize, pageSize: size)
                ?? PDFTableLayout(part, forcedWidth: width, fontSize: fontSize, pageSize: size)
        }
    }

    /// A last resort for a group that still does not fit (one enormous amount column):
    /// equal widths; the text is cut by the cell's line limit.
    private init(_ table: ReportTable, forcedWidth: Int, fontSize: Int, pageSize: PDFCanvas.Size) {
        self.table = table
        self.fontSize = fontSize
        self.pageSize = pageSize
        widths = Array(repeating: forcedWidth / max(table.columns.count, 1), count: table.columns.count)
    }

    /// A column's natural width (nothing wrapped) and its least width (headers broken
    /// at spaces, amounts whole, text wrapped at spaces).
    static func measure(_ table: ReportTable, column: Int, size: Int) -> (natural: Int, minimum: Int) {
        let header = table.columns[column].header
        let headerWidth = PDFFont.bold.width(of: header, size: size)
        let headerWord = header.split(separator: " ").map { PDFFont.bold.width(of: String($0), size: size) }.max() ?? 0
        var cells = 0
        var word = 0
        for row in table.rows {
            let text = String(text(of: row, column: column).prefix(400))
            cells = max(cells, min(widestText, PDFFont.bold.width(of: text, size: size)))
            if !table.columns[column].alignsRight {
                word = max(word, text.split(separator: " ").map { PDFFont.bold.width(of: String($0), size: size) }.max() ?? 0)
            }
        }
        let natural = min(max(headerWidth, cells), widestText) + 2 * padding
        if table.columns[column].alignsRight { return (natural, max(headerWord, cells) + 2 * padding) }
        // Text wraps at spaces: at least its longest word (up to 200 pt), or 70 pt.
        return (natural, min(natural, max(headerWord, min(word, 200_000), min(cells, 70_000)) + 2 * padding))
    }

    /// The text a cell shows: the first column with its indentation and finding marker.
    static func text(of row: ReportTable.Row, column: Int) -> String {
        let cell = column < row.cells.count ? row.cells[column] : .empty
        return column == 0 ? cell.text + row.noteMarker : cell.text
    }
}
