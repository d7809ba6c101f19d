extension Allocation {
    /// Rounds exact parts that add up to a whole number of units, by the largest
    /// remainder: each part rounded down to the unit (toward minus infinity), the units
    /// left over one each to the largest remainders; on equal remainders the larger exact
    /// part first, then the earlier listed. The parts then sum to `total` exactly and
    /// each lies within one unit of its exact value.
    ///
    /// - Parameters:
    ///   - numerators: the exact parts as numerators over `denominator`, in cents; they
    ///     sum to `total × denominator`.
    ///   - denominator: the positive common denominator.
    ///   - total: the sum of the parts, a whole number of `unit`.
    ///   - unit: the unit every part is a whole number of.
    /// - Returns: the rounded parts, in the order given.
    /// - Complexity: O(n log n) for n parts.
    static func roundedParts(numerators: [Int128], denominator: Int128, total: Money, unit: RoundingUnit) -> [Money] {
        precondition(denominator > 0, "rounding needs a positive denominator")
        let step = denominator * Int128(unit.cents)
        var units: [Int128] = []
        var remainders: [Int128] = []
        units.reserveCapacity(numerators.count)
        remainders.reserveCapacity(numerators.count)
        for numerator in numerators {
            var quotient = numerator / step
            var remainder = numerator - quotient * step
            if remainder < 0 {
                quotient -= 1
                remainder += step
            }
            units.append(quotient)
            remainders.append(remainder)
        }
        let leftover = Int128(total.cents) / Int128(unit.cents) - units.reduce(0, +)
        let order = numerators.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if numerators[a] != numerators[b] { return numerators[a] > numerators[b] }
            return a < b
        }
        for index in order.prefix(Int(max(0, min(leftover, Int128(numerators.count))))) { units[index] += 1 }
        return units.map { Money(cents: Int64($0 * Int128(unit.cents))) }
    }
}
