import Foundation

/// Why the members' contributions of a budget cannot be computed.
public enum ContributionError: Error, Equatable, Sendable, LocalizedError {
    /// A rule or component refers to a key the file does not define.
    case unknownKey(name: String, origin: FieldLocation?)
    /// A key has no entry for a member that has to pay.
    case municipalityMissingFromKey(municipality: String, key: String, origin: FieldLocation?)
    /// A key names someone who is not a member of the organisation.
    case keyNamesNonMember(name: String, key: String, origin: FieldLocation?)
    /// An inhabitants key needs a member's inhabitants, which the file does not give.
    case missingInhabitants(municipality: String, key: String, origin: FieldLocation?)
    /// The weights of a key cannot split the amount.
    case allocationFailed(AllocationError, key: String, origin: FieldLocation?)
    /// Every participant of a theme has weight 0 in the theme's key.
    case themeWeightsZero(theme: String, key: String, participants: [String], origin: FieldLocation?)
    /// The fixed amounts of a key exceed the amount to split.
    case fixedAmountsExceedTotal(key: String, fixedTotal: Money, total: Money, origin: FieldLocation?)
    /// A contribution line names someone who is not a member.
    case lineNamesNonMember(name: String, origin: FieldLocation?)
    /// A rule refers to a column the file does not define.
    case unknownColumn(name: String, origin: FieldLocation?)
    /// Costs or income outside the themes, but no key for them.
    case missingGeneralKey(origin: FieldLocation?)
    /// A mixed key refers to another mixed key.
    case nestedMix(key: String, origin: FieldLocation?)
    /// A phased key refers to another phased key.
    case nestedPhaseIn(key: String, origin: FieldLocation?)
    /// The caps of a phased key leave an excess no member can carry.
    case phaseInCapUnreachable(key: String, origin: FieldLocation?)

    /// Where the problem is in the file.
    public var origin: FieldLocation? {
        switch self {
        case .unknownKey(_, let origin), .municipalityMissingFromKey(_, _, let origin), .keyNamesNonMember(_, _, let origin),
            .missingInhabitants(_, _, let origin), .allocationFailed(_, _, let origin), .fixedAmountsExceedTotal(_, _, _, let origin),
            .themeWeightsZero(_, _, _, let origin),
            .lineNamesNonMember(_, let origin), .unknownColumn(_, let origin), .missingGeneralKey(let origin), .nestedMix(_, let origin),
            .nestedPhaseIn(_, let origin), .phaseInCapUnreachable(_, let origin):
            origin
        }
    }

    public var errorDescription: String? {
        switch self {
        case .unknownKey(let name, _):
            "de verdeelsleutel \"\(name)\" bestaat niet in dit bestand (zie 'verdeelsleutels')"
        case .municipalityMissingFromKey(let municipality, let key, _):
            "gemeente \(municipality) ontbreekt in verdeelsleutel \"\(key)\"; zonder gewicht kan haar aandeel niet berekend worden"
        case .keyNamesNonMember(let name, let key, _):
            "verdeelsleutel \"\(key)\" noemt \"\(name)\", maar dat is geen deelnemende gemeente (zie 'gemeenten')"
        case .missingInhabitants(let municipality, let key, _):
            "verdeelsleutel \"\(key)\" verdeelt naar inwoners, maar voor gemeente \(municipality) is geen aantal inwoners opgegeven"
        case .allocationFailed(let error, let key, _):
            "verdeelsleutel \"\(key)\": \(error.errorDescription ?? "verdelen mislukt")"
        case .themeWeightsZero(let theme, let key, let participants, _):
            "thema \"\(theme)\": alle deelnemers (\(participants.joined(separator: ", "))) hebben gewicht 0 in verdeelsleutel \"\(key)\"; de kosten van het thema kunnen over niemand verdeeld worden (geef minstens één deelnemer een gewicht groter dan 0)"
        case .fixedAmountsExceedTotal(let key, let fixedTotal, let total, _):
            "verdeelsleutel \"\(key)\": de vaste bedragen (samen \(fixedTotal.dutch())) zijn groter dan het te verdelen bedrag \(total.dutch())"
        case .lineNamesNonMember(let name, _):
            "de bijdrageregel noemt gemeente \"\(name)\", maar die staat niet bij 'gemeenten'"
        case .unknownColumn(let name, _):
            "de kolom \"\(name)\" bestaat niet in dit bestand (zie 'kolommen')"
        case .nestedMix(let key, _):
            "mix-sleutel \"\(key)\" verwijst naar een andere mix; een mix bestaat uit gewone sleutels"
        case .nestedPhaseIn(let key, _):
            "ingroeisleutel \"\(key)\" verwijst naar een andere ingroeisleutel; een ingroei gaat van een gewone sleutel naar een gewone sleutel"
        case .phaseInCapUnreachable(let key, _):
            "ingroeisleutel \"\(key)\": met dit plafond kan niemand het meerdere dragen (elke gemeente zit aan het plafond of heeft gewicht 0 in de nieuwe sleutel); verhoog het plafond"
        case .missingGeneralKey:
            "er zijn lasten of baten buiten de thema's, maar 'bijdragen' noemt geen 'sleutel' om ze te verdelen"
        }
    }
}
