// libFuzzer harness for the PDF writer: compiled with the library sources only (see
// .fuzz/run pdf). Each input becomes a report of hostile text and amounts — a title, a
// letterhead, captions, column headers, cells of every kind, row depths and styles, a
// chart of every style with fuzzed values — and, when the input loads as a budget, its
// report contents (begroting, letter, scenario comparison) too. Every PDF must have
// cross-reference offsets that point at their objects, stream lengths that are exact,
// the same bytes on a second rendering, and a bounded size.
//
// Input layout: byte 0 = flags, byte 1 = columns (1…40), byte 2 = rows / 4, then text
// cut into fields at 0x00 bytes (title, headers, cells in order; reused cyclically).

/// Whether the bytes are a PDF whose xref offsets point at `N 0 obj` and whose stream
/// lengths end exactly at `endstream`.
func isWellFormedPDF(_ bytes: [UInt8]) -> Bool {
    guard let startxref = lastIndex(of: Array("startxref\n".utf8), in: bytes) else { return false }
    var cursor = startxref + 10
    var table = 0
    while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) {
        table = table * 10 + Int(bytes[cursor] - 0x30)
        cursor += 1
    }
    guard table < bytes.count, Array(bytes[table..<min(table + 5, bytes.count)]) == Array("xref\n".utf8) else { return false }
    let lines = String(decoding: bytes[table...], as: UTF8.self).split(separator: "\n")
    guard lines.count > 3, let count = lines[1].split(separator: " ").last.flatMap({ Int($0) }) else { return false }
    for number in 1..<count {
        guard let offset = Int(lines[2 + number].prefix(10)) else { return false }
        let header = Array("\(number) 0 obj\n".utf8)
        guard offset + header.count <= bytes.count, Array(bytes[offset..<offset + header.count]) == header else { return false }
        // A content stream: its length ends at "\nendstream".
        let lengthMarker = Array("<< /Length ".utf8)
        let body = offset + header.count
        if body + lengthMarker.count <= bytes.count, Array(bytes[body..<body + lengthMarker.count]) == lengthMarker {
            var position = body + lengthMarker.count
            var length = 0
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
                length = length * 10 + Int(bytes[position] - 0x30)
                position += 1
            }
            let start = position + Array(" >>\nstream\n".utf8).count
            let end = Array("\nendstream".utf8)
            guard start + length + end.count <= bytes.count, Array(bytes[(start + length)..<(start + length + end.count)]) == end else { return false }
        }
    }
    return true
}

func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var index = haystack.count - needle.count
    while index >= 0 {
        if Array(haystack[index..<index + needle.count]) == needle { return index }
        index -= 1
    }
    return nil
}

func check(_ report: Report) {
    let bytes = PDFRenderer.data(report)
    guard isWellFormedPDF(bytes) else { fatalError("malformed PDF for \(report.title.prefix(40))") }
    guard PDFRenderer.data(report) == bytes else { fatalError("two renderings differ") }
    // Bounded: at most the page limit, each page's content bounded by its lines.
    guard bytes.count < PDFFlow.maxPages * 400_000 else { fatalError("PDF of \(bytes.count) bytes") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count >= 3 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let flags = bytes[0]
    let columns = Int(bytes[1]) % 40 + 1
    let rows = Int(bytes[2]) * 4
    let fields = bytes[3...].split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    var next = 0
    func field() -> String {
        defer { next += 1 }
        return fields.isEmpty ? "" : fields[next % fields.count]
    }
    func amount() -> Money {
        Money(cents: Int64(field().unicodeScalars.reduce(0) { ($0 &* 31 &+ Int64($1.value)) % 10_000_000_000_000 }) - 5_000_000_000_000)
    }
    var table = ReportTable(caption: field(), columns: (0..<columns).map { ReportTable.Column(field(), alignsRight: $0 > 0 && flags & 1 == 0) })
    for row in 0..<rows {
        let cells: [ReportTable.Cell] = (0..<columns).map { column in
            switch (row + column + Int(flags)) % 6 {
            case 0: .text(field())
            case 1: .amount(amount())
            case 2: .result(amount())
            case 3: .quantity(millionths: Int128(amount().cents))
            case 4: .percent(Share(amount(), of: amount()), decimals: Int(flags % 4))
            default: .empty
            }
        }
        let styles: [ReportTable.RowStyle] = [.line, .heading, .subtotal, .total]
        table.rows.append(ReportTable.Row(cells, style: styles[row % 4], depth: row % 5, notes: row % 7 == 0 ? [row] : []))
    }
    let styles: [Chart.Style] = [.changeBars, .groupedColumns, .line]
    let categories = (0..<(Int(flags >> 2) % 50)).map { _ in field() }
    let chart = Chart(title: field(), description: field(), categories: categories,
                      series: (0..<(Int(flags >> 4) % 7)).map { _ in Chart.Series(name: field(), values: categories.map { _ in amount() }) },
                      style: styles[Int(flags) % 3])
    var report = Report(title: field(), context: [field(), field()], sections: [
        ReportSection(heading: field(), table: table, paragraphs: [field(), field()], chart: chart, startsOnNewPage: flags & 2 != 0),
        ReportSection(heading: field(), paragraphs: [field()], startsOnNewPage: flags & 8 != 0),
    ])
    report.asOf = field()
    report.organisation = field()
    if flags & 64 != 0 { report.letterhead = Letterhead(sender: [field(), field()], addressee: [field()], particulars: [field()]) }
    check(report)

    // A budget among the bytes: its reports as PDF.
    if flags & 128 != 0, let budget = try? BudgetFileReader.read(Array(bytes[3...]), file: "fuzz.json") {
        let analysed = AnalysedBudget(budget)
        let entry = BudgetReportContent(analysed, showsContributions: true, findings: Checker.check([analysed]))
        check(entry.presentation(ReportOptions()))
        for member in budget.organisation.members.prefix(3) {
            if let letter = ContributionLetter(member.name, begroting: budget.file, entries: [entry]) { check(letter.presentation(ReportOptions())) }
        }
    }
    return 0
}
