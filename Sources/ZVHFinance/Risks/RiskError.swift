import Foundation

/// Why a budget's risks cannot be computed.
public enum RiskError: Error, Equatable, Sendable {
    /// A weerstandscapaciteit component names a line the budget does not have.
    case unknownLine(name: String, suggestion: String?, file: String, at: FieldLocation?)
}

extension RiskError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unknownLine(let name, let suggestion, _, _):
            "weerstandscapaciteit: de begroting heeft geen regel \"\(name)\"\(Spelling.hint(suggestion))"
        }
    }
}
