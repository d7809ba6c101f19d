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
    /// first parts in ``precedes(_:_:remainders:weights:)`` order; each part is kept in
    /// cents, signed, from the start. A split whose sum of weights and every product
    /// `units × weight` fit 64 bits (all but the largest) is done in 64-bit words, its
    /// remainders on the stack, each quotient found by multiplying with a reciprocal of
    /// the divisor and correcting it to the exact quotient (several times faster than
    /// dividing); the others in 128 bits, where no product can overflow (both factors are
    /// below 2^63).
    private static func largestRemainderParts(of total: Money, by weights: [Quantity], totalWeight: Int128, unit: RoundingUnit) -> [Money] {
        var result = zeroParts(count: weights.count)
        writeLargestRemainderParts(of: total, by: weights, totalWeight: totalWeight, unit: unit, into: &result)
        return result
    }

    /// Writes the largest-remainder parts into `result`, which holds one element per
    /// weight (see ``largestRemainderParts(of:by:totalWeight:unit:)``).
    @inline(__always)
    private static func writeLargestRemainderParts(of total: Money, by weights: [Quantity], totalWeight: Int128, unit: RoundingUnit, into result: inout [Money]) {
        let units = unit.wholeUnits(inCents: total.cents.magnitude)
        let step = total.isNegative ? -unit.cents : unit.cents
        result.withUnsafeMutableBufferPointer { parts in
            weights.withUnsafeBufferPointer { weights in
                if totalWeight > Int128(Int64.max) || !wordSizedParts(units: units, step: step, weights: weights, totalWeight: UInt64(totalWeight), into: parts) {
                    wideParts(units: units, step: step, weights: weights, totalWeight: totalWeight, into: parts)
                }
            }
        }
    }

    /// `count` zero amounts in a new array, to be filled with the parts.
    ///
    /// Up to 16 from an array literal: its storage is allocated by code specialised for
    /// `Money`, while the generic initialisers (`init(repeating:count:)`,
    /// `init(unsafeUninitializedCapacity:)`, `reserveCapacity`) allocate in an
    /// unspecialised entry point of the standard library that looks the storage type up at
    /// run time, about 450 instructions per array, a fifth of a ten-member split.
    @inline(__always)
    private static func zeroParts(count: Int) -> [Money] {
        guard count <= 16 else { return [Money](repeating: .zero, count: count) }
        var parts: [Money] = [.zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero, .zero]
        for _ in count..<16 { parts.removeLast() }
        return parts
    }

    /// The parts in 64-bit words; false (the parts then undefined) as soon as a product
    /// `units × weight` does not fit 64 bits.
    @inline(__always)
    private static func wordSizedParts(
        units: UInt64, step: Int64, weights: UnsafeBufferPointer<Quantity>, totalWeight divisor: UInt64, into parts: UnsafeMutableBufferPointer<Money>
    ) -> Bool {
        let count = weights.count
        // floor((2^64 − 1) / divisor): for any product below 2^64 the estimate
        // mulhi(product, reciprocal) is at most the quotient and at most two below it.
        let reciprocal = UInt64.max / divisor
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { remainders in
            var distributed: UInt64 = 0
            for index in 0..<count {
                let (high, product) = units.multipliedFullWidth(by: UInt64(truncatingIfNeeded: weights[index].millionths))
                guard high == 0 else { return false }
                var quotient = product.multipliedFullWidth(by: reciprocal).high
                var remainder = product &- quotient &* divisor
                while remainder >= divisor {
                    quotient &+= 1
                    remainder &-= divisor
                }
                // |quotient × step| ≤ |total|: no overflow.
                parts[index] = Money(cents: Int64(truncatingIfNeeded: quotient) &* step)
                remainders.initializeElement(at: index, to: remainder)
                distributed &+= quotient
            }
            let leftover = Int(units &- distributed)
            if count <= 16 {
                giveLeftoverByRank(leftover, of: step, remainders: UnsafeBufferPointer(remainders), weights: weights, to: parts)
            } else {
                giveLeftover(leftover, of: step, remainders: UnsafeBufferPointer(remainders), weights: weights, to: parts)
            }
            return true
        }
    }

    /// The parts in 128-bit integers, for the splits too large for ``wordSizedParts(units:step:weights:totalWeight:into:)``.
    private static func wideParts(
        units: UInt64, step: Int64, weights: UnsafeBufferPointer<Quantity>, totalWeight: Int128, into parts: UnsafeMutableBufferPointer<Money>
    ) {
        var remainders = [Int128](repeating: 0, count: weights.count)
        var distributed: Int128 = 0
        for index in weights.indices {
            let product = Int128(units) * Int128(weights[index].millionths)
            let quotient = product / totalWeight
            parts[index] = Money(cents: Int64(quotient) * step)
            remainders[index] = product - quotient * totalWeight
            distributed += quotient
        }
        remainders.withUnsafeBufferPointer { remainders in
            giveLeftover(Int(Int128(units) - distributed), of: step, remainders: remainders, weights: weights, to: parts)
        }
    }

    /// Adds one `step` (a unit in cents, signed as the total) each to the first
    /// `leftover` parts (fewer than there are parts) in
    /// ``precedes(_:_:remainders:weights:)`` order.
    @inline(__always)
    private static func giveLeftover<Remainder: Comparable>(
        _ leftover: Int, of step: Int64, remainders: UnsafeBufferPointer<Remainder>, weights: UnsafeBufferPointer<Quantity>,
        to parts: UnsafeMutableBufferPointer<Money>
    ) {
        guard leftover > 0 else { return }
        withLeftoverOrder(remainders: remainders, weights: weights) { order in
            // A part plus one unit stays within one unit of its share, so within the total.
            for rank in 0..<leftover { parts[order[rank]] = Money(cents: parts[order[rank]].cents &+ step) }
        }
    }

    /// Adds one `step` each to the first `leftover` parts in
    /// ``precedes(_:_:remainders:weights:)`` order, as ``giveLeftover(_:of:remainders:weights:to:)``
    /// does, for a few parts with remainders and weights in 64 bits: each part's turn is
    /// the number of parts that precede it, counted over every pair without a branch
    /// (the remainder and the weight compared as one 128-bit key; on equal keys the
    /// earlier listed first). The remainders of a split are as good as random, so an
    /// ordering by insertion mispredicts about half its comparisons.
    @inline(__always)
    private static func giveLeftoverByRank(
        _ leftover: Int, of step: Int64, remainders: UnsafeBufferPointer<UInt64>, weights: UnsafeBufferPointer<Quantity>,
        to parts: UnsafeMutableBufferPointer<Money>
    ) {
        guard leftover > 0 else { return }
        let count = weights.count
        withUnsafeTemporaryAllocation(of: UInt128.self, capacity: count) { keys in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { turns in
                for index in 0..<count {
                    // Weights are not negative: their bit pattern orders as they do.
                    keys.initializeElement(
                        at: index, to: UInt128(remainders[index]) << 64 | UInt128(UInt64(truncatingIfNeeded: weights[index].millionths)))
                    turns.initializeElement(at: index, to: 0)
                }
                for first in 0..<count {
                    let key = keys[first]
                    var turn = turns[first]
                    for second in (first + 1)..<count {
                        // The later listed precedes only with a larger key.
                        let before = keys[second] > key ? 1 : 0
                        turn &+= before
                        turns[second] &+= 1 &- before
                    }
                    turns[first] = turn
                }
                // A part plus one unit stays within one unit of its share, so within the total.
                for index in 0..<count {
                    parts[index] = Money(cents: parts[index].cents &+ (turns[index] < leftover ? step : 0))
                }
            }
        }
    }

    /// The parts' indices in ``precedes(_:_:remainders:weights:)`` order, handed to
    /// `body`: put in order by insertion on the stack up to 64 parts (for a few dozen
    /// parts this beats a sort), by a sort beyond.
    @inline(__always)
    static func withLeftoverOrder<Remainders: RandomAccessCollection, Weights: RandomAccessCollection<Quantity>>(
        remainders: Remainders, weights: Weights, _ body: (UnsafeBufferPointer<Int>) -> Void
    ) where Remainders.Element: Comparable, Remainders.Index == Int, Weights.Index == Int {
        let count = weights.count
        guard count <= 64 else {
            (0..<count).sorted { precedes($0, $1, remainders: remainders, weights: weights) }.withUnsafeBufferPointer(body)
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
            body(UnsafeBufferPointer(order))
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

    /// Writes the parts of `total` split over `weights` by the largest remainder into
    /// `parts`, reusing its storage: the same parts as ``parts(of:by:unit:)``, for a
    /// caller that splits many amounts one after the other (bookings, scenario sweeps)
    /// and reads each split before the next. `parts` is made one element per weight
    /// (its storage kept when it already has that many and is not shared).
    ///
    /// - Parameters:
    ///   - total: the amount to split; must be a whole number of `unit`.
    ///   - weights: one non-negative weight per part, not all zero.
    ///   - unit: the unit every part is a whole number of.
    ///   - parts: receives the parts, in the order of `weights`; unchanged when the
    ///     split throws.
    /// - Throws: ``AllocationError`` as ``parts(of:by:unit:)`` does.
    /// - Complexity: O(n log n) for n weights.
    public static func split(_ total: Money, by weights: [Quantity], unit: RoundingUnit, into parts: inout [Money]) throws(AllocationError) {
        let totalWeight = try validatedTotalWeight(weights)
        guard total.isMultiple(of: unit) else { throw .totalNotWholeUnits(total: total, unit: unit) }
        if parts.count != weights.count { parts = zeroParts(count: weights.count) }
        writeLargestRemainderParts(of: total, by: weights, totalWeight: totalWeight, unit: unit, into: &parts)
    }

    /// The sum of the weights in millionths, checked: at least one weight, none
    /// negative, not all zero. One pass without a branch per weight: the low 64 bits
    /// with a count of their carries (the sum in 128 bits), and the weights' bits
    /// or-ed together, whose sign bit tells whether any is negative.
    static func validatedTotalWeight(_ weights: [Quantity]) throws(AllocationError) -> Int128 {
        guard !weights.isEmpty else { throw .noWeights }
        var low: UInt64 = 0
        var carries: UInt64 = 0
        var bits: Int64 = 0
        weights.withUnsafeBufferPointer { weights in
            for weight in weights {
                bits |= weight.millionths
                let (sum, carry) = low.addingReportingOverflow(UInt64(bitPattern: weight.millionths))
                low = sum
                carries &+= carry ? 1 : 0
            }
        }
        if bits < 0, let index = weights.firstIndex(where: \.isNegative) { throw .negativeWeight(index: index, weight: weights[index]) }
        let total = Int128(carries) << 64 | Int128(low)
        guard total > 0 else { throw .allWeightsZero }
        return total
    }
}
