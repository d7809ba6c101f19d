/// Draws a ``Chart`` as inline SVG in integer arithmetic (coordinates are whole pixels
/// computed from cents; no floating point).
enum SVGChart {
    static let darkColor = "#1f4e79"
    static let lightColor = "#9dc3e6"
    static let chargeColor = "#e07b39"
    static let palette = ["#1f4e79", "#5b9bd5", "#a5a5a5", "#ed7d31", "#70ad47", "#ffc000"]

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
            <desc id="\(identifier)-beschrijving">\(HTMLRenderer.escape(chart.description))</desc>
            \(body)</svg>
            </figure>

            """
    }

    /// A value scaled to pixels: `value × length / maximum`, toward zero.
    static func scale(_ value: Money, _ length: Int, _ maximum: Int64) -> Int {
        guard maximum > 0 else { return 0 }
        return Int(Int128(value.cents) * Int128(length) / Int128(maximum))
    }

    /// Horizontal bars: the final value solid, the change from the first series to it
    /// light (returned) or orange (charged).
    static func changeBars(_ chart: Chart, identifier: String) -> String {
        let first = chart.series.first?.values ?? []
        let final = chart.series.count > 1 ? chart.series[1].values : first
        let labelWidth = 130
        let plotWidth = 440
        let rowHeight = 24
        let top = 28
        let height = top + rowHeight * chart.categories.count + 26
        let maximum = (first + final).map { max($0.cents, 0) }.max() ?? 0
        let returned = zip(first, final).contains { $1 < $0 }
        let charged = zip(first, final).contains { $1 > $0 }
        var entries = [(darkColor, chart.series.last?.name ?? "")]
        if returned { entries.append((lightColor, "teruggegeven (verrekening)")) }
        if charged { entries.append((chargeColor, "bijbetaald (verrekening)")) }
        var body = legend(entries, x: labelWidth)
        for (index, category) in chart.categories.enumerated() {
            let y = top + index * rowHeight
            let start = index < first.count ? first[index] : .zero
            let end = index < final.count ? final[index] : start
            let lower = min(start, end)
            let upper = max(start, end)
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLRenderer.escape(category))</text>\n"
            let solid = scale(max(lower, .zero), plotWidth, maximum)
            body += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(solid)\" height=\"\(rowHeight - 8)\" fill=\"\(darkColor)\"/>\n"
            if upper > lower {
                let changeWidth = scale(max(upper, .zero), plotWidth, maximum) - solid
                let color = end < start ? lightColor : chargeColor
                body += "<rect x=\"\(labelWidth + solid)\" y=\"\(y + 4)\" width=\"\(max(changeWidth, 0))\" height=\"\(rowHeight - 8)\" fill=\"\(color)\"/>\n"
            }
            let valueX = labelWidth + scale(max(upper, .zero), plotWidth, maximum) + 4
            body += "<text x=\"\(valueX)\" y=\"\(y + 15)\">\(HTMLRenderer.escape(end.dutch()))</text>\n"
        }
        let axisY = top + rowHeight * chart.categories.count + 2
        body += "<line x1=\"\(labelWidth)\" y1=\"\(top)\" x2=\"\(labelWidth)\" y2=\"\(axisY)\" stroke=\"#1d1d1f\" stroke-width=\"1\"/>\n"
        return figure(chart, identifier: identifier, width: labelWidth + plotWidth + 110, height: height, body: body)
    }

    /// Vertical bars, grouped per category, one per series, with a zero line.
    static func groupedColumns(_ chart: Chart, identifier: String) -> String {
        let plotHeight = 180
        let left = 70
        let top = 34
        let groupWidth = max(70, min(140, 520 / max(chart.categories.count, 1)))
        let barWidth = max(8, (groupWidth - 16) / max(chart.series.count, 1))
        let width = left + groupWidth * chart.categories.count + 20
        let values = chart.series.flatMap(\.values)
        let step = niceStep(for: max(values.map(\.cents).max() ?? 0, 0) - min(values.map(\.cents).min() ?? 0, 0))
        let maximum = ceiling(max(values.map(\.cents).max() ?? 0, 1), step)
        let minimum = -ceiling(-min(values.map(\.cents).min() ?? 0, 0), step)
        let span = maximum - minimum
        let zeroY = top + Int(Int128(maximum) * Int128(plotHeight) / Int128(span))
        var body = legend(chart.series.enumerated().map { (palette[$0.offset % palette.count], $0.element.name) }, x: left)
        var tickValue = minimum
        while tickValue <= maximum {
            let value = Money(cents: tickValue)
            let y = zeroY - scale(value, plotHeight, span)
            body += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 10)\" y2=\"\(y)\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n"
            body += "<text x=\"\(left - 6)\" y=\"\(y + 3)\" text-anchor=\"end\">\(HTMLRenderer.escape(Rounding.euro.round(value).dutch()))</text>\n"
            tickValue += step
        }
        for (categoryIndex, category) in chart.categories.enumerated() {
            let groupX = left + categoryIndex * groupWidth + 8
            for (seriesIndex, series) in chart.series.enumerated() {
                let value = categoryIndex < series.values.count ? series.values[categoryIndex] : .zero
                let barHeight = scale(value.magnitude, plotHeight, span)
                let y = value.isNegative ? zeroY : zeroY - barHeight
                body += "<rect x=\"\(groupX + seriesIndex * barWidth)\" y=\"\(y)\" width=\"\(barWidth - 2)\" height=\"\(barHeight)\" fill=\"\(palette[seriesIndex % palette.count])\"><title>\(HTMLRenderer.escape("\(category), \(series.name): \(value.dutch())"))</title></rect>\n"
                if chart.series.count == 1 {
                    let labelY = value.isNegative ? y + barHeight + 11 : y - 3
                    body += "<text x=\"\(groupX + seriesIndex * barWidth + (barWidth - 2) / 2)\" y=\"\(labelY)\" text-anchor=\"middle\">\(HTMLRenderer.escape(value.dutch()))</text>\n"
                }
            }
            body += "<text x=\"\(groupX + (groupWidth - 16) / 2)\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">\(HTMLRenderer.escape(category))</text>\n"
        }
        body += "<line x1=\"\(left)\" y1=\"\(zeroY)\" x2=\"\(width - 10)\" y2=\"\(zeroY)\" stroke=\"#1d1d1f\" stroke-width=\"1\"/>\n"
        return figure(chart, identifier: identifier, width: width, height: top + plotHeight + 28, body: body)
    }

    /// One polyline per series over the categories, with value ticks and a point per
    /// value (its exact amount in a tooltip).
    static func line(_ chart: Chart, identifier: String) -> String {
        let plotHeight = 200
        let left = 80
        let top = 34
        let stepX = max(6, min(90, 640 / max(chart.categories.count, 1)))
        let width = left + stepX * max(chart.categories.count, 1) + 30
        let values = chart.series.flatMap(\.values).map(\.cents)
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        let step = niceStep(for: max(high - low, 1))
        let minimum = low >= 0 ? low / step * step : -ceiling(-low, step)
        let maximum = max(ceiling(max(high, minimum + 1), step), minimum + step)
        let span = maximum - minimum
        func y(_ cents: Int64) -> Int { top + plotHeight - Int(Int128(cents - minimum) * Int128(plotHeight) / Int128(span)) }
        var body = legend(chart.series.enumerated().map { (palette[$0.offset % palette.count], $0.element.name) }, x: left)
        var tick = minimum
        while tick <= maximum {
            body += "<line x1=\"\(left)\" y1=\"\(y(tick))\" x2=\"\(width - 10)\" y2=\"\(y(tick))\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n"
            body += "<text x=\"\(left - 6)\" y=\"\(y(tick) + 3)\" text-anchor=\"end\">\(HTMLRenderer.escape(Rounding.euro.round(Money(cents: tick)).dutch()))</text>\n"
            tick += step
        }
        let labelEvery = max(1, chart.categories.count / 12)
        for (index, category) in chart.categories.enumerated() where index % labelEvery == 0 {
            body += "<text x=\"\(left + index * stepX + stepX / 2)\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">\(HTMLRenderer.escape(category))</text>\n"
        }
        for (seriesIndex, series) in chart.series.enumerated() {
            let color = palette[seriesIndex % palette.count]
            let points = series.values.enumerated().map { "\(left + $0.offset * stepX + stepX / 2),\(y($0.element.cents))" }
            body += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"><title>\(HTMLRenderer.escape(series.name))</title></polyline>\n"
            if series.values.count <= 40 {
                for (index, value) in series.values.enumerated() where index < chart.categories.count {
                    body += "<circle cx=\"\(left + index * stepX + stepX / 2)\" cy=\"\(y(value.cents))\" r=\"3\" fill=\"\(color)\"><title>\(HTMLRenderer.escape("\(chart.categories[index]), \(series.name): \(value.dutch())"))</title></circle>\n"
                    // With few points each value is written beside its point, once where
                    // an earlier series has the same value there.
                    let repeatsEarlierSeries = chart.series[..<seriesIndex].contains { index < $0.values.count && $0.values[index] == value }
                    if chart.categories.count <= 12, !repeatsEarlierSeries {
                        let labelY = seriesIndex % 2 == 0 ? y(value.cents) - 7 : y(value.cents) + 14
                        body += "<text x=\"\(left + index * stepX + stepX / 2)\" y=\"\(labelY)\" text-anchor=\"middle\">\(HTMLRenderer.escape(value.dutch()))</text>\n"
                    }
                }
            }
        }
        return figure(chart, identifier: identifier, width: width, height: top + plotHeight + 28, body: body)
    }

    /// A round step (1, 2 or 5 times a power of ten euros) that divides `span` cents
    /// into at most about five intervals.
    static func niceStep(for span: Int64) -> Int64 {
        let target = max(span / 5, 100)
        var magnitude: Int64 = 100
        while magnitude <= target / 10 { magnitude *= 10 }
        for multiple: Int64 in [1, 2, 5, 10] where magnitude * multiple >= target {
            return magnitude * multiple
        }
        return magnitude * 10
    }

    /// `value` rounded up to a multiple of `step` (both non-negative).
    static func ceiling(_ value: Int64, _ step: Int64) -> Int64 {
        (value + step - 1) / step * step
    }

    static func legend(_ entries: [(color: String, name: String)], x: Int) -> String {
        var body = ""
        var offset = x
        for entry in entries where !entry.name.isEmpty {
            body += "<rect x=\"\(offset)\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(entry.color)\"/>\n"
            body += "<text x=\"\(offset + 14)\" y=\"15\">\(HTMLRenderer.escape(entry.name))</text>\n"
            offset += 24 + entry.name.count * 6
        }
        return body
    }
}
