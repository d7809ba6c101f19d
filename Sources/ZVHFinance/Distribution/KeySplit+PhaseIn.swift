/// How a phased key split one amount in one year (the splits by the old and by the new
/// key are the split's two ``KeySplit/components``): the weight of the new key, each member's exact share, its cap and the excess
/// the others carried — recorded when the split was made, for every view to render.
public struct PhaseInDerivation: Hashable, Sendable {
    /// The phase-in.
    public var phaseIn: PhaseIn
    /// The year split for, and its step k (1 in the first year).
    public var year: Int
    /// The step k.
    public var step: Int
    /// The weight of the new key, k/N with k between 0 and N.
    public var newKeyNumerator: Int
    /// N.
    public var newKeyDenominator: Int
    /// Per participant: what it may pay more than under the old key this year (nil
    /// without a cap).
    public var allowances: [ExactAmount?]
    /// Per participant: whether the cap limited it.
    public var isCapped: [Bool]
    /// Per participant: the exact blend (N − k)/N × A + k/N × B before any cap.
    public var blend: [ExactAmount]
    /// Per participant: the exact share after the cap and the excess, before rounding.
    public var exact: [ExactAmount]
    /// What the members not capped carry together beyond their blend (by the new key):
    /// what the capped members would have paid beyond their caps.
    public var excess: ExactAmount
}

extension DistributionKey {
    /// Splits an amount by a phased key in a year: the blend of the two keys' splits of
    /// the same amount, (N − k)/N × A + k/N × B, capped, rounded once by the largest
    /// remainder. Each key's split normalises its own shares, so the blend sums to the
    /// amount exactly; the step from the old key is exactly k/N of the full step before
    /// the one rounding, so each member's difference from its part by the old key lies
    /// within one unit of k/N of its full difference.
    ///
    /// A cap: a member pays in step k at most k × the cap more than by the old key; the
    /// capped members' excess goes to the others in proportion to their parts by the new
    /// key, and a member that would thereby pass its own cap is capped too.
    /// A negative amount is split as the negation of the split of its magnitude (the
    /// cap then limits what a member receives less).
    ///
    /// - Throws: ``ContributionError`` for an unknown or nested key, a member without
    ///   inhabitants under a per-inhabitant cap, or caps no member can carry.
    /// - Complexity: O(n log n) for n participants.
    func splitPhased(
        _ total: Money, phaseIn: PhaseIn, over participants: [Municipality], members: [Municipality], unit: RoundingUnit,
        keys: [DistributionKey], year: Int?
    ) throws(ContributionError) -> KeySplit {
        let year = year ?? phaseIn.firstYear
        func endpoint(_ name: String) throws(ContributionError) -> DistributionKey {
            guard let key = keys.first(where: { $0.name == name }) else { throw .unknownKey(name: name, origin: origin) }
            if case .phased = key.kind { throw .nestedPhaseIn(key: self.name, origin: origin) }
            return key
        }
        let old = try endpoint(phaseIn.fromKey).split(total, over: participants, members: members, unit: unit, keys: keys, year: year)
        let new = try endpoint(phaseIn.toKey).split(total, over: participants, members: members, unit: unit, keys: keys, year: year)
        let weight = phaseIn.newKeyWeight(in: year)
        let n = Int128(weight.denominator)
        let m = Int128(weight.numerator)
        // The blend and the caps work on magnitudes; a negative amount is mirrored at the end.
        let sign: Int128 = total.isNegative ? -1 : 1
        let oldParts = old.parts.map { sign * Int128($0.cents) }
        let newParts = new.parts.map { sign * Int128($0.cents) }
        let magnitude = sign * Int128(total.cents)
        let blend = participants.indices.map { (n - m) * oldParts[$0] + m * newParts[$0] }
        var numerators = blend
        var denominator = n
        var allowances: [ExactAmount?] = Array(repeating: nil, count: participants.count)
        var isCapped = Array(repeating: false, count: participants.count)
        var excess: Int128 = 0
        if let cap = phaseIn.cap, phaseIn.step(in: year) > 0 {
            var headroom: [Int128] = []
            for (index, participant) in participants.enumerated() {
                guard let allowance = cap.allowanceCents(steps: phaseIn.step(in: year), inhabitants: participant.inhabitants?.count) else {
                    throw .missingInhabitants(municipality: participant.name, key: name, origin: origin)
                }
                // An allowance beyond the amount never binds; keeping it there bounds the products below.
                let bounded = min(allowance, magnitude)
                allowances[index] = ExactAmount(numeratorCents: bounded, denominator: 1)
                headroom.append((oldParts[index] + bounded) * n - blend[index])
            }
            var spread: Int128 = 0
            var open: [Int] = []
            for index in participants.indices {
                if headroom[index] < 0 {
                    isCapped[index] = true
                    excess -= headroom[index]
                } else {
                    open.append(index)
                    spread += newParts[index]
                }
            }
            // Water-filling: the open members by headroom per euro of the new key, the
            // tightest first; a member is capped while its share of the excess passes it.
            open.sort { a, b in
                let weightA = newParts[a], weightB = newParts[b]
                if weightA == 0 || weightB == 0 { return weightB == 0 && weightA != 0 }
                return headroom[a] * weightB < headroom[b] * weightA
            }
            var remaining = excess
            for index in open {
                let weight = newParts[index]
                guard remaining > 0, weight > 0, headroom[index] * spread < remaining * weight else { break }
                isCapped[index] = true
                remaining -= headroom[index]
                spread -= weight
            }
            guard remaining == 0 || spread > 0 else { throw .phaseInCapUnreachable(key: name, origin: origin) }
            excess = remaining
            let scale = spread > 0 ? spread : 1
            denominator = n * scale
            numerators = participants.indices.map { index in
                if isCapped[index] { return (blend[index] + headroom[index]) * scale }
                return blend[index] * scale + (spread > 0 ? remaining * newParts[index] : 0)
            }
        }
        let parts = Allocation.roundedParts(numerators: numerators, denominator: denominator, total: total.magnitude, unit: unit).map { total.isNegative ? -$0 : $0 }
        let byKey: Allocation
        do {
            byKey = try Allocation(splitting: total, by: [Quantity(Int64(n - m)), Quantity(Int64(m))], unit: unit)
        } catch {
            throw .allocationFailed(error, key: name, origin: origin)
        }
        var split = KeySplit(key: self, participants: participants.map(\.name), fixedAmount: .zero, allocation: byKey, parts: parts, components: [old, new])
        split.phaseIn = PhaseInDerivation(
            phaseIn: phaseIn, year: year, step: phaseIn.step(in: year), newKeyNumerator: weight.numerator, newKeyDenominator: weight.denominator,
            allowances: allowances, isCapped: isCapped,
            blend: blend.map { ExactAmount(numeratorCents: sign * $0, denominator: n) },
            exact: numerators.map { ExactAmount(numeratorCents: sign * $0, denominator: denominator) },
            excess: ExactAmount(numeratorCents: sign * excess, denominator: n))
        return split
    }
}

extension KeySplit {
    /// For a phased key: the split of the same amount by the old key (A).
    public var phaseInOld: KeySplit? { phaseIn == nil ? nil : components.first }
    /// For a phased key: the split of the same amount by the new key (B).
    public var phaseInNew: KeySplit? { phaseIn == nil ? nil : components.last }
    /// For a phased key: per participant its part minus its part by the old key (A);
    /// nil for a key that is not phased.
    public var phaseInChanges: [Money]? { phaseInOld.map { old in zip(parts, old.parts).map { $0 - $1 } } }
}
