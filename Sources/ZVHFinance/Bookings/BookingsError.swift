import Foundation

/// Why `zvh boekingen` cannot assign an export: a rules or budget problem (with the
/// rules file's place), or an export problem (with the CSV's line and column).
public enum BookingsError: Error, Equatable, Sendable, LocalizedError {
    /// The rules file (or a file that cannot be read).
    case file(BudgetFileError)
    /// The export.
    case export(CSVFileError)

    /// Whether a file could not be read at all (exit 66) rather than read and found wrong (65).
    public var isUnreadable: Bool {
        if case .file(let error) = self { return error.isUnreadable }
        return false
    }

    /// `bestand:regel:kolom: fout: melding`.
    public var errorDescription: String? {
        switch self {
        case .file(let error): error.errorDescription
        case .export(let error): error.errorDescription
        }
    }
}
