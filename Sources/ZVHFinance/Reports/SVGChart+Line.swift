/// The line chart: one line per series from a zero-based axis, each with its own dash
/// pattern and marker, its name at its end (series with the same values named together).
extension SVGChart {
    static func line(_ chart: Chart, identifier: String) -> String {
        let plotHeight = 200
        let left = 80
        let top = 34
        let stepX = max(6, min(90, 640 / max(chart.categories.count, 1)))
        let axis = chart.valueAxis
        func y(_ cents: Int64) -> Int { top + plotHeight - scale(cents - axis.minimum, plotHeight, axis.span) }
        func x(_ index: Int) -> Int { left + index * stepX + stepX / 2 }
        var body = lineLegend(chart, x: left)
        for tick in axis.ticks {
            body += "<line x1=\"\(left)\" y1=\"\(y(tick))\" x2=\"\(left + stepX * max(chart.categories.count, 1))\" y2=\"\(y(tick))\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n"
            body += "<text class=\"tick\" x=\"\(left - 6)\" y=\"\(y(tick) + 3)\" text-anchor=\"end\">\(tickLabel(tick))</text>\n"
        }
        body += "<line class=\"nullijn\" x1=\"\(left)\" y1=\"\(y(0))\" x2=\"\(left + stepX * max(chart.categories.count, 1))\" y2=\"\(y(0))\" stroke=\"#1d1d1f\" stroke-width=\"1\"/>\n"
        let labelEvery = max(1, chart.categories.count / 12)
        for (index, category) in chart.categories.enumerated() where index % labelEvery == 0 {
            body += "<text x=\"\(x(index))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">\(HTMLRenderer.escape(category))</text>\n"
        }
        let coincidences = chart.coincidences
        let hidden = Set(coincidences.values.flatMap { $0 })
        var labels: [(series: Int, y: Int, text: String)] = []
        for (seriesIndex, series) in chart.series.enumerated() {
            let style = Chart.seriesStyle(seriesIndex)
            let values = series.values.prefix(chart.categories.count)
            let points = values.enumerated().map { "\(x($0.offset)),\(y($0.element.cents))" }
            let dash = style.dash.isEmpty ? "" : " stroke-dasharray=\"\(style.dash.map(String.init).joined(separator: " "))\""
            body += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(style.color)\" stroke-width=\"2\"\(dash)><title>\(HTMLRenderer.escape(series.name))</title></polyline>\n"
            if values.count <= 40 {
                for (index, value) in values.enumerated() {
                    body += marker(style, x: x(index), y: y(value.cents), title: "\(chart.categories[index]), \(series.name): \(value.dutch())")
                    let repeatsEarlierSeries = chart.series[..<seriesIndex].contains { index < $0.values.count && $0.values[index] == value }
                    if chart.categories.count <= 12, !repeatsEarlierSeries {
                        let labelY = seriesIndex % 2 == 0 ? y(value.cents) - 8 : y(value.cents) + 15
                        body += "<text x=\"\(x(index))\" y=\"\(labelY)\" text-anchor=\"middle\">\(HTMLRenderer.escape(value.dutch()))</text>\n"
                    }
                }
            }
            // The direct label: the name at the end of the line, with the series that coincide with it.
            if !hidden.contains(seriesIndex), let last = values.last {
                let names = ([seriesIndex] + (coincidences[seriesIndex] ?? [])).map { chart.series[$0].name }
                labels.append((seriesIndex, y(last.cents) + 4, names.joined(separator: " = ")))
            }
        }
        // Labels whose lines end at the same height are moved apart, never drawn over each other.
        let lastX = x(max(chart.categories.count, 1) - 1) + 10
        for (label, labelY) in zip(labels, Chart.spread(labels.map(\.y), gap: 12)) {
            body += "<text class=\"reeksnaam\" x=\"\(lastX)\" y=\"\(labelY)\" fill=\"\(Chart.seriesStyle(label.series).color)\">\(HTMLRenderer.escape(label.text))</text>\n"
        }
        // Room for the longest name at the line ends (about 6 px a character), at most 420 px.
        let labelRoom = max(170, min(420, (labels.map(\.text.count).max() ?? 0) * 6 + 20))
        let width = left + stepX * max(chart.categories.count, 1) + labelRoom
        return figure(chart, identifier: identifier, width: width, height: top + plotHeight + 28, body: body)
    }

    /// A marker of the series' shape at a point, with its value as a tooltip.
    static func marker(_ style: Chart.SeriesStyle, x: Int, y: Int, title: String) -> String {
        let r = style.markerRadius
        let tooltip = "<title>\(HTMLRenderer.escape(title))</title>"
        let paint = "fill=\"\(style.color)\" stroke=\"#ffffff\" stroke-width=\"1\""
        switch style.marker {
        case .circle: return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\" \(paint)>\(tooltip)</circle>\n"
        case .square: return "<rect x=\"\(x - r)\" y=\"\(y - r)\" width=\"\(2 * r)\" height=\"\(2 * r)\" \(paint)>\(tooltip)</rect>\n"
        case .triangle: return "<polygon points=\"\(x),\(y - r) \(x + r),\(y + r) \(x - r),\(y + r)\" \(paint)>\(tooltip)</polygon>\n"
        case .diamond: return "<polygon points=\"\(x),\(y - r) \(x + r),\(y) \(x),\(y + r) \(x - r),\(y)\" \(paint)>\(tooltip)</polygon>\n"
        case .cross: return "<polygon points=\"\(x - r),\(y - 1) \(x + r),\(y - 1) \(x + r),\(y + 1) \(x - r),\(y + 1)\" \(paint)>\(tooltip)</polygon>\n<polygon points=\"\(x - 1),\(y - r) \(x + 1),\(y - r) \(x + 1),\(y + r) \(x - 1),\(y + r)\" \(paint)/>\n"
        case .bar: return "<rect x=\"\(x - r)\" y=\"\(y - 1)\" width=\"\(2 * r)\" height=\"3\" \(paint)>\(tooltip)</rect>\n"
        }
    }

    /// A legend of short line samples, each with its dash and marker.
    static func lineLegend(_ chart: Chart, x: Int) -> String {
        var body = ""
        var offset = x
        for (index, series) in chart.series.enumerated() where !series.name.isEmpty {
            let style = Chart.seriesStyle(index)
            let dash = style.dash.isEmpty ? "" : " stroke-dasharray=\"\(style.dash.map(String.init).joined(separator: " "))\""
            body += "<line x1=\"\(offset)\" y1=\"11\" x2=\"\(offset + 22)\" y2=\"11\" stroke=\"\(style.color)\" stroke-width=\"2\"\(dash)/>\n"
            body += marker(style, x: offset + 11, y: 11, title: series.name)
            body += "<text x=\"\(offset + 26)\" y=\"15\">\(HTMLRenderer.escape(series.name))</text>\n"
            offset += 36 + series.name.count * 6
        }
        return body
    }

    static func legend(_ entries: [(color: String, name: String)], x: Int) -> String {
        var body = ""
        var offset = x
        for entry in entries where !entry.name.isEmpty {
            body += "<rect x=\"\(offset)\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(entry.color)\" stroke=\"#1d1d1f\" stroke-width=\"0.5\"/>\n"
            body += "<text x=\"\(offset + 14)\" y=\"15\">\(HTMLRenderer.escape(entry.name))</text>\n"
            offset += 24 + entry.name.count * 6
        }
        return body
    }
}
