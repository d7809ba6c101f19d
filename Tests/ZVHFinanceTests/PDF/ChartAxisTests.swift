import Testing
@testable import ZVHFinance

@Suite struct ChartAxisTests {
    @Test func theValueAxisAlwaysRunsThroughZeroAndCoversEveryValue() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<500 {
            let values = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                Money(cents: Int64.random(in: -50_000_000...900_000_000, using: &generator) + (Bool.random(using: &generator) ? 120_000_000 : 0))
            }
            let chart = Chart(title: "t", description: "d", categories: values.map { _ in "c" }, series: [.init(name: "s", values: values)], style: .line)
            let axis = chart.valueAxis
            #expect(axis.ticks.contains(0))
            #expect(axis.minimum <= 0 && axis.maximum > axis.minimum)
            #expect(values.allSatisfy { axis.minimum <= $0.cents && $0.cents <= axis.maximum })
            #expect(axis.ticks.count <= 12)
        }
    }

    @Test func coincidingSeriesAreNamedTogetherAndDrawnDifferently() {
        let same = [Money(euros: 400_000), Money(euros: 410_000)]
        let chart = Chart(title: "t", description: "d", categories: ["2023", "2024"], series: [
            .init(name: "basis", values: same), .init(name: "a", values: [Money(euros: 1), Money(euros: 2)]), .init(name: "b", values: same), .init(name: "c", values: same),
        ], style: .line)
        #expect(chart.coincidences == [0: [2, 3]])
        let styles = (0..<4).map(Chart.seriesStyle)
        #expect(Set(styles.map(\.dash)).count == 4)
        #expect(Set(styles.map(\.marker)).count == 4)
        let svg = SVGChart.render(chart, number: 1)
        #expect(svg.contains(">basis = b = c</text>"))
        #expect(svg.contains("class=\"nullijn\""))
        #expect(svg.contains(">0</text>"))
    }

    @Test func neighbouringSeriesStayApartInGreyPrint() {
        func grey(_ hex: String) -> Int {
            let color = PDFColor(hex: hex)
            return (299 * color.red + 587 * color.green + 114 * color.blue) / 255 / 10
        }
        let greys = (0..<6).map { grey(Chart.seriesStyle($0).color) }
        for index in 1..<greys.count {
            #expect(abs(greys[index] - greys[index - 1]) >= 10, "series \(index - 1) and \(index): \(greys[index - 1]) % and \(greys[index]) %")
        }
    }
}
