import Foundation
import Testing
@testable import ZVHFinance

/// Broken workbooks in `Corpus/` (made with Python's zipfile, see each case), each of
/// which must give its typed error and never crash; also the fuzzer's seeds.
@Suite struct SpreadsheetCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func read(_ name: String) throws -> [XLSXSheetContents] {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
        return try XLSXReader.read(bytes)
    }

    static func error(reading name: String) -> SpreadsheetError? {
        do {
            _ = try read(name)
            return nil
        } catch {
            return error as? SpreadsheetError
        }
    }

    @Test func readsTheValidSeeds() throws {
        #expect(try Self.read("valid-minimal.xlsx") == [
            XLSXSheetContents(name: "Lasten", rows: [[.text("Huur"), .number(XLSXNumber(1200))]]),
        ])
        let libreOffice = try Self.read("valid-libreoffice.xlsx")
        #expect(libreOffice.first?.rows.first == [.text("Post"), .text("Bedrag")])
        #expect(libreOffice.first?.rows.dropFirst().first == [.text("Huur"), .number(XLSXNumber("1402290.5")!)])
    }

    @Test(arguments: [
        // The first two thirds of a valid deflated workbook: the end record is gone.
        ("truncated.xlsx", SpreadsheetError.truncatedArchive(reason: "het eindrecord met de centrale map ontbreekt")),
        // "Huur" changed to "huur" in the stored sheet after the CRC was computed.
        ("wrong-crc.xlsx", .checksumMismatch(entry: "xl/worksheets/sheet1.xml", declared: 0x2849_B2FB, found: 0xADD4_FBCA)),
        // 40 MiB of spaces deflated into 40 KiB.
        ("zip-bomb-ratio.xlsx", .compressionRatioTooHigh(entry: "xl/worksheets/sheet1.xml",
                                                         compressedSize: 40_805, uncompressedSize: 41_943_063)),
        // The central directory declares 3.000.000.000 bytes for the sheet.
        ("huge-declared-size.xlsx", .entryTooLarge(entry: "xl/worksheets/sheet1.xml", declaredSize: 3_000_000_000,
                                                   limit: 64 << 20)),
        ("doctype-entities.xlsx", .malformedXML(part: "xl/workbook.xml", line: 1, column: 22,
                                                reason: "DOCTYPE- en ENTITY-declaraties worden geweigerd (geen entiteiten uitgebreid)")),
        ("path-traversal.xlsx", .unsafeEntryName(entry: "../evil.xml")),
        // Rows 1 to 300 each with one value in the last column XFD: 4,9 million cells when dense.
        ("far-away-cell.xlsx", .sheetTooLarge(sheet: "Lasten", limit: 4_000_000)),
        ("non-finite-number.xlsx", .invalidCell(cell: "Lasten!B1", reason: "'NaN' is geen eindig decimaal getal")),
    ])
    func givesItsTypedError(file: String, expected: SpreadsheetError) {
        #expect(Self.error(reading: file) == expected, "\(file)")
    }

    @Test func everyMessageNamesWhatIsWrongInDutch() {
        #expect(SpreadsheetError.invalidCell(cell: "Lasten!C14", reason: "'x' is geen eindig decimaal getal").localizedDescription
                == "cel Lasten!C14: 'x' is geen eindig decimaal getal")
        #expect(SpreadsheetError.unsafeEntryName(entry: "../evil.xml").localizedDescription.contains("'../evil.xml'"))
    }
}
