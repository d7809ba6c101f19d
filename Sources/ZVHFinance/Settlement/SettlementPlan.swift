/// What a new begroting settles of a closed year, decided against the settlement ledger:
/// the whole result when no begroting settled it yet, or — as a nacalculatie — only the
/// difference between the result and what earlier begrotingen settled. A year is never
/// settled twice.
public struct SettlementPlan: Sendable {
    /// The settlement to put in the begroting.
    public var settlement: Settlement
    /// The key its components name, to be added to the begroting when it lacks it.
    public var key: DistributionKey
    /// Whether the key must be written along (derived, or not among the begroting's keys).
    public var addsKey: Bool
    /// How the settlement was decided, in words (for the begroting's `opmerkingen`).
    public var note: String
    /// The reserves of the jaarrekening the settlement's reserve parts name, to be added
    /// to the begroting when it lacks them.
    public var reserves: [Reserve] {
        let names = Set(settlement.reserveParts.map(\.reserve))
        return reserveDefinitions.filter { names.contains($0.name) }
    }
    /// The jaarrekening's reserves.
    var reserveDefinitions: [Reserve] = []

    /// Decides what a begroting settles of the year a derivation covers.
    /// - Parameters:
    ///   - derivation: the settlement derived from the year's jaarrekening.
    ///   - ledgerYear: the year in the organisation's ledger (nil: nothing settled yet).
    ///   - isNacalculatie: settle only what remains after earlier begrotingen.
    ///   - keys: the keys the new begroting has.
    /// - Throws: ``SettlementPlanError`` when the year is settled already (without
    ///   `isNacalculatie`), or when a nacalculatie finds nothing settled or nothing left.
    public init(_ derivation: SettlementDerivation, ledgerYear: SettlementLedger.ResultYear?, isNacalculatie: Bool, keys: [DistributionKey]) throws(SettlementPlanError) {
        let year = derivation.budget.period.year
        reserveDefinitions = derivation.budget.reserves
        let settlings = ledgerYear?.settlings ?? []
        let status = SettlementLedger.ResultStatus(column: derivation.realisationColumn)
        guard isNacalculatie else {
            guard settlings.isEmpty else { throw .alreadySettled(year: year, settlings: settlings, file: derivation.budget.file) }
            settlement = derivation.settlement
            key = derivation.key
            addsKey = derivation.keyIsDerived || !keys.contains { $0.name == derivation.key.name }
            note = "Verrekening \(year) afgeleid met 'zvh verrekening' uit \(derivation.budget.file): resultaat \(derivation.result.resultNotation) (\(status.rawValue)), verrekend \(derivation.settlement.total.dutch())"
                + Self.adoptionNote(derivation) + "."
            return
        }
        guard !settlings.isEmpty else { throw .nothingSettledYet(year: year) }
        let settled = settlings.map(\.amount).sum()
        // What the members settle is the result less what the adopted resultaatbestemming gives to reserves.
        let remaining = -derivation.settledResult - settled
        let reserveParts = Self.remainingReserveParts(derivation, settlings: settlings)
        guard !remaining.isZero || !reserveParts.isEmpty else { throw .nothingRemains(year: year, settlings: settlings) }
        // The key the earlier settlement used, when it used one that the begroting has; else the year's own.
        let earlierKeys = Set(settlings.flatMap(\.keyNames))
        if earlierKeys.count == 1, let name = earlierKeys.first, let earlier = keys.first(where: { $0.name == name }) {
            key = earlier
            addsKey = false
        } else {
            key = derivation.key
            addsKey = derivation.keyIsDerived || !keys.contains { $0.name == derivation.key.name }
        }
        let earlierText = settlings.map { "\($0.title) \($0.amount.signedDutch)" }.joined(separator: ", ")
        let reserved = derivation.unsettledResult.isZero ? "" : " (resultaat min \(derivation.unsettledResult.dutch()) naar reserves)"
        let explanation = "nacalculatie: resultaat \(year) \(derivation.result.resultNotation) (\(status.rawValue), \(derivation.budget.file)) vraagt \((-derivation.settledResult).signedDutch)\(reserved); al verrekend in \(earlierText); verschil \(remaining.signedDutch)"
        var settlement = Settlement(
            settledYear: year, description: "Nacalculatie \(year)",
            components: remaining.isZero ? [] : [SettlementComponent(name: "nacalculatie \(year)", amount: remaining, keyName: key.name, explanation: explanation)])
        settlement.reserveParts = reserveParts
        self.settlement = settlement
        note = "Nacalculatie \(year): \(explanation); verdeeld naar de sleutel '\(key.name)'" + (addsKey ? " (van dat jaar)" : " (dezelfde als de eerdere verrekening)")
            + Self.adoptionNote(derivation) + "."
    }

    /// What the adopted resultaatbestemming still gives to each reserve after the
    /// earlier begrotingen' parts, in the derivation's reserve order (a reserve an
    /// earlier begroting gave more than decided gets the difference back).
    static func remainingReserveParts(_ derivation: SettlementDerivation, settlings: [SettlementLedger.Settling]) -> [SettlementReservePart] {
        let year = derivation.budget.period.year
        let decided = derivation.settlement.reserveParts
        let earlier = settlings.flatMap(\.settlement.reserveParts)
        var names: [String] = []
        for part in decided + earlier where !names.contains(part.reserve) { names.append(part.reserve) }
        return names.compactMap { name in
            let amount = decided.filter { $0.reserve == name }.map(\.amount).sum() - earlier.filter { $0.reserve == name }.map(\.amount).sum()
            guard !amount.isZero else { return nil }
            return SettlementReservePart(
                name: "nacalculatie \(year)", reserve: name, amount: amount, explanation: derivation.adoption?.dutchDescription)
        }
    }

    /// "; volgt de vastgestelde resultaatbestemming (…): naar reserve 31265 97.800" or "".
    static func adoptionNote(_ derivation: SettlementDerivation) -> String {
        guard let adoption = derivation.adoption else { return "" }
        let parts = derivation.settlement.reserveParts.map { "\($0.name) naar reserve \($0.reserve) \($0.amount.dutch())" }
        return "; volgt de \(adoption.dutchDescription)" + (parts.isEmpty ? ": niets naar reserves" : ": " + parts.joined(separator: ", ") + ", niet met de gemeenten verrekend")
    }
}

/// Why a begroting cannot settle a year as asked.
public enum SettlementPlanError: Error, Equatable, Sendable {
    /// Earlier begrotingen settle the year already.
    case alreadySettled(year: Int, settlings: [SettlementLedger.Settling], file: String)
    /// A nacalculatie was asked for a year no begroting settled yet.
    case nothingSettledYet(year: Int)
    /// A nacalculatie was asked for a year settled exactly already.
    case nothingRemains(year: Int, settlings: [SettlementLedger.Settling])

    /// The message, in Dutch.
    public var message: String {
        switch self {
        case .alreadySettled(let year, let settlings, let file):
            "\(year) is al verrekend in \(Self.describe(settlings)); een jaar wordt maar één keer verrekend. Verreken alleen het verschil met het resultaat uit \(file) met --nacalculatie"
        case .nothingSettledYet(let year):
            "--nacalculatie: \(year) is nog in geen enkele gelezen begroting verrekend; laat --nacalculatie weg om het hele resultaat te verrekenen"
        case .nothingRemains(let year, let settlings):
            "--nacalculatie: \(year) is al precies verrekend in \(Self.describe(settlings)); er is niets na te calculeren"
        }
    }

    static func describe(_ settlings: [SettlementLedger.Settling]) -> String {
        settlings.map { "\($0.title) (\($0.file), \($0.amount.signedDutch))" }.joined(separator: " en ")
    }
}
