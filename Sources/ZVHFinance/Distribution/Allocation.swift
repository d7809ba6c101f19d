/// A total split over weights by the largest-remainder (Hamilton) method.
///
/// Each part is first the exact share `total × weight / Σweights` rounded toward
/// zero to the unit; the units still left over go one each to the parts with the
/// largest remainders; on equal remainders the larger weight first, then the earlier
/// listed. A negative total is split as the negation of the split of its magnitude.
/// The parts always sum to the total exactly and each lies within one unit of its
/// exact share.
public struct Allocation: Hashable, Sendable {
    /// The amount that was split.
    public let total: Money
    /// The unit the parts are whole numbers of.
    public let unit: RoundingUnit
    /// The weights, in the order given.
    public let weights: [Quantity]
    /// The parts, in the order of `weights`; they sum to `total`.
    public let parts: [Money]
    /// Per part: whether it received one of the leftover units.
    public let receivedExtraUnit: [Bool]
    /// The sum of the weights, in millionths.
    public let totalWeightMillionths: Int128

    /// Splits `total` over `weights`.
    ///
    /// - Parameters:
    ///   - total: the amount to split; must be a whole number of `unit`.
    ///   - weights: one non-negative weight per part, not all zero.
    ///   - unit: the unit every part is a whole number of.
    /// - Throws: ``AllocationError`` for no, negative or all-zero weights, or a total
    ///   that is not a whole number of the unit.
    /// - Complexity: O(n log n) for n weights.
    public init(splitting total: Money, by weights: [Quantity], unit: RoundingUnit) throws(AllocationError) {
        let totalWeight = try Allocation.validatedTotalWeight(weights)
        guard total.isMultiple(of: unit) else { throw .totalNotWholeUnits(total: total, unit: unit) }
        let units = total.cents.magnitude / UInt64(unit.cents)
        var quotients = [Int64](repeating: 0, count: weights.count)
        var remainders = [Int128](repeating: 0, count: weights.count)
        var distributed: Int64 = 0
        let divisor = Int128(totalWeight)
        for (index, weight) in weights.enumerated() {
            let product = Int128(units) * Int128(weight.millionths)
            let quotient = product / divisor
            quotients[index] = Int64(quotient)
            remainders[index] = product - quotient * divisor
            distributed += Int64(quotient)
        }
        let leftover = Int(Int64(units) - distributed)
        var extra = [Bool](repeating: false, count: weights.count)
        if leftover > 0 {
            let order = weights.indices.sorted { a, b in
                if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
                if weights[a] != weights[b] { return weights[a] > weights[b] }
                return a < b
            }
            for index in order.prefix(leftover) { extra[index] = true }
        }
        let sign: Int64 = total.isNegative ? -1 : 1
        self.total = total
        self.unit = unit
        self.weights = weights
        self.receivedExtraUnit = extra
        self.totalWeightMillionths = divisor
        self.parts = weights.indices.map { index in
            Money(cents: sign * (quotients[index] + (extra[index] ? 1 : 0)) * unit.cents)
        }
    }

    /// The parts of `total` split over `weights` (see ``init(splitting:by:unit:)``).
    ///
    /// The fast path for bulk work: no explanation is kept.
    /// - Throws: ``AllocationError`` as the initializer does.
    /// - Complexity: O(n log n) for n weights.
    public static func parts(of total: Money, by weights: [Quantity], unit: RoundingUnit) throws(AllocationError) -> [Money] {
        try Allocation(splitting: total, by: weights, unit: unit).parts
    }

    /// The exact (unrounded) share of part `index` in cents, as a fraction
    /// `numerator / totalWeightMillionths`.
    public func exactShareNumerator(at index: Int) -> Int128 {
        Int128(total.cents) * Int128(weights[index].millionths)
    }

    /// The exact share of part `index` rounded to cents for display (rekenkundig).
    public func exactShareInCents(at index: Int) -> Money {
        Rounding.cent.round(numerator: exactShareNumerator(at: index), denominator: totalWeightMillionths).amount
    }

    static func validatedTotalWeight(_ weights: [Quantity]) throws(AllocationError) -> Int128 {
        guard !weights.isEmpty else { throw .noWeights }
        var sum: Int128 = 0
        for (index, weight) in weights.enumerated() {
            if weight.isNegative { throw .negativeWeight(index: index, weight: weight) }
            sum += Int128(weight.millionths)
        }
        guard sum > 0 else { throw .allWeightsZero }
        return sum
    }
}
