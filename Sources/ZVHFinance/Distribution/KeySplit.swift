/// An amount split over participants by a key, with everything needed to explain it.
public struct KeySplit: Hashable, Sendable {
    /// The key used.
    public var key: DistributionKey
    /// The participants, in order.
    public var participants: [String]
    /// The fixed amount each participant pays before the rest is split (zero for
    /// keys without a fixed part).
    public var fixedAmount: Money
    /// The split of the amount after the fixed parts, by the key's weights.
    public var allocation: Allocation
    /// Each participant's part: fixed amount plus its share of the rest; with
    /// ``roundingDifference`` the parts add up to the amount split.
    public var parts: [Money]
    /// For a mixed key: the split of each part by its own key (the `allocation` then
    /// splits the amount over the parts by their percentages).
    public var components: [KeySplit] = []
    /// How each share of `allocation` came about, recorded when the split was made.
    public var derivations: [ShareDerivation]
    /// For a phased key: the blend of the old and the new key in this year, with its
    /// caps (the `allocation` then weighs the amount over the two keys).
    public var phaseIn: PhaseInDerivation?

    /// Creates a split, recording the derivation of each share.
    init(key: DistributionKey, participants: [String], fixedAmount: Money, allocation: Allocation, parts: [Money], components: [KeySplit] = []) {
        self.key = key
        self.participants = participants
        self.fixedAmount = fixedAmount
        self.allocation = allocation
        self.parts = parts
        self.components = components
        self.derivations = allocation.derivations
    }

    /// The afronding line: what the parts miss of the amount split (zero by the largest
    /// remainder; per municipality the difference left by rounding each share on its
    /// own, for a mix summed over its parts).
    public var roundingDifference: Money {
        components.isEmpty || phaseIn != nil ? allocation.roundingDifference : components.map(\.roundingDifference).sum()
    }

    /// The method the shares were rounded by (for a mix: that of its parts' splits).
    public var method: AllocationMethod { components.first?.method ?? allocation.method }

    /// The weight of each participant as used in the split; for a mixed key the
    /// participant's resulting part (so its share is part / total).
    public var weights: [Quantity] { components.isEmpty ? allocation.weights : parts.map { Quantity($0) } }

    /// The sum of the weights, in millionths.
    public var totalWeightMillionths: Int128 {
        components.isEmpty ? allocation.totalWeightMillionths : weights.reduce(Int128(0)) { $0 + Int128($1.millionths) }
    }
}

extension DistributionKey {
    /// The key's weights for the given participants, in their order.
    ///
    /// - Parameters:
    ///   - participants: the members who share in the amount.
    ///   - members: all members of the organisation (a key may name members outside
    ///     `participants`; naming a non-member is an error).
    /// - Throws: ``ContributionError`` when a participant has no weight, or the key
    ///   names a non-member.
    public func weights(for participants: [Municipality], members: [Municipality]) throws(ContributionError) -> [Quantity] {
        let entries = kind.entries
        if let weights = Self.weightsInMemberOrder(entries, for: participants, members: members) { return weights }
        // A key by the members' inhabitants lists no entries: nothing to look up.
        let memberNames = entries.isEmpty ? [] : Set(members.map(\.name))
        for entry in entries where !memberNames.contains(entry.municipality) {
            throw .keyNamesNonMember(name: entry.municipality, key: name, origin: entry.origin)
        }
        // No entries (a key by the members' inhabitants): nothing to hash.
        let byName = entries.isEmpty ? nil : Dictionary(entries.map { ($0.municipality, $0.value) }, uniquingKeysWith: { first, _ in first })
        var weights: [Quantity] = []
        weights.reserveCapacity(participants.count)
        for participant in participants {
            if let value = byName?[participant.name] {
                weights.append(value)
                continue
            }
            switch kind.unlistedMemberWeight {
            case .inhabitants:
                guard let inhabitants = participant.inhabitants else {
                    throw .missingInhabitants(municipality: participant.name, key: name, origin: origin)
                }
                weights.append(Quantity(inhabitants.count))
            case .equal:
                weights.append(Quantity(1))
            case .missing:
                throw .municipalityMissingFromKey(municipality: participant.name, key: name, origin: origin)
            }
        }
        return weights
    }

    /// The usual case without a set or a dictionary of names: the key lists every
    /// member once, in the members' order, and the participants follow that order; then
    /// each participant's weight is the next matching entry. Nil when the key is
    /// listed otherwise (then the names are looked up).
    private static func weightsInMemberOrder(_ entries: [KeyEntry], for participants: [Municipality], members: [Municipality]) -> [Quantity]? {
        guard !entries.isEmpty, entries.count == members.count else { return nil }
        for index in entries.indices where entries[index].municipality != members[index].name { return nil }
        var weights: [Quantity] = []
        weights.reserveCapacity(participants.count)
        var position = 0
        for participant in participants {
            while position < entries.count, entries[position].municipality != participant.name { position += 1 }
            guard position < entries.count else { return nil }
            weights.append(entries[position].value)
            position += 1
        }
        return weights
    }

    /// Splits an amount over participants by this key.
    ///
    /// An amount that is not a whole number of `unit` (an indexed budget has cents) is
    /// split in cents instead, so that the parts still add up to it exactly. A mixed key
    /// splits the amount over its parts by the largest remainder (the parts are not
    /// members) and each part over the participants by `method`.
    ///
    /// - Parameters:
    ///   - total: the amount to split; a negative amount is split symmetrically.
    ///   - participants: who shares in it, in report order.
    ///   - members: all members of the organisation.
    ///   - unit: the unit every part is a whole number of.
    ///   - keys: the other keys, for a mixed or a phased key.
    ///   - method: how the shares are brought to whole units (a phased key always
    ///     blends largest-remainder splits, so that each year's parts add up).
    ///   - year: the year split for (a phased key's step); nil: a phased key's first year.
    /// - Throws: ``ContributionError`` for missing weights or an impossible split.
    public func split(
        _ total: Money, over participants: [Municipality], members: [Municipality], unit: RoundingUnit, keys: [DistributionKey] = [],
        method: AllocationMethod = .largestRemainder, year: Int? = nil
    ) throws(ContributionError) -> KeySplit {
        let unit = total.isMultiple(of: unit) ? unit : .cent
        switch kind {
        case .mix(let mixParts):
            return try splitMix(total, parts: mixParts, over: participants, members: members, unit: unit, keys: keys, method: method, year: year)
        case .phased(let phaseIn):
            return try splitPhased(total, phaseIn: phaseIn, over: participants, members: members, unit: unit, keys: keys, year: year)
        case .weights, .percentages, .inhabitants, .cases, .fixedAmountPlusInhabitants, .equalParts:
            break
        }
        let weights = try weights(for: participants, members: members)
        var fixedAmount = Money.zero
        var fixedTotal = Money.zero
        if case .fixedAmountPlusInhabitants(let amount, _) = kind {
            fixedAmount = total.isNegative ? -amount : amount
            let (product, overflow) = amount.cents.multipliedReportingOverflow(by: Int64(participants.count))
            guard !overflow, product <= total.magnitude.cents else {
                throw .fixedAmountsExceedTotal(key: name, fixedTotal: overflow ? Money.largestFileSum : Money(cents: product), total: total, origin: origin)
            }
            fixedTotal = total.isNegative ? Money(cents: -product) : Money(cents: product)
        }
        let rest = total - fixedTotal
        let allocation: Allocation
        do {
            allocation = try Allocation(splitting: rest, by: weights, unit: unit, method: method)
        } catch {
            throw .allocationFailed(error, key: name, origin: origin)
        }
        return KeySplit(
            key: self, participants: participants.map(\.name), fixedAmount: fixedAmount, allocation: allocation,
            parts: fixedAmount.isZero ? allocation.parts : allocation.parts.map { $0 + fixedAmount })
    }

    private func splitMix(
        _ total: Money, parts: [MixPart], over participants: [Municipality], members: [Municipality], unit: RoundingUnit,
        keys: [DistributionKey], method: AllocationMethod, year: Int?
    ) throws(ContributionError) -> KeySplit {
        let byPart: Allocation
        do {
            byPart = try Allocation(splitting: total, by: parts.map(\.percentage), unit: unit)
        } catch {
            throw .allocationFailed(error, key: name, origin: origin)
        }
        var components: [KeySplit] = []
        for (part, amount) in zip(parts, byPart.parts) {
            guard let key = keys.first(where: { $0.name == part.keyName }) else {
                throw .unknownKey(name: part.keyName, origin: origin)
            }
            switch key.kind {
            case .mix: throw .nestedMix(key: name, origin: origin)
            case .phased, .weights, .percentages, .inhabitants, .cases, .fixedAmountPlusInhabitants, .equalParts: break
            }
            components.append(try key.split(amount, over: participants, members: members, unit: unit, keys: keys, method: method, year: year))
        }
        let sums = participants.indices.map { index in components.map { $0.parts[index] }.sum() }
        return KeySplit(key: self, participants: participants.map(\.name), fixedAmount: .zero, allocation: byPart, parts: sums, components: components)
    }
}
