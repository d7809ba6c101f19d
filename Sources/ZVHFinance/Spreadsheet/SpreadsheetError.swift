import Foundation

/// Why a spreadsheet, its ZIP container, a compressed stream or an XML part cannot be
/// read or written. Messages are Dutch and name the entry, part, sheet or cell.
public enum SpreadsheetError: Error, Equatable, Sendable, LocalizedError {
    // MARK: Compressed data (DEFLATE)

    /// The compressed data is not a valid DEFLATE stream.
    case corruptDeflateStream(reason: String)
    /// The compressed data ends before its last block does.
    case truncatedDeflateStream
    /// Decompressing would produce more than the allowed number of bytes.
    case inflatedSizeExceeded(limit: Int)

    // MARK: The ZIP container

    /// The bytes are not a ZIP archive (no end-of-central-directory record).
    case notAnArchive
    /// A structure of the archive extends beyond its end or overlaps another.
    case truncatedArchive(reason: String)
    /// The archive uses ZIP64 extensions, which are not supported.
    case zip64NotSupported
    /// The archive spans several disks.
    case multiDiskNotSupported
    /// The archive has more entries than allowed.
    case tooManyEntries(count: Int, limit: Int)
    /// An entry name is absolute, climbs out with `..`, or is not valid UTF-8.
    case unsafeEntryName(entry: String)
    /// Two entries have the same name.
    case duplicateEntry(entry: String)
    /// An entry is encrypted.
    case encryptedEntry(entry: String)
    /// An entry uses a compression method other than stored (0) or deflated (8).
    case unsupportedCompression(entry: String, method: Int)
    /// An entry declares more uncompressed bytes than allowed (alone or with the others).
    case entryTooLarge(entry: String, declaredSize: UInt64, limit: Int)
    /// The entries up to and including `entry` declare more uncompressed bytes together
    /// than allowed.
    case archiveTooLarge(entry: String, totalSize: Int, limit: Int)
    /// An entry expands more than allowed compared with its compressed size.
    case compressionRatioTooHigh(entry: String, compressedSize: Int, uncompressedSize: Int)
    /// An entry's data is corrupt.
    case corruptEntry(entry: String, reason: String)
    /// An entry's contents do not have the size its header declares.
    case sizeMismatch(entry: String, declared: Int, found: Int)
    /// An entry's contents do not have the checksum its header declares.
    case checksumMismatch(entry: String, declared: UInt32, found: UInt32)
    /// A required entry is missing from the archive.
    case missingEntry(entry: String)
    /// An archive cannot be written: a name or size does not fit a ZIP archive.
    case cannotArchive(entry: String, reason: String)

    // MARK: XML

    /// An XML part is not well-formed, or uses a construct that is refused.
    case malformedXML(part: String, line: Int, column: Int, reason: String)

    // MARK: Workbooks

    /// The workbook's structure is not SpreadsheetML as expected.
    case invalidWorkbook(part: String, reason: String)
    /// A sheet name is not allowed by spreadsheet programs.
    case invalidSheetName(name: String, reason: String)
    /// A cell cannot be read or written; `cell` is like `Lasten!C14`.
    case invalidCell(cell: String, reason: String)
    /// A sheet has more cells (counting the gaps before them) than allowed.
    case sheetTooLarge(sheet: String, limit: Int)

    public var errorDescription: String? {
        switch self {
        case .corruptDeflateStream(let reason):
            "de gecomprimeerde gegevens zijn beschadigd: \(reason)"
        case .truncatedDeflateStream:
            "de gecomprimeerde gegevens houden te vroeg op"
        case .inflatedSizeExceeded(let limit):
            "uitgepakt worden de gegevens groter dan de toegestane \(limit) bytes"
        case .notAnArchive:
            "dit is geen ZIP-archief (geen centrale map gevonden); een .xlsx-bestand is een ZIP-archief"
        case .truncatedArchive(let reason):
            "het ZIP-archief is afgekapt of beschadigd: \(reason)"
        case .zip64NotSupported:
            "het ZIP-archief gebruikt ZIP64; dat wordt niet ondersteund (te groot voor een werkmap)"
        case .multiDiskNotSupported:
            "het ZIP-archief is over meerdere delen verspreid; dat wordt niet ondersteund"
        case .tooManyEntries(let count, let limit):
            "het ZIP-archief bevat \(count) onderdelen; ten hoogste \(limit) zijn toegestaan"
        case .unsafeEntryName(let entry):
            "onderdeel '\(entry)' heeft een onveilige naam (absoluut pad, '..' of ongeldige tekens)"
        case .duplicateEntry(let entry):
            "onderdeel '\(entry)' komt meer dan eens voor in het ZIP-archief"
        case .encryptedEntry(let entry):
            "onderdeel '\(entry)' is versleuteld; sla de werkmap op zonder wachtwoord"
        case .unsupportedCompression(let entry, let method):
            "onderdeel '\(entry)' gebruikt compressiemethode \(method); alleen 0 (opgeslagen) en 8 (deflate) worden ondersteund"
        case .entryTooLarge(let entry, let declaredSize, let limit):
            "onderdeel '\(entry)' is uitgepakt \(declaredSize) bytes; ten hoogste \(limit) bytes zijn toegestaan"
        case .archiveTooLarge(let entry, let totalSize, let limit):
            "het ZIP-archief is uitgepakt te groot: tot en met onderdeel '\(entry)' al \(totalSize) bytes; ten hoogste \(limit) bytes zijn toegestaan"
        case .compressionRatioTooHigh(let entry, let compressedSize, let uncompressedSize):
            "onderdeel '\(entry)' pakt uit van \(compressedSize) tot \(uncompressedSize) bytes; zo'n verhouding wijst op een zip-bom"
        case .corruptEntry(let entry, let reason):
            "onderdeel '\(entry)' is beschadigd: \(reason)"
        case .sizeMismatch(let entry, let declared, let found):
            "onderdeel '\(entry)' is uitgepakt \(found) bytes, maar de kop noemt \(declared) bytes"
        case .checksumMismatch(let entry, let declared, let found):
            "onderdeel '\(entry)' heeft controlegetal (CRC-32) \(Self.hex(found)), maar de kop noemt \(Self.hex(declared)); het bestand is beschadigd"
        case .missingEntry(let entry):
            "onderdeel '\(entry)' ontbreekt in het archief"
        case .cannotArchive(let entry, let reason):
            "onderdeel '\(entry)' past niet in een ZIP-archief: \(reason)"
        case .malformedXML(let part, let line, let column, let reason):
            "\(part):\(line):\(column): ongeldige XML: \(reason)"
        case .invalidWorkbook(let part, let reason):
            "\(part): geen geldige werkmap: \(reason)"
        case .invalidSheetName(let name, let reason):
            "werkbladnaam '\(name)' is niet toegestaan: \(reason)"
        case .invalidCell(let cell, let reason):
            "cel \(cell): \(reason)"
        case .sheetTooLarge(let sheet, let limit):
            "werkblad '\(sheet)' is te groot: meer dan \(limit) cellen (lege cellen ervoor meegeteld)"
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
