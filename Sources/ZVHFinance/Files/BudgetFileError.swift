import Foundation

/// Why a budget file cannot be read. Every case names the file and, where it can,
/// the place (line and column, and the field path).
public enum BudgetFileError: Error, Equatable, Sendable, LocalizedError {
    /// The file cannot be opened or read (missing, a directory, no permission, too large).
    case unreadable(file: String, reason: String)
    /// The file is not valid JSON.
    case malformedJSON(file: String, location: SourceLocation, message: String)
    /// A key that the format does not know, with the closest known key if any.
    case unknownKey(file: String, key: String, at: FieldLocation?, suggestion: String?)
    /// A required key is missing from an object.
    case missingKey(file: String, key: String, at: FieldLocation?)
    /// A value of the wrong JSON type.
    case wrongType(file: String, at: FieldLocation?, expected: String, found: String)
    /// A value of the right type that is not acceptable.
    case invalidValue(file: String, at: FieldLocation?, message: String)
    /// The file reads, but its members' contributions cannot be computed.
    case contribution(file: String, ContributionError)

    /// The file concerned.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .malformedJSON(let file, _, _), .unknownKey(let file, _, _, _),
            .missingKey(let file, _, _), .wrongType(let file, _, _, _), .invalidValue(let file, _, _), .contribution(let file, _):
            file
        }
    }

    /// The line and column, when known.
    public var location: SourceLocation? {
        switch self {
        case .unreadable: nil
        case .malformedJSON(_, let location, _): location
        case .unknownKey(_, _, let at, _), .missingKey(_, _, let at), .wrongType(_, let at, _, _), .invalidValue(_, let at, _):
            at?.location
        case .contribution(_, let error): error.origin?.location
        }
    }

    /// Whether the file could not be read at all (exit 66) rather than read and
    /// found wrong (exit 65).
    public var isUnreadable: Bool {
        if case .unreadable = self { return true }
        return false
    }

    /// What is wrong, without the file and place.
    public var message: String {
        switch self {
        case .unreadable(_, let reason):
            return reason
        case .malformedJSON(_, _, let message):
            return "ongeldige JSON: \(message)"
        case .unknownKey(_, let key, let at, let suggestion):
            let hint = Spelling.hint(suggestion)
            return "onbekende sleutel \"\(key)\" \(Self.within(at))\(hint)"
        case .missingKey(_, let key, let at):
            return "de verplichte sleutel \"\(key)\" ontbreekt \(Self.within(at))"
        case .wrongType(_, let at, let expected, let found):
            return "'\(at?.path ?? "")' moet \(expected) zijn, maar is \(found)"
        case .invalidValue(_, let at, let message):
            guard let path = at?.path, !path.isEmpty else { return message }
            return "'\(path)': \(message)"
        case .contribution(_, let error):
            let path = error.origin?.path ?? ""
            return (path.isEmpty ? "" : "'\(path)': ") + (error.errorDescription ?? "bijdragen niet te berekenen")
        }
    }

    /// Where in the file a key is or is missing: "in 'pad'", or "op het hoogste
    /// niveau" for the top of the file (or no place).
    static func within(_ at: FieldLocation?) -> String {
        guard let path = at?.path, !path.isEmpty else { return "op het hoogste niveau" }
        return "in '\(path)'"
    }

    /// The diagnostic line: `bestand:regel:kolom: fout: melding`.
    public var errorDescription: String? {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): fout: \(message)"
    }
}
