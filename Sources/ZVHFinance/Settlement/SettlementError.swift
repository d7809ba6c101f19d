import Foundation

/// Why the settlement of a year cannot be derived from a file, or its options not applied.
public enum SettlementError: Error, Equatable, Sendable, LocalizedError {
    /// The file is a begroting, not a jaarrekening.
    case notAnAccount(file: String)
    /// The jaarrekening has no column of kind `begroot`.
    case noBudgetColumn(file: String)
    /// The jaarrekening has no column of kind `werkelijk` or `verwacht`.
    case noRealisationColumn(file: String)
    /// A component named on the command line does not exist.
    case unknownComponent(name: String, known: [String])
    /// A merge names fewer than two components.
    case mergeNeedsTwo(group: String)
    /// Only part of a merged component is to be left unsettled.
    case partlyUnsettledMerge(name: String, merged: String)
    /// The key named does not exist.
    case unknownKey(name: String, available: [String])
    /// There is no key for the year: no contribution rule and no contributions.
    case noYearKey(file: String, available: [String])
    /// A component cannot be split by the key.
    case split(file: String, ContributionError)
    /// The adopted resultaatbestemming does not fit the year's result (file, line, column).
    case appropriation(BudgetFileError)

    /// Whether the problem is in the command line (exit 64) rather than the data (65).
    public var isUsage: Bool {
        switch self {
        case .unknownComponent, .mergeNeedsTwo, .partlyUnsettledMerge, .unknownKey: true
        case .notAnAccount, .noBudgetColumn, .noRealisationColumn, .noYearKey, .split, .appropriation: false
        }
    }

    public var errorDescription: String? {
        switch self {
        case .notAnAccount(let file):
            "\(file): fout: een verrekening wordt afgeleid uit een jaarrekening (soort \"jaarrekening\"), dit is een begroting"
        case .noBudgetColumn(let file):
            "\(file): fout: de jaarrekening heeft geen kolom van soort \"begroot\" om de werkelijkheid mee te vergelijken"
        case .noRealisationColumn(let file):
            "\(file): fout: de jaarrekening heeft geen kolom van soort \"werkelijk\" of \"verwacht\""
        case .unknownComponent(let name, let known):
            "onbekende component '\(name)'\(Spelling.hint(for: name, among: known)); de componenten van dit jaar: \(known.joined(separator: ", "))"
        case .mergeNeedsTwo(let group):
            "--samenvoegen verwacht minstens twee componenten, gescheiden door komma's (bv. lasten,pok), niet '\(group)'"
        case .partlyUnsettledMerge(let name, let merged):
            "'\(name)' is samengevoegd tot '\(merged)'; laat de hele samengevoegde component onverrekend (--niet-verrekenen \(merged)) of voeg niet samen"
        case .unknownKey(let name, let available):
            "de verdeelsleutel '\(name)' bestaat niet\(Spelling.hint(for: name, among: available))"
                + (available.isEmpty ? "; er zijn geen sleutels (gebruik --sleutels-uit BESTAND voor de sleutels van een begroting)" : "; beschikbaar: \(available.joined(separator: ", "))")
        case .noYearKey(let file, _):
            "\(file): fout: geen sleutel voor dit jaar: de jaarrekening heeft geen bijdragen van gemeenten om als gewicht te gebruiken; noem een sleutel met --sleutel"
        case .split(let file, let error):
            "\(file): fout: de verrekening kan niet verdeeld worden: \(error.errorDescription ?? "")"
        case .appropriation(let error):
            error.errorDescription
        }
    }
}
