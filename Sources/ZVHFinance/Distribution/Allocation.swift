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
    private static func largestRemainderParts(of total: Money, by weights: [Quantity], totalWeight: Int128, unit: RoundingUnit) -> [Money] {
        let units = Int64(total.cents.magnitude / UInt64(unit.cents))
        // `shares` first holds whole units (the truncated shares, then one more for the
        // parts that get a leftover unit), and is finally scaled to cents in place.
        var shares = [Money](repeating: .zero, count: weights.count)
        // Remainders are fractions of `totalWeight`; with equal denominators they compare
        // as integers. Most splits fit 64 bits, which is several times faster, and their
        // remainders live on the stack.
        let fits = totalWeight <= Int128(Int64.max)
            && weights.allSatisfy { !units.multipliedReportingOverflow(by: $0.millionths).overflow }
        if fits {
            let divisor = Int64(totalWeight)
            withUnsafeTemporaryAllocation(of: Int64.self, capacity: weights.count) { remainders in
                var distributed: Int64 = 0
                for (index, weight) in weights.enumerated() {
                    let (quotient, remainder) = (units * weight.millionths).quotientAndRemainder(dividingBy: divisor)
                    shares[index] = Money(cents: quotient)
                    remainders.initializeElement(at: index, to: remainder)
                    distributed += quotient
                }
                Allocation.giveLeftover(units - distributed, remainders: UnsafeBufferPointer(remainders), weights: weights, to: &shares)
            }
        } else {
            var remainders = [Int128](repeating: 0, count: weights.count)
            var distributed: Int64 = 0
            for (index, weight) in weights.enumerated() {
                let product = Int128(units) * Int128(weight.millionths)
                let quotient = product / totalWeight
                shares[index] = Money(cents: Int64(quotient))
                remainders[index] = product - quotient * totalWeight
                distributed += Int64(quotient)
            }
            Allocation.giveLeftover(units - distributed, remainders: remainders, weights: weights, to: &shares)
        }
        let step = total.isNegative ? -unit.cents : unit.cents
        for index in shares.indices { shares[index] = Money(cents: shares[index].cents * step) }
        return shares
    }

    /// Gives the `leftover` units one each: largest remainder first, then the larger
    /// weight, then the earlier listed.
    private static func giveLeftover<Remainders: RandomAccessCollection>(
        _ leftover: Int64, remainders: Remainders, weights: [Quantity], to shares: inout [Money]
    ) where Remainders.Element: Comparable, Remainders.Index == Int {
        guard leftover > 0 else { return }
        func precedes(_ a: Int, _ b: Int) -> Bool { Allocation.precedes(a, b, remainders: remainders, weights: weights) }
        if leftover <= 8 {
            // A few units: pick the best part not yet served each time (no sort, no
            // allocation); `served` follows the order, so a part is served once.
            var last = -1
            for _ in 0..<leftover {
                var best = -1
                for index in weights.indices where (last < 0 || precedes(last, index)) && (best < 0 || precedes(index, best)) {
                    best = index
                }
                shares[best] = Money(cents: shares[best].cents + 1)
                last = best
            }
        } else {
            for index in weights.indices.sorted(by: precedes).prefix(Int(leftover)) { shares[index] = Money(cents: shares[index].cents + 1) }
        }
    }

    /// The order in which parts receive leftover units: the larger remainder first, then
    /// the larger weight, then the earlier listed. The one definition of the tie rule.
    static func precedes<Remainders: RandomAccessCollection>(
        _ a: Int, _ b: Int, remainders: Remainders, weights: [Quantity]
    ) -> Bool where Remainders.Element: Comparable, Remainders.Index == Int {
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
        try Allocation(splitting: total, by: weights, unit: unit).parts
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
