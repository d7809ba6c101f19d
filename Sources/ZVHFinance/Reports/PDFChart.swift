/// Draws a ``Chart`` on a PDF page as vector paths, from the same axis
/// (``Chart/valueAxis``, through zero) and series styles (``Chart/seriesStyle(_:)``:
/// colour, dash, marker) as the SVG view, with the chart's description beneath.
/// Lengths are millipoints; values are scaled from cents in integer arithmetic.
struct PDFChart {
    /// The most categories a chart draws; beyond, the chart is left out with a note
    /// (its table holds the same figures).
    static let maxCategories = 40
    static let plotHeight = 150_000
    static let labelSize = 7_000
    static let gridColor = PDFColor(hex: "#e0e0e0")

    let chart: Chart

    init(_ chart: Chart) {
        self.chart = chart
    }

    /// The chart's height on the page, with its title, legend and description.
    var height: Int {
        switch chart.style {
        case .changeBars: 40_000 + min(chart.categories.count, Self.maxCategories) * 14_000 + 30_000
        case .groupedColumns, .line: 40_000 + Self.plotHeight + 40_000
        }
    }

    func draw(into flow: inout PDFFlow) {
        guard chart.categories.count <= Self.maxCategories else {
            PDFRenderer.paragraph("Grafiek \"\(chart.title)\" is weggelaten: meer dan \(Self.maxCategories) categorieën; de tabel heeft dezelfde cijfers.", font: .regular, size: Self.labelSize, leading: 9_000, color: PDFRenderer.grey, into: &flow)
            return
        }
        guard flow.reserve(height) else { return }
        let top = flow.cursor
        let left = PDFFlow.leftMargin
        let width = flow.contentWidth
        flow.draw { page in
            page.text(chart.title, x: left, y: top - 10_000, font: .bold, size: 9_000, color: PDFColor(hex: "#333333"))
            switch chart.style {
            case .changeBars: drawChangeBars(on: &page, left: left, top: top - 16_000, width: width)
            case .groupedColumns: drawColumns(on: &page, left: left, top: top - 16_000, width: width)
            case .line: drawLines(on: &page, left: left, top: top - 16_000, width: width)
            }
        }
        flow.advance(height - 24_000)
        PDFRenderer.paragraph(chart.description, font: .regular, size: Self.labelSize, leading: 9_000, color: PDFRenderer.grey, into: &flow)
        flow.advance(6_000)
    }

    /// A scaled length: `cents × length / span`, toward zero.
    static func scale(_ cents: Int64, _ length: Int, _ span: Int64) -> Int {
        span > 0 ? Int(Int128(cents) * Int128(length) / Int128(span)) : 0
    }

    static func tickLabel(_ cents: Int64) -> String {
        Rounding.euro.round(Money(cents: cents)).dutch()
    }

    /// Legend entries in a row: a swatch (or line sample) and the name.
    func drawLegend(on page: inout PDFCanvas, left: Int, y: Int, entries: [(style: Chart.SeriesStyle, name: String, isLine: Bool)]) {
        var x = left
        for entry in entries where !entry.name.isEmpty {
            let color = PDFColor(hex: entry.style.color)
            if entry.isLine {
                page.line([(x, y + 2_500), (x + 18_000, y + 2_500)], width: 1_500, color: color, dash: .init(lengths: entry.style.dash.map { $0 * 1_000 }))
                drawMarker(entry.style, on: &page, x: x + 9_000, y: y + 2_500)
                x += 22_000
            } else {
                page.rectangle(x: x, y: y, width: 7_000, height: 7_000, fill: color, outline: .black)
                x += 10_000
            }
            page.text(entry.name, x: x, y: y, font: .regular, size: Self.labelSize)
            x += PDFFont.regular.width(of: entry.name, size: Self.labelSize) + 12_000
        }
    }

    func drawMarker(_ style: Chart.SeriesStyle, on page: inout PDFCanvas, x: Int, y: Int) {
        let r = style.markerRadius * 800
        let color = PDFColor(hex: style.color)
        let white = PDFColor(red: 255, green: 255, blue: 255)
        let points: [(x: Int, y: Int)]
        switch style.marker {
        case .circle: points = (0..<8).map { [(x + r, y), (x + r * 7 / 10, y + r * 7 / 10), (x, y + r), (x - r * 7 / 10, y + r * 7 / 10), (x - r, y), (x - r * 7 / 10, y - r * 7 / 10), (x, y - r), (x + r * 7 / 10, y - r * 7 / 10)][$0] }
        case .square: points = [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
        case .triangle: points = [(x, y + r), (x + r, y - r), (x - r, y - r)]
        case .diamond: points = [(x, y + r), (x + r, y), (x, y - r), (x - r, y)]
        case .cross: points = [(x - r, y - 800), (x + r, y - 800), (x + r, y + 800), (x - r, y + 800)]
        case .bar: points = [(x - r, y - 1_000), (x + r, y - 1_000), (x + r, y + 1_000), (x - r, y + 1_000)]
        }
        page.polygon(points, fill: color, outline: white)
        if style.marker == .cross {
            page.polygon([(x - 800, y - r), (x + 800, y - r), (x + 800, y + r), (x - 800, y + r)], fill: color, outline: white)
        }
    }
}
