import Foundation

/// Why the books a command names cannot be read.
public enum BooksError: Error, Sendable {
    /// A path does not exist or a folder cannot be listed.
    case unlisted(BudgetFileError)
    /// Named files that cannot be read, every one.
    case unreadable([BudgetFileError])
    /// The paths hold no budget file.
    case nothingFound(paths: [String])

    /// The file errors behind the failure, in the order found.
    public var fileErrors: [BudgetFileError] {
        switch self {
        case .unlisted(let error): [error]
        case .unreadable(let errors): errors
        case .nothingFound: []
        }
    }
}

extension BooksError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unlisted(let error): error.errorDescription
        case .unreadable(let errors): errors.compactMap(\.errorDescription).joined(separator: "\n")
        case .nothingFound(let paths): "\(paths.joined(separator: ", ")): fout: geen begrotingsbestanden (*.json) gevonden"
        }
    }
}
