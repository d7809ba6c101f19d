/// A total split over weights by an ``AllocationMethod``.
///
/// By the largest-remainder (Hamilton) method (the default) each part is first the
/// exact share `total × weight / Σweights` rounded toward zero to the unit; the units
/// still left over go one each to the parts with the largest remainders; on equal
/// remainders the larger weight first, then the earlier listed. Per municipality
/// (`per-gemeente`) each exact share is rounded on its own, a half away from zero, and
/// what their sum misses of the total is the afronding line (``roundingDifference``).
/// A negative total is split as the negation of the split of its magnitude. The parts
/// plus the afronding line always sum to the total exactly and each part lies within
/// one unit of its exact share.
public struct Allocation: Hashable, Sendable {
    /// The amount that was split.
    public let total: Money
    /// The unit the parts are whole numbers of.
    public let unit: RoundingUnit
    /// The weights, in the order given.
    public let weights: [Quantity]
    /// The parts, in the order of `weights`; with ``roundingDifference`` they sum to `total`.
    public let parts: [Money]
    /// The sum of the weights, in millionths.
    public let totalWeightMillionths: Int128
    /// How the shares were brought to whole units.
    public let method: AllocationMethod
    /// The afronding line: `total − Σparts`; always zero for the largest remainder.
    public let roundingDifference: Money

    /// Splits `total` over `weights`.
    ///
    /// - Parameters:
    ///   - total: the amount to split; must be a whole number of `unit`.
    ///   - weights: one non-negative weight per part, not all zero.
    ///   - unit: the unit every part is a whole number of.
    ///   - method: how shares are brought to whole units (default the largest remainder).
    /// - Throws: ``AllocationError`` for no, negative or all-zero weights, or a total
    ///   that is not a whole number of the unit.
    /// - Complexity: O(n log n) for n weights.
    public init(splitting total: Money, by weights: [Quantity], unit: RoundingUnit, method: AllocationMethod = .largestRemainder) throws(AllocationError) {
        let totalWeight = try Allocation.validatedTotalWeight(weights)
        guard total.isMultiple(of: unit) else { throw .totalNotWholeUnits(total: total, unit: unit) }
        self.total = total
        self.unit = unit
        self.weights = weights
        self.totalWeightMillionths = totalWeight
        self.method = method
        switch method {
        case .largestRemainder:
            parts = Allocation.largestRemainderParts(of: total, by: weights, totalWeight: totalWeight, unit: unit)
            roundingDifference = .zero
        case .perMunicipality:
            let rounding = Rounding(unit: unit, rule: .halfAwayFromZero)
            parts = weights.map { rounding.round(numerator: Int128(total.cents) * Int128($0.millionths), denominator: totalWeight).amount }
            roundingDifference = total - parts.sum()
        }
    }

    /// The largest-remainder parts of `total` (a whole number of `unit`).
    ///
    /// Every part in one pass into the result's own storage: the truncated share in
    /// whole units and its remainder (a fraction of `totalWeight`; with equal
    /// denominators remainders compare as integers), then one leftover unit each to the
    /// first parts in ``precedes(_:_:remainders:weights:)`` order, then scaled to cents.
    /// Most splits fit 64 bits: their remainders live on the stack and each quotient is
    /// found by multiplying with a reciprocal of the divisor and correcting it to the
    /// exact quotient, which is several times faster than dividing.
    private static func largestRemainderParts(of total: Money, by weights: [Quantity], totalWeight: Int128, unit: RoundingUnit) -> [Money] {
        let units = Int64(total.cents.magnitude / UInt64(unit.cents))
        let count = weights.count
        let fits = totalWeight <= Int128(Int64.max)
            && weights.allSatisfy { !units.multipliedReportingOverflow(by: $0.millionths).overflow }
        let step = total.isNegative ? -unit.cents : unit.cents
        // Made by `init(repeating:count:)`, which is specialised for `Money`: the
        // unspecialised `unsafeUninitializedCapacity` looks the array's type up at run time.
        var result = [Money](repeating: .zero, count: count)
        result.withUnsafeMutableBufferPointer { parts in
            weights.withUnsafeBufferPointer { weights in
                if fits {
                    let divisor = UInt64(totalWeight)
                    let reciprocal = UInt64.max / divisor
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { remainders in
                        var distributed: Int64 = 0
                        for index in 0..<count {
                            // The estimate is at most two below the quotient (the product is below 2^63).
                            let product = UInt64(units) * UInt64(weights[index].millionths)
                            var quotient = product.multipliedFullWidth(by: reciprocal).high
                            var remainder = product - quotient * divisor
                            while remainder >= divisor {
                                quotient += 1
                                remainder -= divisor
                            }
                            parts[index] = Money(cents: Int64(quotient))
                            remainders.initializeElement(at: index, to: remainder)
                            distributed += Int64(quotient)
                        }
                        giveLeftover(Int(units - distributed), remainders: UnsafeBufferPointer(remainders), weights: weights, to: parts)
                    }
                } else {
                    var remainders = [Int128](repeating: 0, count: count)
                    var distributed: Int64 = 0
                    for index in 0..<count {
                        let product = Int128(units) * Int128(weights[index].millionths)
                        let quotient = product / totalWeight
                        parts[index] = Money(cents: Int64(quotient))
                        remainders[index] = product - quotient * totalWeight
                        distributed += Int64(quotient)
                    }
                    remainders.withUnsafeBufferPointer { remainders in
                        giveLeftover(Int(units - distributed), remainders: remainders, weights: weights, to: parts)
                    }
                }
            }
            for index in 0..<count { parts[index] = Money(cents: parts[index].cents * step) }
        }
        return result
    }

    /// Gives the `leftover` units (fewer than there are parts) one each to the first
    /// parts in ``precedes(_:_:remainders:weights:)`` order; the parts are put in that
    /// order by insertion on the stack, which for a few dozen parts beats a sort, and
    /// by a sort beyond.
    @inline(__always)
    private static func giveLeftover<Remainder: Comparable>(
        _ leftover: Int, remainders: UnsafeBufferPointer<Remainder>, weights: UnsafeBufferPointer<Quantity>, to parts: UnsafeMutableBufferPointer<Money>
    ) {
        guard leftover > 0 else { return }
        let count = weights.count
        guard count <= 64 else {
            for index in (0..<count).sorted(by: { precedes($0, $1, remainders: remainders, weights: weights) }).prefix(leftover) {
                parts[index] = Money(cents: parts[index].cents + 1)
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { order in
            for index in 0..<count {
                var position = index
                while position > 0, precedes(index, order[position - 1], remainders: remainders, weights: weights) {
                    order[position] = order[position - 1]
                    position -= 1
                }
                order[position] = index
            }
            for rank in 0..<leftover { parts[order[rank]] = Money(cents: parts[order[rank]].cents + 1) }
        }
    }

    /// The order in which parts receive leftover units: the larger remainder first, then
    /// the larger weight, then the earlier listed. The one definition of the tie rule.
    @inline(__always)
    static func precedes<Remainders: RandomAccessCollection, Weights: RandomAccessCollection<Quantity>>(
        _ a: Int, _ b: Int, remainders: Remainders, weights: Weights
    ) -> Bool where Remainders.Element: Comparable, Remainders.Index == Int, Weights.Index == Int {
        if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
        if weights[a] != weights[b] { return weights[a] > weights[b] }
        return a < b
    }

    /// The parts of `total` split over `weights` by the largest remainder (see ``init(splitting:by:unit:method:)``).
    ///
    /// The fast path for bulk work: no explanation is kept.
    /// - Throws: ``AllocationError`` as the initializer does.
    /// - Complexity: O(n log n) for n weights.
    public static func parts(of total: Money, by weights: [Quantity], unit: RoundingUnit) throws(AllocationError) -> [Money] {
        let totalWeight = try validatedTotalWeight(weights)
        guard total.isMultiple(of: unit) else { throw .totalNotWholeUnits(total: total, unit: unit) }
        return largestRemainderParts(of: total, by: weights, totalWeight: totalWeight, unit: unit)
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
