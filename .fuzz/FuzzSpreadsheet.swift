// libFuzzer harness for the spreadsheet layer: compiled into the same module as the
// library sources (see .fuzz/run spreadsheet), so the fuzzer instruments the project's own
// ZIP reader, DEFLATE decoder, XML scanner and workbook reader. Each input goes to all
// of them with small limits (the limits themselves are tested elsewhere); any trap,
// hang or memory error is a crash to fix.

let fuzzLimits = XLSXReader.Limits(
    archive: ZipReader.Limits(maximumEntries: 64, maximumEntrySize: 1 << 20, maximumTotalSize: 4 << 20,
                              maximumRatio: 200, ratioCheckedAbove: 64 << 10),
    maximumCells: 200_000, maximumSheets: 16)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpreadsheet(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))

    // The whole path: archive, relationships, shared strings, sheets.
    if let sheets = try? XLSXReader.read(bytes, limits: fuzzLimits) {
        for sheet in sheets {
            for row in sheet.rows {
                for case .number(let number) in row {
                    // Canonical text parses to itself.
                    precondition(XLSXNumber(number.text)?.text == number.text, "not canonical: \(number.text)")
                }
            }
        }
    }

    // Every entry of the archive, and each entry as XML.
    if let archive = try? ZipReader(bytes: bytes, limits: fuzzLimits.archive) {
        for entry in archive.entries {
            if let contents = try? archive.contents(of: entry) {
                precondition(contents.count == entry.uncompressedSize)
                var scanner = XMLScanner(bytes: contents, part: entry.name)
                while case .some(.some) = try? scanner.next() {}
            }
        }
    }

    // The raw bytes as a DEFLATE stream, as XML and as a worksheet part (mutations of the
    // archive rarely survive its CRC-32, so the inner parsers are fed directly too).
    _ = try? Inflate.decompress(bytes, maximumSize: 1 << 20)
    var scanner = XMLScanner(bytes: bytes, part: "fuzz.xml")
    while case .some(.some) = try? scanner.next() {}
    var sheet = XLSXReader.SheetReader(sheet: "Fuzz", sharedStrings: ["a", "b"], maximumCells: 200_000)
    if (try? sheet.read(bytes, part: "fuzz.xml")) != nil { _ = sheet.finishedRows() }
    _ = try? XLSXReader.readSharedStrings(bytes, part: "fuzz.xml")
    if bytes.count <= 64, let text = String(validating: bytes, as: UTF8.self) {
        _ = XLSXNumber(text)
        if let reference = CellReference(text) { precondition(CellReference(reference.description) == reference) }
    }
    return 0
}
