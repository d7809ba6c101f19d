/// The three kinds of chart, drawn on a PDF page.
extension PDFChart {
    /// Horizontal bars from zero: the final value solid, the change from the first
    /// series light (returned) or orange (charged); ticks along the bottom.
    func drawChangeBars(on page: inout PDFCanvas, left: Int, top: Int, width: Int) {
        let first = chart.series.first?.values ?? []
        let final = chart.series.count > 1 ? chart.series[1].values : first
        let labelWidth = 110_000
        let plotWidth = width - labelWidth - 60_000
        let rowHeight = 14_000
        let axis = chart.valueAxis
        let zeroX = left + labelWidth + Self.scale(-axis.minimum, plotWidth, axis.span)
        func x(_ cents: Int64) -> Int { zeroX + Self.scale(cents, plotWidth, axis.span) }
        var entries: [(style: Chart.SeriesStyle, name: String, isLine: Bool)] = [(Chart.SeriesStyle(color: SVGChart.darkColor, dash: [], marker: .square, markerRadius: 3), chart.series.last?.name ?? "", false)]
        if zip(first, final).contains(where: { $1 < $0 }) { entries.append((Chart.SeriesStyle(color: SVGChart.lightColor, dash: [], marker: .square, markerRadius: 3), "teruggegeven (verrekening)", false)) }
        if zip(first, final).contains(where: { $1 > $0 }) { entries.append((Chart.SeriesStyle(color: SVGChart.chargeColor, dash: [], marker: .square, markerRadius: 3), "bijbetaald (verrekening)", false)) }
        drawLegend(on: &page, left: left + labelWidth, y: top - 8_000, entries: entries)
        let plotTop = top - 14_000
        let count = min(chart.categories.count, Self.maxCategories)
        let bottom = plotTop - count * rowHeight
        for tick in axis.ticks {
            page.line([(x(tick), plotTop), (x(tick), bottom)], width: 400, color: Self.gridColor)
            page.text(Self.tickLabel(tick), center: x(tick), y: bottom - 9_000, font: .regular, size: Self.labelSize)
        }
        for index in 0..<count {
            let y = plotTop - (index + 1) * rowHeight
            let start = index < first.count ? first[index].cents : 0
            let end = index < final.count ? final[index].cents : start
            let lower = min(start, end)
            let upper = max(start, end)
            page.text(chart.categories[index], right: left + labelWidth - 5_000, y: y + 4_000, font: .regular, size: Self.labelSize)
            let solid = lower >= 0 ? lower : min(upper, 0)
            page.rectangle(x: min(x(0), x(solid)), y: y + 2_000, width: abs(x(solid) - x(0)), height: rowHeight - 4_000, fill: PDFColor(hex: SVGChart.darkColor))
            if upper > lower {
                let from = lower >= 0 ? lower : (upper <= 0 ? lower : 0)
                let color = PDFColor(hex: end < start ? SVGChart.lightColor : SVGChart.chargeColor)
                page.rectangle(x: min(x(from), x(upper)), y: y + 2_000, width: abs(x(upper) - x(from)), height: rowHeight - 4_000, fill: color, outline: .black)
            }
            page.text(Money(cents: end).dutch(), x: max(x(upper), x(0)) + 4_000, y: y + 4_000, font: .regular, size: Self.labelSize)
        }
        page.line([(zeroX, plotTop), (zeroX, bottom)], width: 1_000)
    }

    /// Vertical bars from zero, grouped per category.
    func drawColumns(on page: inout PDFCanvas, left: Int, top: Int, width: Int) {
        let axisWidth = 55_000
        let plotLeft = left + axisWidth
        let plotWidth = width - axisWidth
        let plotTop = top - 14_000
        let axis = chart.valueAxis
        func y(_ cents: Int64) -> Int { plotTop - Self.plotHeight + Self.scale(cents - axis.minimum, Self.plotHeight, axis.span) }
        drawLegend(on: &page, left: plotLeft, y: top - 8_000, entries: chart.series.indices.map { (Chart.seriesStyle($0), chart.series[$0].name, false) })
        for tick in axis.ticks {
            page.line([(plotLeft, y(tick)), (plotLeft + plotWidth, y(tick))], width: 400, color: Self.gridColor)
            page.text(Self.tickLabel(tick), right: plotLeft - 4_000, y: y(tick) - 2_500, font: .regular, size: Self.labelSize)
        }
        let groupWidth = plotWidth / max(chart.categories.count, 1)
        let barWidth = max(1_000, (groupWidth - 8_000) / max(chart.series.count, 1))
        for (categoryIndex, category) in chart.categories.enumerated() {
            let groupX = plotLeft + categoryIndex * groupWidth + 4_000
            for (seriesIndex, series) in chart.series.enumerated() {
                let value = categoryIndex < series.values.count ? series.values[categoryIndex].cents : 0
                let style = Chart.seriesStyle(seriesIndex)
                page.rectangle(x: groupX + seriesIndex * barWidth, y: min(y(0), y(value)), width: barWidth - 1_000, height: abs(y(value) - y(0)), fill: PDFColor(hex: style.color), outline: .black)
                if chart.series.count == 1 {
                    page.text(Money(cents: value).dutch(), center: groupX + barWidth / 2, y: max(y(0), y(value)) + 3_000, font: .regular, size: Self.labelSize)
                }
            }
            let label = PDFFont.regular.wrap(category, size: Self.labelSize, width: groupWidth - 2_000, maxLines: 2)
            for (number, line) in label.enumerated() {
                page.text(line, center: groupX + (groupWidth - 8_000) / 2, y: plotTop - Self.plotHeight - 10_000 - number * 8_000, font: .regular, size: Self.labelSize)
            }
        }
        page.line([(plotLeft, y(0)), (plotLeft + plotWidth, y(0))], width: 1_000)
    }

    /// One line per series from a zero-based axis: dash pattern and marker per series,
    /// the names at the line ends (series with the same values named together).
    func drawLines(on page: inout PDFCanvas, left: Int, top: Int, width: Int) {
        let axisWidth = 55_000
        let labelRoom = 110_000
        let plotLeft = left + axisWidth
        let plotWidth = width - axisWidth - labelRoom
        let plotTop = top - 14_000
        let axis = chart.valueAxis
        let stepX = plotWidth / max(chart.categories.count, 1)
        func y(_ cents: Int64) -> Int { plotTop - Self.plotHeight + Self.scale(cents - axis.minimum, Self.plotHeight, axis.span) }
        func x(_ index: Int) -> Int { plotLeft + index * stepX + stepX / 2 }
        drawLegend(on: &page, left: plotLeft, y: top - 8_000, entries: chart.series.indices.map { (Chart.seriesStyle($0), chart.series[$0].name, true) })
        for tick in axis.ticks {
            page.line([(plotLeft, y(tick)), (plotLeft + plotWidth, y(tick))], width: 400, color: Self.gridColor)
            page.text(Self.tickLabel(tick), right: plotLeft - 4_000, y: y(tick) - 2_500, font: .regular, size: Self.labelSize)
        }
        page.line([(plotLeft, y(0)), (plotLeft + plotWidth, y(0))], width: 1_000)
        let labelEvery = max(1, chart.categories.count / 12)
        for (index, category) in chart.categories.enumerated() where index % labelEvery == 0 {
            page.text(category, center: x(index), y: plotTop - Self.plotHeight - 10_000, font: .regular, size: Self.labelSize)
        }
        let coincidences = chart.coincidences
        let hidden = Set(coincidences.values.flatMap { $0 })
        var labels: [(series: Int, y: Int, text: String)] = []
        for (seriesIndex, series) in chart.series.enumerated() {
            let style = Chart.seriesStyle(seriesIndex)
            let values = Array(series.values.prefix(chart.categories.count))
            page.line(values.enumerated().map { (x($0.offset), y($0.element.cents)) }, width: 1_500, color: PDFColor(hex: style.color), dash: .init(lengths: style.dash.map { $0 * 1_000 }))
            for (index, value) in values.enumerated() {
                drawMarker(style, on: &page, x: x(index), y: y(value.cents))
            }
            if !hidden.contains(seriesIndex), let last = values.last {
                let names = ([seriesIndex] + (coincidences[seriesIndex] ?? [])).map { chart.series[$0].name }
                labels.append((seriesIndex, y(last.cents) - 2_500, names.joined(separator: " = ")))
            }
        }
        // Labels whose lines end at the same height are moved apart (downwards on the page).
        let lastX = x(max(chart.categories.count, 1) - 1) + 8_000
        let spread = Chart.spread(labels.map { -$0.y }, gap: 17_000).map { -$0 }
        for (label, labelY) in zip(labels, spread) {
            let lines = PDFFont.regular.wrap(label.text, size: Self.labelSize, width: labelRoom - 10_000, maxLines: 2)
            for (number, line) in lines.enumerated() {
                page.text(line, x: lastX, y: labelY - number * 8_000, font: .regular, size: Self.labelSize, color: PDFColor(hex: Chart.seriesStyle(label.series).color))
            }
        }
    }
}
