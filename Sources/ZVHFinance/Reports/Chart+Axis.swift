/// The value axis of a chart, computed once for every view that draws it (SVG, PDF).
///
/// An axis of amounts always runs through zero: bars and lines are measured from 0,
/// so a change of 20 % never looks like a collapse. It runs from the lowest value or
/// 0, whichever is lower, to the highest value or 0, whichever is higher, in round steps.
extension Chart {
    /// A value axis: its ends and the step between its ticks, in cents.
    public struct ValueAxis: Hashable, Sendable {
        /// The lowest value on the axis: 0, or a negative multiple of the step.
        public var minimum: Int64
        /// The highest value on the axis: a multiple of the step, at least one step above the minimum.
        public var maximum: Int64
        /// The distance between ticks: 1, 2 or 5 times a power of ten euros.
        public var step: Int64

        /// The tick values, from the minimum to the maximum; 0 is always among them.
        public var ticks: [Int64] {
            var ticks: [Int64] = []
            var tick = minimum
            while tick <= maximum {
                ticks.append(tick)
                tick += step
            }
            return ticks
        }

        /// The span in cents (never 0).
        public var span: Int64 { maximum - minimum }
    }

    /// The chart's value axis: from min(0, lowest value) to max(0, highest value).
    /// - Complexity: O(values).
    public var valueAxis: ValueAxis {
        let values = series.flatMap(\.values).map(\.cents)
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 0, 0)
        let step = Self.niceStep(for: max(high - low, 100))
        let minimum = -Self.ceiling(-low, step)
        let maximum = max(Self.ceiling(high, step), minimum + step)
        return ValueAxis(minimum: minimum, maximum: maximum, step: step)
    }

    /// A round step (1, 2 or 5 times a power of ten euros) that divides `span` cents
    /// into at most about five intervals.
    static func niceStep(for span: Int64) -> Int64 {
        let target = max(span / 5, 100)
        var magnitude: Int64 = 100
        while magnitude <= target / 10, magnitude < Int64.max / 100 { magnitude *= 10 }
        for multiple: Int64 in [1, 2, 5, 10] where magnitude * multiple >= target {
            return magnitude * multiple
        }
        return magnitude * 10
    }

    /// `value` rounded up to a multiple of `step` (both non-negative).
    static func ceiling(_ value: Int64, _ step: Int64) -> Int64 {
        (value / step + (value % step == 0 ? 0 : 1)) * step
    }
}
