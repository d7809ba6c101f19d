/// Draws a ``Chart`` as inline SVG in integer arithmetic (coordinates are whole pixels
/// computed from cents; no floating point).
///
/// Honest by construction: the value axis is the chart's ``Chart/valueAxis`` (through
/// zero, ticks marked `class="tick"`, the zero line `class="nullijn"`); every series has
/// its own colour, dash pattern and marker (``Chart/seriesStyle(_:)``), so series that
/// coincide stay visible and the chart reads in grey print; lines carry their names at
/// their ends; and the `<desc>` holds the ``Chart/textAlternative``.
enum SVGChart {
    static let darkColor = "#1f4e79"
    static let lightColor = "#9dc3e6"
    static let chargeColor = "#e07b39"

    /// The chart as a `<figure>` with an SVG; `number` makes its ids unique in the page.
    static func render(_ chart: Chart, number: Int) -> String {
        let identifier = "grafiek-\(number)"
        switch chart.style {
        case .changeBars: return changeBars(chart, identifier: identifier)
        case .groupedColumns: return groupedColumns(chart, identifier: identifier)
        case .line: return line(chart, identifier: identifier)
        }
    }

    static func figure(_ chart: Chart, identifier: String, width: Int, height: Int, body: String) -> String {
        """
            <figure>
            <figcaption id="\(identifier)-titel">\(HTMLRenderer.escape(chart.title))</figcaption>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(identifier)-titel \(identifier)-beschrijving">
            <title>\(HTMLRenderer.escape(chart.title))</title>
            <desc id="\(identifier)-beschrijving">\(HTMLRenderer.escape(chart.textAlternative))</desc>
            \(body)</svg>
            </figure>

            """
    }

    /// A value scaled to pixels: `value × length / span`, toward zero.
    static func scale(_ cents: Int64, _ length: Int, _ span: Int64) -> Int {
        guard span > 0 else { return 0 }
        return Int(Int128(cents) * Int128(length) / Int128(span))
    }

    static func tickLabel(_ cents: Int64) -> String {
        HTMLRenderer.escape(Rounding.euro.round(Money(cents: cents)).dutch())
    }

    /// Horizontal bars from zero: the final value solid, the change from the first
    /// series to it light (returned) or orange (charged); ticks along the bottom.
    static func changeBars(_ chart: Chart, identifier: String) -> String {
        let first = chart.series.first?.values ?? []
        let final = chart.series.count > 1 ? chart.series[1].values : first
        let labelWidth = 130
        let plotWidth = 440
        let rowHeight = 24
        let top = 28
        let axis = chart.valueAxis
        let zeroX = labelWidth + scale(-axis.minimum, plotWidth, axis.span)
        func x(_ cents: Int64) -> Int { zeroX + scale(cents, plotWidth, axis.span) }
        let axisY = top + rowHeight * chart.categories.count + 2
        let returned = zip(first, final).contains { $1 < $0 }
        let charged = zip(first, final).contains { $1 > $0 }
        var entries = [(darkColor, chart.series.last?.name ?? "")]
        if returned { entries.append((lightColor, "teruggegeven (verrekening)")) }
        if charged { entries.append((chargeColor, "bijbetaald (verrekening)")) }
        var body = legend(entries, x: labelWidth)
        for tick in axis.ticks {
            body += "<line x1=\"\(x(tick))\" y1=\"\(top)\" x2=\"\(x(tick))\" y2=\"\(axisY)\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n"
            body += "<text class=\"tick\" x=\"\(x(tick))\" y=\"\(axisY + 12)\" text-anchor=\"middle\">\(tickLabel(tick))</text>\n"
        }
        for (index, category) in chart.categories.enumerated() {
            let y = top + index * rowHeight
            let start = index < first.count ? first[index] : .zero
            let end = index < final.count ? final[index] : start
            let lower = min(start, end).cents
            let upper = max(start, end).cents
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLRenderer.escape(category))</text>\n"
            // The solid bar runs from zero to the value nearer zero, the change from there.
            let solidEnd = lower >= 0 ? lower : min(upper, 0)
            let (solidFrom, solidTo) = (min(x(0), x(solidEnd)), max(x(0), x(solidEnd)))
            body += "<rect x=\"\(solidFrom)\" y=\"\(y + 4)\" width=\"\(solidTo - solidFrom)\" height=\"\(rowHeight - 8)\" fill=\"\(darkColor)\"/>\n"
            if upper > lower {
                let from = lower >= 0 ? lower : (upper <= 0 ? lower : 0)
                let to = upper
                let color = end < start ? lightColor : chargeColor
                body += "<rect x=\"\(min(x(from), x(to)))\" y=\"\(y + 4)\" width=\"\(abs(x(to) - x(from)))\" height=\"\(rowHeight - 8)\" fill=\"\(color)\" stroke=\"#1d1d1f\" stroke-width=\"0.5\"/>\n"
            }
            body += "<text x=\"\(max(x(upper), x(0)) + 4)\" y=\"\(y + 15)\">\(HTMLRenderer.escape(end.dutch()))</text>\n"
        }
        body += "<line class=\"nullijn\" x1=\"\(zeroX)\" y1=\"\(top)\" x2=\"\(zeroX)\" y2=\"\(axisY)\" stroke=\"#1d1d1f\" stroke-width=\"1\"/>\n"
        return figure(chart, identifier: identifier, width: labelWidth + plotWidth + 110, height: axisY + 20, body: body)
    }

    /// Vertical bars from zero, grouped per category, one per series.
    static func groupedColumns(_ chart: Chart, identifier: String) -> String {
        let plotHeight = 180
        let left = 70
        let top = 34
        let groupWidth = max(70, min(140, 520 / max(chart.categories.count, 1)))
        let barWidth = max(8, (groupWidth - 16) / max(chart.series.count, 1))
        let width = left + groupWidth * chart.categories.count + 20
        let axis = chart.valueAxis
        func y(_ cents: Int64) -> Int { top + plotHeight - scale(cents - axis.minimum, plotHeight, axis.span) }
        var body = legend(chart.series.indices.map { (Chart.seriesStyle($0).color, chart.series[$0].name) }, x: left)
        for tick in axis.ticks {
            body += "<line x1=\"\(left)\" y1=\"\(y(tick))\" x2=\"\(width - 10)\" y2=\"\(y(tick))\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n"
            body += "<text class=\"tick\" x=\"\(left - 6)\" y=\"\(y(tick) + 3)\" text-anchor=\"end\">\(tickLabel(tick))</text>\n"
        }
        for (categoryIndex, category) in chart.categories.enumerated() {
            let groupX = left + categoryIndex * groupWidth + 8
            for (seriesIndex, series) in chart.series.enumerated() {
                let value = categoryIndex < series.values.count ? series.values[categoryIndex] : .zero
                let barTop = min(y(value.cents), y(0))
                let barHeight = abs(y(value.cents) - y(0))
                let style = Chart.seriesStyle(seriesIndex)
                body += "<rect x=\"\(groupX + seriesIndex * barWidth)\" y=\"\(barTop)\" width=\"\(barWidth - 2)\" height=\"\(barHeight)\" fill=\"\(style.color)\" stroke=\"#1d1d1f\" stroke-width=\"0.5\"><title>\(HTMLRenderer.escape("\(category), \(series.name): \(value.dutch())"))</title></rect>\n"
                if chart.series.count == 1 {
                    let labelY = value.isNegative ? barTop + barHeight + 11 : barTop - 3
                    body += "<text x=\"\(groupX + seriesIndex * barWidth + (barWidth - 2) / 2)\" y=\"\(labelY)\" text-anchor=\"middle\">\(HTMLRenderer.escape(value.dutch()))</text>\n"
                }
            }
            body += "<text x=\"\(groupX + (groupWidth - 16) / 2)\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">\(HTMLRenderer.escape(category))</text>\n"
        }
        body += "<line class=\"nullijn\" x1=\"\(left)\" y1=\"\(y(0))\" x2=\"\(width - 10)\" y2=\"\(y(0))\" stroke=\"#1d1d1f\" stroke-width=\"1\"/>\n"
        return figure(chart, identifier: identifier, width: width, height: top + plotHeight + 28, body: body)
    }
}
