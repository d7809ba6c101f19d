import Testing
@testable import ZVHFinance

@Suite struct XLSXTests {
    static let sample = XLSXWorkbook(sheets: [
        XLSXSheet(name: "Lasten", rows: [
            [.text("Post", style: .header), .text("Begroot", style: .header), .text("Realisatie", style: .header)],
            [.text("Personeel & inhuur"), .amount(Money(cents: 140_229_050)), .amount(Money(cents: -1350))],
            [.text("  Huur <pand>  "), .empty, .amount(Money(euros: 10_000), style: .wholeEuros)],
            [],
            [.text("Totaal", style: .header), .formula("SUM(B2:B3)", cached: Money(cents: 140_229_050)),
             .formula("=SUM(C2:C3)", cached: Money(cents: 999_865_0))],
        ], columnWidths: [30, 16, 16]),
        XLSXSheet(name: "Gemeenten é", rows: [[.text("Tekst met\nregel"), XLSXCell(.number(XLSXNumber(42)))]],
                  freezesHeaderRow: false, isLandscape: true),
    ], title: "Begroting 2025")

    @Test func writesTheSameBytesEveryTime() throws {
        #expect(try XLSXWriter.data(for: Self.sample) == (try XLSXWriter.data(for: Self.sample)))
    }

    @Test func writesTheExpectedParts() throws {
        let archive = try ZipReader(bytes: try XLSXWriter.data(for: Self.sample))
        #expect(archive.entries.map(\.name) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ])
        let sheet = String(decoding: try archive.contents(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains(#"<pageSetup paperSize="9" orientation="portrait"/>"#))
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<c r="B2" s="2"><v>1402290.5</v></c>"#))
        #expect(sheet.contains(#"<c r="C5" s="3"><f>SUM(C2:C3)</f><v>99986.5</v></c>"#))
        let styles = String(decoding: try archive.contents(of: "xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains(##"formatCode="#,##0.00;-#,##0.00""##))
        let core = String(decoding: try archive.contents(of: "docProps/core.xml"), as: UTF8.self)
        #expect(!core.contains("dcterms:created") && core.contains("Begroting 2025"))
    }

    @Test func readsBackWhatItWrote() throws {
        let sheets = try XLSXReader.read(try XLSXWriter.data(for: Self.sample))
        #expect(sheets.map(\.name) == ["Lasten", "Gemeenten é"])
        let lasten = sheets[0]
        #expect(lasten.rows.count == 5)
        #expect(lasten.rows[3] == [])
        #expect(lasten[CellReference("B2")!] == .number(XLSXNumber("1402290.5")!))
        #expect(lasten[CellReference("C2")!] == .number(XLSXNumber("-13.5")!))
        #expect(lasten[CellReference("A3")!] == .text("  Huur <pand>  "))
        #expect(lasten[CellReference("B3")!] == .empty)
        #expect(lasten[CellReference("C5")!] == .number(XLSXNumber(Money(cents: 9_998_650))))
        if case .number(let total) = lasten[CellReference("B5")!] {
            #expect(total.money == Money(cents: 140_229_050))
        }
        #expect(sheets[1].rows == [[.text("Tekst met\nregel"), .number(XLSXNumber(42))]])
    }

    @Test func refusesBadSheetNamesAndCells() {
        for name in ["", String(repeating: "x", count: 32), "a/b", "a[1]", "'a"] {
            #expect(throws: SpreadsheetError.self) {
                try XLSXWriter.data(for: XLSXWorkbook(sheets: [XLSXSheet(name: name, rows: [])]))
            }
        }
        #expect(throws: SpreadsheetError.self) {
            try XLSXWriter.data(for: XLSXWorkbook(sheets: [XLSXSheet(name: "A", rows: []), XLSXSheet(name: "a", rows: [])]))
        }
        #expect(throws: SpreadsheetError.invalidCell(cell: "A!B1", reason: "lege formule")) {
            try XLSXWriter.data(for: XLSXWorkbook(sheets: [XLSXSheet(name: "A", rows: [[.empty, .formula("=", cached: .zero)]])]))
        }
    }

    @Test func parsesNumbersExactlyWithoutFloatingPoint() {
        let cases = ["1402290.5": "1402290.5", "1.2E+3": "1200", "1.2e3": "1200", "5E-2": "0.05", "-0": "0",
                     "007.50": "7.5", "-1.25E-1": "-0.125", "0.1": "0.1", "123456789012345678901234567890": "123456789012345678901234567890",
                     "1E+20": "100000000000000000000", "2.5E0": "2.5"]
        for (text, canonical) in cases {
            #expect(XLSXNumber(text)?.text == canonical, "\(text)")
        }
        for bad in ["", "INF", "inf", "NaN", "-", "1.", ".5", "1e", "1,5", "1e1000", "0x10", " 1", "1 ", "+1"] {
            #expect(XLSXNumber(bad) == nil, "\(bad)")
        }
        #expect(XLSXNumber("12.345")?.money == nil)
        #expect(XLSXNumber("1.2E+3")?.money == Money(euros: 1200))
    }

    @Test func cellReferencesRoundTrip() {
        for (text, column, row) in [("A1", 0, 0), ("Z9", 25, 8), ("AA10", 26, 9), ("XFD1048576", 16383, 1_048_575), ("C14", 2, 13)] {
            let reference = CellReference(text)
            #expect(reference?.column == column && reference?.row == row, "\(text)")
            #expect(reference?.description == text)
        }
        for bad in ["", "A", "1", "A0", "XFE1", "A1048577", "AAAA1", "A01", "$A$1", "A-1"] {
            #expect(CellReference(bad) == nil, "\(bad)")
        }
    }
}
