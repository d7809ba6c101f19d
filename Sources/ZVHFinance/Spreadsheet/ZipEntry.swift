/// One entry of a ZIP archive as its central directory describes it.
public struct ZipEntry: Hashable, Sendable {
    /// How an entry's data is stored.
    public enum Method: Int, Hashable, Sendable {
        /// Uncompressed (method 0).
        case stored = 0
        /// DEFLATE (method 8).
        case deflated = 8
    }

    /// The path inside the archive, with `/` between folders.
    public let name: String
    /// How the data is stored.
    public let method: Method
    /// The declared CRC-32 of the uncompressed data.
    public let crc32: UInt32
    /// The declared number of stored bytes.
    public let compressedSize: Int
    /// The declared number of bytes after decompression.
    public let uncompressedSize: Int
    /// Where the entry's local header starts.
    let localHeaderOffset: Int
    /// Where the next central directory header starts.
    let nextHeaderOffset: Int

    /// Reads the central directory header at `offset`, which must lie before `directoryEnd`.
    init(centralHeaderAt offset: Int, in bytes: [UInt8], directoryEnd: Int) throws(SpreadsheetError) {
        guard offset <= directoryEnd - 46, bytes.uint32(at: offset) == 0x0201_4B50 else {
            throw .truncatedArchive(reason: "een kop in de centrale map ontbreekt of is beschadigd")
        }
        let nameLength = Int(bytes.uint16(at: offset + 28))
        let variableLength = nameLength + Int(bytes.uint16(at: offset + 30)) + Int(bytes.uint16(at: offset + 32))
        guard variableLength <= directoryEnd - offset - 46 else {
            throw .truncatedArchive(reason: "een naam in de centrale map loopt door voorbij haar einde")
        }
        let nameBytes = bytes[offset + 46..<offset + 46 + nameLength]
        let decoded = String(validating: nameBytes, as: UTF8.self)
        let name = decoded ?? String(decoding: nameBytes, as: UTF8.self)
        guard decoded != nil, ZipEntryName.isSafe(name) else { throw .unsafeEntryName(entry: name) }
        self.name = name
        let flags = bytes.uint16(at: offset + 8)
        guard flags & 0x0041 == 0 else { throw .encryptedEntry(entry: name) }
        let methodNumber = Int(bytes.uint16(at: offset + 10))
        guard let method = Method(rawValue: methodNumber) else {
            throw .unsupportedCompression(entry: name, method: methodNumber)
        }
        self.method = method
        crc32 = bytes.uint32(at: offset + 16)
        let compressed = bytes.uint32(at: offset + 20), uncompressed = bytes.uint32(at: offset + 24)
        let local = bytes.uint32(at: offset + 42)
        guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
            throw .zip64NotSupported
        }
        compressedSize = Int(compressed)
        uncompressedSize = Int(uncompressed)
        localHeaderOffset = Int(local)
        nextHeaderOffset = offset + 46 + variableLength
    }

    /// Checks the declared sizes against the limits, adding this entry to the running total.
    func check(against limits: ZipReader.Limits, totalSoFar: inout Int) throws(SpreadsheetError) {
        guard uncompressedSize <= limits.maximumEntrySize else {
            throw .entryTooLarge(entry: name, declaredSize: UInt64(uncompressedSize), limit: limits.maximumEntrySize)
        }
        totalSoFar += uncompressedSize
        guard totalSoFar <= limits.maximumTotalSize else {
            throw .archiveTooLarge(entry: name, totalSize: totalSoFar, limit: limits.maximumTotalSize)
        }
        if method == .stored && compressedSize != uncompressedSize {
            throw .sizeMismatch(entry: name, declared: uncompressedSize, found: compressedSize)
        }
        if uncompressedSize > limits.ratioCheckedAbove && uncompressedSize / max(compressedSize, 1) > limits.maximumRatio {
            throw .compressionRatioTooHigh(entry: name, compressedSize: compressedSize, uncompressedSize: uncompressedSize)
        }
    }
}
