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
    /// ``parts`` by construction (checked).
    /// - Complexity: O(n log n) for n parts.
    public var derivations: [ShareDerivation] {
        let units = Int128(total.cents.magnitude / UInt64(unit.cents))
        let sign: Int128 = total.isNegative ? -1 : 1
        let unitCents = Int128(unit.cents)
        var truncatedUnits: [Int128] = []
        var remainders: [Int128] = []
        truncatedUnits.reserveCapacity(weights.count)
        remainders.reserveCapacity(weights.count)
        for weight in weights {
            let product = units * Int128(weight.millionths)
            let quotient = product / totalWeightMillionths
            truncatedUnits.append(quotient)
            remainders.append(product - quotient * totalWeightMillionths)
        }
        var turns = [Int](repeating: 0, count: weights.count)
        var leftover = 0
        switch method {
        case .largestRemainder:
            let order = weights.indices.sorted { Allocation.precedes($0, $1, remainders: remainders, weights: weights) }
            for (position, index) in order.enumerated() { turns[index] = position + 1 }
            leftover = Int(units - truncatedUnits.reduce(0, +))
        case .perMunicipality:
            // Each part is its own rounding: nothing is handed out in turns.
            return weights.indices.map { index in
                ShareDerivation(
                    method: method, weight: weights[index],
                    exact: ExactAmount(numeratorCents: Int128(total.cents) * Int128(weights[index].millionths), denominator: totalWeightMillionths),
                    truncated: Money(cents: Int64(sign * truncatedUnits[index] * unitCents)), part: parts[index],
                    receivedLeftoverUnit: false, turn: 0)
            }
        }
        return weights.indices.map { index in
            let truncated = Money(cents: Int64(sign * truncatedUnits[index] * unitCents))
            let received = turns[index] <= leftover
            let derivation = ShareDerivation(
                method: method, weight: weights[index],
                exact: ExactAmount(numeratorCents: Int128(total.cents) * Int128(weights[index].millionths), denominator: totalWeightMillionths),
                truncated: truncated, part: parts[index], receivedLeftoverUnit: received, turn: turns[index])
            precondition(parts[index] == truncated + (received ? Money(cents: Int64(sign * unitCents)) : .zero), "derivation disagrees with the split")
            return derivation
        }
    }
}
