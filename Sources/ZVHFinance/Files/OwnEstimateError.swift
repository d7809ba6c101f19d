import Foundation

/// Why a file of own ramingen (`--eigen-raming`) cannot be used: every case names the
/// file, the line and column, and what is wrong, in Dutch.
public enum OwnEstimateError: Error, Hashable, Sendable, LocalizedError {
    /// The file's bytes are not UTF-8 text.
    case notText(file: String)
    /// The file holds no line with a year and an amount.
    case empty(file: String)
    /// A line does not have the two fields `jaar;bedrag`.
    case fieldCount(file: String, location: SourceLocation, found: Int, usesComma: Bool)
    /// A year that is not a year.
    case invalidYear(file: String, location: SourceLocation, text: String)
    /// An amount that is not written as an amount.
    case invalidAmount(file: String, location: SourceLocation, text: String)
    /// A year given twice.
    case duplicateYear(file: String, location: SourceLocation, year: Int, firstLine: Int)

    /// The file.
    public var file: String {
        switch self {
        case .notText(let file), .empty(let file), .fieldCount(let file, _, _, _), .invalidYear(let file, _, _), .invalidAmount(let file, _, _),
            .duplicateYear(let file, _, _, _):
            file
        }
    }

    /// The place in the file, where there is one.
    public var location: SourceLocation? {
        switch self {
        case .notText, .empty: nil
        case .fieldCount(_, let location, _, _), .invalidYear(_, let location, _), .invalidAmount(_, let location, _), .duplicateYear(_, let location, _, _):
            location
        }
    }

    /// What is wrong, without the file and place.
    public var message: String {
        switch self {
        case .notText:
            return "de eigen raming is geen tekst (geen geldige UTF-8); verwacht regels 'jaar;bedrag'"
        case .empty:
            return "de eigen raming bevat geen enkele regel 'jaar;bedrag'"
        case .fieldCount(_, _, let found, let usesComma):
            let hint = usesComma ? "; gebruik ';' als scheidingsteken, niet ','" : ""
            return "verwacht twee velden 'jaar;bedrag', gevonden \(found)\(hint)"
        case .invalidYear(_, _, let text):
            return "'\(DutchNumber.shortened(text))' is geen jaar; schrijf vier cijfers, zoals 2025"
        case .invalidAmount(_, _, let text):
            return "'\(DutchNumber.shortened(text))' is geen bedrag; schrijf het zoals 130000, 130.000 of 130.000,50 (euro's, punt voor duizendtallen, komma voor centen)"
        case .duplicateYear(_, _, let year, let firstLine):
            return "het jaar \(year) staat twee keer in de eigen raming (eerst op regel \(firstLine))"
        }
    }

    /// The diagnostic line: `bestand:regel:kolom: fout: melding`.
    public var errorDescription: String? {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): fout: \(message)"
    }
}
