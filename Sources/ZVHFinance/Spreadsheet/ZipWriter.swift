/// Writes a ZIP archive of stored (uncompressed) entries, byte for byte the same for the
/// same entries: every entry has the DOS timestamp 1980-01-01 00:00, no extra fields and
/// the UTF-8 name flag.
///
/// ```swift
/// var writer = ZipWriter()
/// try writer.append(name: "mimetype", contents: Array("text/plain".utf8))
/// let bytes = writer.archive()
/// ```
public struct ZipWriter: Sendable {
    private struct Written: Sendable {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var body: [UInt8] = []
    private var written: [Written] = []
    private var names: Set<String> = []

    /// Creates an empty archive.
    public init() {}

    /// Adds an entry, stored without compression.
    /// - Parameters:
    ///   - name: the entry's path inside the archive, with `/` between folders.
    ///   - contents: the entry's bytes.
    /// - Throws: ``SpreadsheetError/cannotArchive(entry:reason:)`` for an empty, unsafe or
    ///   repeated name, more than 65.535 entries, or an archive beyond 4 GiB.
    /// - Complexity: O(n) in the size of `contents`.
    public mutating func append(name: String, contents: [UInt8]) throws(SpreadsheetError) {
        let nameBytes = Array(name.utf8)
        guard ZipEntryName.isSafe(name), nameBytes.count <= 0xFFFF else {
            throw .cannotArchive(entry: name, reason: "de naam is leeg, te lang of onveilig")
        }
        guard names.insert(name).inserted else {
            throw .cannotArchive(entry: name, reason: "de naam komt al voor")
        }
        guard written.count < 0xFFFF else {
            throw .cannotArchive(entry: name, reason: "meer dan 65.535 onderdelen")
        }
        guard UInt64(body.count) + 30 + UInt64(nameBytes.count) + UInt64(contents.count) < 0xFFFF_0000 else {
            throw .cannotArchive(entry: name, reason: "het archief wordt groter dan 4 GiB")
        }
        let entry = Written(name: nameBytes, crc: CRC32.checksum(contents),
                            size: UInt32(contents.count), offset: UInt32(body.count))
        body.reserveCapacity(body.count + 30 + nameBytes.count + contents.count)
        body.appendLittleEndian(UInt32(0x0403_4B50))
        appendCommonFields(of: entry, to: &body)
        body.appendLittleEndian(UInt16(0))  // extra field length
        body += nameBytes
        body += contents
        written.append(entry)
    }

    /// The archive: the entries in the order appended, the central directory and the
    /// end record.
    /// - Returns: the bytes of a complete ZIP archive.
    /// - Complexity: O(n) in the size of the archive.
    public func archive() -> [UInt8] {
        var bytes = body
        let directoryOffset = UInt32(bytes.count)
        for entry in written {
            bytes.appendLittleEndian(UInt32(0x0201_4B50))
            bytes.appendLittleEndian(UInt16(20))  // made by: version 2.0, MS-DOS attributes
            appendCommonFields(of: entry, to: &bytes)
            bytes.appendLittleEndian(UInt16(0))  // extra field length
            bytes.appendLittleEndian(UInt16(0))  // comment length
            bytes.appendLittleEndian(UInt16(0))  // disk number
            bytes.appendLittleEndian(UInt16(0))  // internal attributes
            bytes.appendLittleEndian(UInt32(0))  // external attributes
            bytes.appendLittleEndian(entry.offset)
            bytes += entry.name
        }
        let directorySize = UInt32(bytes.count) - directoryOffset
        bytes.appendLittleEndian(UInt32(0x0605_4B50))
        bytes.appendLittleEndian(UInt16(0))  // this disk
        bytes.appendLittleEndian(UInt16(0))  // disk with the directory
        bytes.appendLittleEndian(UInt16(written.count))
        bytes.appendLittleEndian(UInt16(written.count))
        bytes.appendLittleEndian(directorySize)
        bytes.appendLittleEndian(directoryOffset)
        bytes.appendLittleEndian(UInt16(0))  // comment length
        return bytes
    }

    /// The fields shared by a local header and a central directory header, from
    /// "version needed" up to the name length.
    private func appendCommonFields(of entry: Written, to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(UInt16(20))      // version needed: 2.0
        bytes.appendLittleEndian(UInt16(0x0800))  // flags: name is UTF-8
        bytes.appendLittleEndian(UInt16(0))       // method: stored
        bytes.appendLittleEndian(UInt16(0))       // time 00:00:00
        bytes.appendLittleEndian(UInt16(0x0021))  // date 1980-01-01
        bytes.appendLittleEndian(entry.crc)
        bytes.appendLittleEndian(entry.size)      // compressed size
        bytes.appendLittleEndian(entry.size)      // uncompressed size
        bytes.appendLittleEndian(UInt16(entry.name.count))
    }
}

extension [UInt8] {
    /// Appends an integer in little-endian byte order, as ZIP stores numbers.
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var remaining = value
        for _ in 0..<MemoryLayout<T>.size {
            append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }
}
