import Testing
@testable import ZVHFinance

@Suite struct ZipTests {
    @Test func readsArchivesWrittenByPythonZipfile() throws {
        for bytes in [PythonVectors.zipStored, PythonVectors.zipDeflated] {
            let archive = try ZipReader(bytes: bytes)
            #expect(archive.entries.map(\.name) == ["xl/workbook.xml", "docProps/ë.txt", "empty.txt"])
            let workbook = "<workbook>" + String(repeating: "<sheet/>", count: 50) + "</workbook>"
            #expect(try archive.contents(of: "xl/workbook.xml") == Array(workbook.utf8))
            #expect(try archive.contents(of: "docProps/ë.txt") == Array("Zorg- en Veiligheidshuis".utf8))
            #expect(try archive.contents(of: "empty.txt") == [])
        }
        #expect(try ZipReader(bytes: PythonVectors.zipDeflated).entries[0].method == .deflated)
    }

    @Test func writesTheSameBytesForTheSameEntriesAndReadsThemBack() throws {
        func make() throws -> [UInt8] {
            var writer = ZipWriter()
            try writer.append(name: "[Content_Types].xml", contents: Array("<Types/>".utf8))
            try writer.append(name: "xl/wörkbook.xml", contents: Array(repeating: 7, count: 1000))
            return writer.archive()
        }
        let bytes = try make()
        #expect(bytes == (try make()))
        let archive = try ZipReader(bytes: bytes)
        #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "xl/wörkbook.xml"])
        #expect(try archive.contents(of: "xl/wörkbook.xml") == Array(repeating: 7, count: 1000))
        // The DOS date 1980-01-01 at offset 12 of the first local header.
        #expect(bytes[12] == 0x21 && bytes[13] == 0)
    }

    @Test func writerRefusesUnsafeAndRepeatedNames() throws {
        var writer = ZipWriter()
        for name in ["", "/etc/passwd", "../x", "a/../../b", "C:\\x", "a//b"] {
            #expect(throws: SpreadsheetError.self) { try writer.append(name: name, contents: []) }
        }
        try writer.append(name: "a", contents: [])
        #expect(throws: SpreadsheetError.cannotArchive(entry: "a", reason: "de naam komt al voor")) {
            try writer.append(name: "a", contents: [])
        }
    }

    @Test func refusesTruncatedArchivesAtEveryLength() {
        let bytes = PythonVectors.zipDeflated
        for length in 0..<bytes.count {
            #expect(throws: SpreadsheetError.self) {
                let archive = try ZipReader(bytes: Array(bytes[..<length]))
                for entry in archive.entries { _ = try archive.contents(of: entry) }
            }
        }
        #expect(throws: SpreadsheetError.notAnArchive) { try ZipReader(bytes: Array("hallo".utf8)) }
    }

    @Test func refusesAWrongChecksum() throws {
        var writer = ZipWriter()
        try writer.append(name: "a.xml", contents: Array("<a/>".utf8))
        var bytes = writer.archive()
        bytes[30 + 5 + 1] = UInt8(ascii: "b")  // "<a/>" becomes "<b/>" in the stored data
        let archive = try ZipReader(bytes: bytes)
        #expect(throws: SpreadsheetError.checksumMismatch(entry: "a.xml", declared: CRC32.checksum(Array("<a/>".utf8)),
                                                          found: CRC32.checksum(Array("<b/>".utf8)))) {
            try archive.contents(of: "a.xml")
        }
    }

    @Test func refusesTooManyEntriesAndTooLargeDeclarations() throws {
        var writer = ZipWriter()
        for index in 0..<5 { try writer.append(name: "e\(index)", contents: [UInt8](repeating: 1, count: 100)) }
        let bytes = writer.archive()
        #expect(throws: SpreadsheetError.tooManyEntries(count: 5, limit: 4)) {
            try ZipReader(bytes: bytes, limits: ZipReader.Limits(maximumEntries: 4))
        }
        #expect(throws: SpreadsheetError.entryTooLarge(entry: "e0", declaredSize: 100, limit: 99)) {
            try ZipReader(bytes: bytes, limits: ZipReader.Limits(maximumEntrySize: 99))
        }
        #expect(throws: SpreadsheetError.archiveTooLarge(entry: "e4", totalSize: 500, limit: 450)) {
            try ZipReader(bytes: bytes, limits: ZipReader.Limits(maximumTotalSize: 450))
        }
    }

    @Test func refusesEncryptionZip64AndOtherMethods() throws {
        var writer = ZipWriter()
        try writer.append(name: "a", contents: [1, 2, 3])
        let bytes = writer.archive()
        let central = bytes.count - 22 - (46 + 1)
        var encrypted = bytes
        encrypted[central + 8] |= 1
        #expect(throws: SpreadsheetError.encryptedEntry(entry: "a")) { try ZipReader(bytes: encrypted) }
        var bzip2 = bytes
        bzip2[central + 10] = 12
        #expect(throws: SpreadsheetError.unsupportedCompression(entry: "a", method: 12)) { try ZipReader(bytes: bzip2) }
        var zip64 = bytes
        for offset in 0..<4 { zip64[central + 24 + offset] = 0xFF }
        #expect(throws: SpreadsheetError.zip64NotSupported) { try ZipReader(bytes: zip64) }
    }

    @Test func refusesADeflatedEntryThatUnpacksBeyondItsDeclaredSize() throws {
        // Python's deflated archive with the first entry's declared size lowered by one,
        // in the local header and the central directory alike; the CRC never gets checked.
        var bytes = PythonVectors.zipDeflated
        let central = try #require(ZipReader(bytes: bytes).entries.first)
        let size = UInt32(central.uncompressedSize - 1)
        var offsets = [22]
        if let directory = (0..<bytes.count - 4).first(where: { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) }) {
            offsets.append(directory + 24)
        }
        for offset in offsets {
            for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(index))) }
        }
        let archive = try ZipReader(bytes: bytes)
        #expect(throws: SpreadsheetError.corruptEntry(entry: "xl/workbook.xml",
                                                      reason: "pakt uit tot meer dan de 420 bytes die de kop noemt")) {
            try archive.contents(of: "xl/workbook.xml")
        }
    }
}
