import Foundation
import Testing
@testable import ZVHFinance

@Suite struct PDFDocumentTests {
    static func sampleReport(label: String = "Huur € – ‘één’ ïó", rows: Int = 5) -> Report {
        var table = ReportTable(caption: "Lasten", columns: [.init("omschrijving", alignsRight: false), .init("bedrag")])
        for index in 0..<rows {
            table.rows.append(ReportTable.Row([.text("\(label) \(index)"), .amount(Money(cents: Int64(index) * 1_234_567))]))
        }
        table.rows.append(ReportTable.Row([.text("Totaal"), .amount(Money(cents: Int64((0..<rows).reduce(0, +)) * 1_234_567))], style: .total))
        var report = Report(title: "Begroting 2022 — Midden-Limburg", context: ["Bron: jaarverslag"], sections: [ReportSection(heading: "Lasten", table: table)])
        report.organisation = "Zorg- en Veiligheidshuis Midden-Limburg"
        report.period = "2022"
        report.asOf = "Stand van de gegevens: Begroting 2022"
        return report
    }

    @Test func crossReferenceOffsetsPointAtTheirObjects() {
        let pdf = PDFBytes(bytes: PDFRenderer.data(Self.sampleReport()))
        #expect(pdf.text.hasPrefix("%PDF-1.4\n"))
        #expect(pdf.text.hasSuffix("%%EOF\n"))
        let (offsets, lengths) = (pdf.offsetsPointAtTheirObjects, pdf.streamLengthsAreExact)
        #expect(offsets)
        #expect(lengths)
    }

    @Test func theSameReportGivesTheSameBytesAndNoDateOrIdentifier() {
        let first = PDFRenderer.data(Self.sampleReport())
        #expect(first == PDFRenderer.data(Self.sampleReport()))
        let text = String(decoding: first, as: UTF8.self)
        #expect(!text.contains("/CreationDate"))
        #expect(!text.contains("/ModDate"))
        #expect(!text.contains("/ID"))
    }

    @Test func metadataNamesTitleOrganisationAndPeriodInUTF16() {
        let text = PDFBytes(bytes: PDFRenderer.data(Self.sampleReport())).text
        #expect(text.contains("/Title " + PDFDocument.textString("Begroting 2022 — Midden-Limburg")))
        #expect(text.contains("/Author " + PDFDocument.textString("Zorg- en Veiligheidshuis Midden-Limburg")))
        #expect(text.contains("/Subject <FEFF0032003000320032"))
    }

    @Test func aLongTableRepeatsItsHeaderOnEveryPageAndNumbersThePages() {
        let pdf = PDFBytes(bytes: PDFRenderer.data(Self.sampleReport(rows: 150)))
        let pages = pdf.text.components(separatedBy: "/Type /Page ").count - 1
        #expect(pages >= 3)
        #expect(pdf.text.components(separatedBy: "(omschrijving) Tj").count - 1 == pages)
        #expect(pdf.text.contains("(pagina \(pages) van \(pages)) Tj"))
        #expect(pdf.text.contains("(Lasten \\(vervolg\\)) Tj"))
        let offsets = pdf.offsetsPointAtTheirObjects
        #expect(offsets)
    }

    @Test func hostileLabelsGiveAValidBoundedFile() {
        var generator = SeededGenerator(seed: 22)
        let alphabet: [String] = ["(", ")", "\\", "€", "–", "\n", "\u{1B}", "中", "😀", "ë", " ", "%", "x", "\u{202E}", "\r", "endstream", "0 obj"]
        for _ in 0..<40 {
            let length = Int.random(in: 0...3_000, using: &generator)
            let label = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let bytes = PDFRenderer.data(Self.sampleReport(label: label, rows: Int.random(in: 0...30, using: &generator)))
            let pdf = PDFBytes(bytes: bytes)
            let (offsets, lengths) = (pdf.offsetsPointAtTheirObjects, pdf.streamLengthsAreExact)
            #expect(offsets)
            #expect(lengths)
            #expect(bytes.count < 5_000_000)
        }
    }

    @Test func aHugeTableStopsAtThePageLimitWithANote() {
        let bytes = PDFRenderer.data(Self.sampleReport(rows: 5_000), pageLimit: 5)
        let pdf = PDFBytes(bytes: bytes)
        #expect(pdf.text.contains("/Count 5 "))
        #expect(pdf.text.contains("afgebroken na 5 pagina"))
        let offsets = pdf.offsetsPointAtTheirObjects
        #expect(offsets)
    }

    @Test func aTableTooWideForAnUprightPageIsSetOnItsSide() {
        var table = ReportTable(caption: "Voorschotten", columns: [.init("gemeente", alignsRight: false)] + (1...12).map { .init("termijn \($0)") })
        table.rows.append(ReportTable.Row([.text("Echt-Susteren")] + (1...12).map { _ in .amount(Money(cents: 444_325)) }))
        let text = PDFBytes(bytes: PDFRenderer.data(Report(title: "Voorschotten", sections: [ReportSection(table: table)]))).text
        #expect(text.contains("/MediaBox [0 0 841.89 595.276]"))
    }

    @Test func numbersArePrintedExactlyFromMillipoints() {
        #expect(PDFCanvas.number(12_500) == "12.5")
        #expect(PDFCanvas.number(-3_000) == "-3")
        #expect(PDFCanvas.number(1) == "0.001")
        #expect(PDFCanvas.number(595_276) == "595.276")
    }
}
