/// How one part of an ``Allocation`` came about: the method, its exact share, the share
/// rounded toward zero, and — by the largest remainder — whether (and in which turn) it
/// received one of the leftover units; per municipality the part is the exact share
/// rounded on its own, a half away from zero.
///
/// Explanations render this record; none of them recomputes or re-rounds a share.
public struct ShareDerivation: Hashable, Sendable {
    /// The method the split used.
    public var method: AllocationMethod
    /// The part's weight.
    public var weight: Quantity
    /// The exact share `total × weight / Σweights`.
    public var exact: ExactAmount
    /// The exact share rounded toward zero to the unit.
    public var truncated: Money
    /// The part: by the largest remainder `truncated`, plus one unit when it received a
    /// leftover unit; per municipality the exact share rounded a half away from zero.
    public var part: Money
    /// Whether the part received one of the leftover units (never per municipality).
    public var receivedLeftoverUnit: Bool
    /// The part's turn (1 = first) in the order the leftover units are handed out:
    /// by remainder, then weight, then listing order. Parts with a turn up to
    /// ``Allocation/leftoverUnits`` received one. Zero per municipality (no turns).
    public var turn: Int

    /// What was dropped when rounding toward zero: `exact − truncated`, in the sign of
    /// the total.
    public var remainder: ExactAmount { exact.subtracting(truncated) }
}

extension Allocation {
    /// The number of units handed out one each to the largest remainders (zero per
    /// municipality, where nothing is handed out).
    public var leftoverUnits: Int64 {
        if method == .perMunicipality { return 0 }
        let units = Int128(total.cents.magnitude / UInt64(unit.cents))
        let truncatedSum = weights.reduce(Int128(0)) { $0 + units * Int128($1.millionths) / totalWeightMillionths }
        return Int64(units - truncatedSum)
    }

    /// The derivation of every part, in the order of `weights`.
    ///
    /// Uses the same arithmetic and tie rule as the split itself, and agrees with
    /// ``parts`` by construction (checked). Made for every split (a ``KeySplit`` records
    /// it), so made without a temporary array: the truncated shares and remainders on
    /// the stack, divided in 64 bits where the products fit (as the split does).
    /// - Complexity: O(n log n) for n parts (O(n²) comparisons up to 64 parts).
    public var derivations: [ShareDerivation] {
        let count = weights.count
        let units = Int128(total.cents.magnitude / UInt64(unit.cents))
        let sign: Int128 = total.isNegative ? -1 : 1
        let unitCents = Int128(unit.cents)
        let divisor = totalWeightMillionths
        let isWordSized = divisor <= Int128(UInt64.max)
        return withUnsafeTemporaryAllocation(of: Int128.self, capacity: 2 * count) { scratch in
            let truncatedUnits = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            let remainders = UnsafeMutableBufferPointer(rebasing: scratch[count..<2 * count])
            var truncatedSum: Int128 = 0
            for index in 0..<count {
                let product = units * Int128(weights[index].millionths)
                let quotient: Int128
                if isWordSized, product <= Int128(UInt64.max) {
                    quotient = Int128(UInt64(product) / UInt64(divisor))
                } else {
                    quotient = product / divisor
                }
                truncatedUnits[index] = quotient
                remainders[index] = product - quotient * divisor
                truncatedSum += quotient
            }
            let leftover: Int
            switch method {
            case .largestRemainder: leftover = Int(units - truncatedSum)
            case .perMunicipality: leftover = 0
            }
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { turns in
                switch method {
                case .largestRemainder:
                    Self.rank(remainders: UnsafeBufferPointer(remainders), weights: weights, into: turns)
                case .perMunicipality:
                    // Each part is its own rounding: nothing is handed out in turns.
                    turns.initialize(repeating: 0)
                }
                return (0..<count).map { index in
                    let truncated = Money(cents: Int64(sign * truncatedUnits[index] * unitCents))
                    let received = turns[index] > 0 && turns[index] <= leftover
                    if method == .largestRemainder {
                        precondition(parts[index] == truncated + (received ? Money(cents: Int64(sign * unitCents)) : .zero), "derivation disagrees with the split")
                    }
                    return ShareDerivation(
                        method: method, weight: weights[index],
                        exact: ExactAmount(numeratorCents: Int128(total.cents) * Int128(weights[index].millionths), denominator: divisor),
                        truncated: truncated, part: parts[index], receivedLeftoverUnit: received, turn: turns[index])
                }
            }
        }
    }

    /// Each part's turn (1 = first) in ``precedes(_:_:remainders:weights:)`` order.
    private static func rank(remainders: UnsafeBufferPointer<Int128>, weights: [Quantity], into turns: UnsafeMutableBufferPointer<Int>) {
        withLeftoverOrder(remainders: remainders, weights: weights) { order in
            for position in order.indices { turns.initializeElement(at: order[position], to: position + 1) }
        }
    }
}
