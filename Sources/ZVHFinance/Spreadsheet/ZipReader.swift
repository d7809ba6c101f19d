/// Reads a ZIP archive held in memory through its central directory: stored and
/// deflated entries, each checked against its declared size and CRC-32.
///
/// Hostile archives are refused before any large allocation: the number of entries, each
/// declared size, the sum of declared sizes and the compression ratio are bounded by
/// ``Limits``; names must be relative paths inside the archive; encryption, ZIP64 and
/// multi-disk archives are refused.
///
/// ```swift
/// let archive = try ZipReader(bytes: bytes)
/// let workbook = try archive.contents(of: "xl/workbook.xml")
/// ```
public struct ZipReader: Sendable {
    /// Bounds on what an archive may declare.
    public struct Limits: Hashable, Sendable {
        /// The most entries.
        public var maximumEntries: Int
        /// The most uncompressed bytes of one entry.
        public var maximumEntrySize: Int
        /// The most uncompressed bytes of all entries together.
        public var maximumTotalSize: Int
        /// The most uncompressed bytes per compressed byte, for entries above
        /// `ratioCheckedAbove` bytes.
        public var maximumRatio: Int
        /// The entry size above which the ratio is checked; small, highly repetitive
        /// parts are common and harmless.
        public var ratioCheckedAbove: Int

        /// Creates limits.
        public init(maximumEntries: Int = 10_000, maximumEntrySize: Int = 64 << 20,
                    maximumTotalSize: Int = 256 << 20, maximumRatio: Int = 200, ratioCheckedAbove: Int = 1 << 20) {
            self.maximumEntries = maximumEntries
            self.maximumEntrySize = maximumEntrySize
            self.maximumTotalSize = maximumTotalSize
            self.maximumRatio = maximumRatio
            self.ratioCheckedAbove = ratioCheckedAbove
        }
    }

    /// The entries in central directory order.
    public let entries: [ZipEntry]
    private let bytes: [UInt8]
    private let directoryOffset: Int
    private let indexByName: [String: Int]

    /// Reads an archive's central directory.
    /// - Parameters:
    ///   - bytes: the whole archive.
    ///   - limits: the bounds to enforce.
    /// - Throws: ``SpreadsheetError`` naming the entry at fault, for the refusals listed on
    ///   the type.
    /// - Complexity: O(n) in the size of the central directory plus at most 64 KiB of
    ///   search for its end record.
    public init(bytes: [UInt8], limits: Limits = Limits()) throws(SpreadsheetError) {
        self.bytes = bytes
        let end = try Self.endRecordOffset(in: bytes)
        let disk = bytes.uint16(at: end + 4), directoryDisk = bytes.uint16(at: end + 6)
        let onDisk = Int(bytes.uint16(at: end + 8)), count = Int(bytes.uint16(at: end + 10))
        let size = Int(bytes.uint32(at: end + 12)), offset = Int(bytes.uint32(at: end + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF
            || (end >= 20 && bytes.uint32(at: end - 20) == 0x0706_4B50) {
            throw .zip64NotSupported
        }
        guard disk == 0, directoryDisk == 0, onDisk == count else { throw .multiDiskNotSupported }
        guard count <= limits.maximumEntries else { throw .tooManyEntries(count: count, limit: limits.maximumEntries) }
        guard offset <= end, size <= end - offset else {
            throw .truncatedArchive(reason: "de centrale map ligt buiten het archief")
        }
        directoryOffset = offset
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var indexByName: [String: Int] = [:]
        var position = offset, totalSize = 0
        for _ in 0..<count {
            let entry = try ZipEntry(centralHeaderAt: position, in: bytes, directoryEnd: offset + size)
            try entry.check(against: limits, totalSoFar: &totalSize)
            guard indexByName.updateValue(entries.count, forKey: entry.name) == nil else {
                throw .duplicateEntry(entry: entry.name)
            }
            entries.append(entry)
            position = entry.nextHeaderOffset
        }
        self.entries = entries
        self.indexByName = indexByName
    }

    /// Whether the archive has an entry of this name.
    public func contains(_ name: String) -> Bool {
        indexByName[name] != nil
    }

    /// The uncompressed contents of the named entry.
    /// - Parameter name: the entry's path in the archive.
    /// - Returns: its bytes, checked against the declared size and CRC-32.
    /// - Throws: ``SpreadsheetError/missingEntry(entry:)`` when there is no such entry, and
    ///   the errors of ``contents(of:)-(ZipEntry)``.
    /// - Complexity: O(n) in the entry's compressed and uncompressed size.
    public func contents(of name: String) throws(SpreadsheetError) -> [UInt8] {
        guard let index = indexByName[name] else { throw .missingEntry(entry: name) }
        return try contents(of: entries[index])
    }

    /// The uncompressed contents of an entry of this archive.
    /// - Parameter entry: one of ``entries``.
    /// - Returns: its bytes, checked against the declared size and CRC-32.
    /// - Throws: ``SpreadsheetError`` naming the entry when its local header or data is
    ///   cut off, its data is corrupt, or its size or CRC-32 differ from those declared.
    /// - Complexity: O(n) in the entry's compressed and uncompressed size.
    public func contents(of entry: ZipEntry) throws(SpreadsheetError) -> [UInt8] {
        let local = entry.localHeaderOffset
        guard local <= directoryOffset - 30, bytes.uint32(at: local) == 0x0403_4B50 else {
            throw .corruptEntry(entry: entry.name, reason: "de lokale kop ontbreekt of ligt buiten het archief")
        }
        let start = local + 30 + Int(bytes.uint16(at: local + 26)) + Int(bytes.uint16(at: local + 28))
        guard start <= directoryOffset, entry.compressedSize <= directoryOffset - start else {
            throw .truncatedArchive(reason: "de gegevens van onderdeel '\(entry.name)' lopen door tot voorbij hun einde")
        }
        let stored = Array(bytes[start..<start + entry.compressedSize])
        let contents: [UInt8]
        switch entry.method {
        case .stored:
            contents = stored
        case .deflated:
            do {
                contents = try Inflate.decompress(stored, maximumSize: entry.uncompressedSize)
            } catch .inflatedSizeExceeded {
                throw .corruptEntry(entry: entry.name,
                                    reason: "pakt uit tot meer dan de \(entry.uncompressedSize) bytes die de kop noemt")
            } catch {
                throw .corruptEntry(entry: entry.name, reason: error.errorDescription ?? "")
            }
        }
        guard contents.count == entry.uncompressedSize else {
            throw .sizeMismatch(entry: entry.name, declared: entry.uncompressedSize, found: contents.count)
        }
        let crc = CRC32.checksum(contents)
        guard crc == entry.crc32 else { throw .checksumMismatch(entry: entry.name, declared: entry.crc32, found: crc) }
        return contents
    }

    /// Finds the end-of-central-directory record, searching back over at most a maximal
    /// archive comment.
    private static func endRecordOffset(in bytes: [UInt8]) throws(SpreadsheetError) -> Int {
        guard bytes.count >= 22 else {
            throw bytes.starts(with: [0x50, 0x4B]) ? .truncatedArchive(reason: "het eindrecord ontbreekt") : .notAnArchive
        }
        var offset = bytes.count - 22
        let lowest = max(0, offset - 0xFFFF)
        while offset >= lowest {
            if bytes.uint32(at: offset) == 0x0605_4B50,
               offset + 22 + Int(bytes.uint16(at: offset + 20)) <= bytes.count {
                return offset
            }
            offset -= 1
        }
        throw bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            ? .truncatedArchive(reason: "het eindrecord met de centrale map ontbreekt") : .notAnArchive
    }
}

extension [UInt8] {
    /// The little-endian 16-bit number at `offset`; the caller has checked the bounds.
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit number at `offset`; the caller has checked the bounds.
    func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }
}
