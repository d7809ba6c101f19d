/// Rounds amounts for display so that the shown lines add up to the shown total: the
/// cure for the published tables' one-euro mistakes.
///
/// Each amount is rounded down to the unit; the units still needed to reach the target
/// go one each to the amounts with the largest remainders (ties: the larger amount,
/// then the earlier listed). Every shown amount stays within one unit of the exact one.
public enum PresentationRounding {
    /// A total as shown: rounded to the unit, a half away from zero.
    public static func shownTotal(_ total: Money, unit: RoundingUnit) -> Money {
        Rounding(unit: unit, rule: .halfAwayFromZero).round(total)
    }

    /// Amounts rounded to whole units that add up exactly to `target`.
    ///
    /// - Parameters:
    ///   - amounts: the exact amounts (of any sign).
    ///   - target: the shown total; must be a whole number of units within one unit
    ///     per amount of the exact sum (as ``shownTotal(_:unit:)`` of the sum is).
    ///   - unit: the unit shown.
    /// - Returns: one shown amount per input, summing to `target`.
    /// - Complexity: O(n log n).
    public static func distribute(_ amounts: [Money], to target: Money, unit: RoundingUnit) -> [Money] {
        guard !amounts.isEmpty else { return [] }
        let step = unit.cents
        // Floor toward −∞ so that remainders are never negative.
        let floors = amounts.map { amount -> Int64 in
            let quotient = amount.cents / step
            return amount.cents % step < 0 ? quotient - 1 : quotient
        }
        let remainders = zip(amounts, floors).map { $0.cents - $1 * step }
        let needed = target.cents / step - floors.reduce(0, +)
        let order = amounts.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if amounts[a] != amounts[b] { return amounts[a] > amounts[b] }
            return a < b
        }
        var shown = floors
        if needed > 0 {
            for index in order.prefix(Int(min(needed, Int64(amounts.count)))) { shown[index] += 1 }
        } else if needed < 0 {
            for index in order.reversed().prefix(Int(min(-needed, Int64(amounts.count)))) { shown[index] -= 1 }
        }
        return shown.map { Money(cents: $0 * step) }
    }
}
