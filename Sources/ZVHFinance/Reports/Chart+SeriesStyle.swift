/// How each series of a chart is told apart without colour: every view draws series
/// `n` with the same colour, dash pattern and marker, so the chart reads the same in
/// grey print and for a reader who cannot tell the colours apart.
extension Chart {
    /// A marker drawn at every point of a line.
    public enum Marker: String, CaseIterable, Hashable, Sendable {
        /// A disc.
        case circle = "cirkel"
        /// A square.
        case square = "vierkant"
        /// A triangle, point up.
        case triangle = "driehoek"
        /// A square on its point.
        case diamond = "ruit"
        /// A plus sign.
        case cross = "kruis"
        /// A short horizontal bar.
        case bar = "streep"
    }

    /// The look of one series.
    public struct SeriesStyle: Hashable, Sendable {
        /// The colour, `#rrggbb`; the palette steps through clearly different greys.
        public var color: String
        /// The dash pattern of its line, in pixels (points in PDF): empty for solid.
        public var dash: [Int]
        /// The marker at its points.
        public var marker: Marker
        /// The marker's radius: larger for earlier series, so one drawn over another
        /// with the same value leaves a ring of it visible.
        public var markerRadius: Int
    }

    /// The style of the series at `index`: colour, dash and marker all differ from
    /// the series before it (up to six series; then they repeat with a smaller marker).
    public static func seriesStyle(_ index: Int) -> SeriesStyle {
        // Grey value (0,299 R + 0,587 G + 0,114 B) of the palette: 27 %, 59 %, 74 %, 11 %,
        // 56 %, 79 % — each far from the one before and after it.
        let colors = ["#1f4e79", "#ed7d31", "#9dc3e6", "#1d1d1f", "#70ad47", "#c9c9c9"]
        let dashes: [[Int]] = [[], [7, 4], [2, 3], [10, 3, 2, 3], [4, 2], [1, 2]]
        let cycle = index % colors.count
        return SeriesStyle(
            color: colors[cycle], dash: dashes[cycle], marker: Marker.allCases[cycle],
            markerRadius: max(2, 6 - index))
    }

    /// Per category, the series whose value there equals an earlier series' value, by
    /// the index of that earlier series; views write "gelijk aan …" beside them.
    /// - Complexity: O(series² × categories).
    public var coincidences: [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for (index, current) in series.enumerated() where index > 0 {
            if let earlier = series[..<index].firstIndex(where: { $0.values == current.values }) {
                result[earlier, default: []].append(index)
            }
        }
        return result
    }

    /// Positions for labels wanted at `positions` (in any unit along one axis), moved
    /// apart so that no two are closer than `gap`, each as near its wish as that allows;
    /// the result is in the input's order.
    /// - Complexity: O(n log n).
    public static func spread(_ positions: [Int], gap: Int) -> [Int] {
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        var placed = positions
        var previous: Int?
        for index in order {
            if let previous, placed[index] < previous + gap { placed[index] = previous + gap }
            previous = placed[index]
        }
        return placed
    }

    /// The chart as text, for screen readers and for a reader of the text formats: the
    /// description, then per series its values per category.
    public var textAlternative: String {
        var parts = [description]
        for entry in series.prefix(12) {
            let values = zip(categories, entry.values).prefix(24).map { "\($0): \($1.dutch())" }
            parts.append("\(entry.name): \(values.joined(separator: "; "))\(entry.values.count > 24 ? "; …" : "").")
        }
        if series.count > 12 { parts.append("… en nog \(series.count - 12) reeksen.") }
        return parts.joined(separator: " ")
    }
}
