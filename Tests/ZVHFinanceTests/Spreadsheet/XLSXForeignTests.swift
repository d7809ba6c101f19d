import Testing
@testable import ZVHFinance

/// Workbooks shaped the way other programs write them, built part by part.
@Suite struct XLSXForeignTests {
    private static func workbook(sheet: String, sharedStrings: String? = nil) throws -> [UInt8] {
        var zip = ZipWriter()
        try zip.append(name: "_rels/.rels", contents: Array("""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="/xl/workbook.xml"/></Relationships>
            """.utf8))
        try zip.append(name: "xl/workbook.xml", contents: Array("""
            <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <x:sheets><x:sheet name="Lasten" sheetId="7" r:id="rId3"/></x:sheets></x:workbook>
            """.utf8))
        try zip.append(name: "xl/_rels/workbook.xml.rels", contents: Array("""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="./sheets/../worksheets/blad.xml"/>\
            <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
            Target="sharedStrings.xml"/></Relationships>
            """.utf8))
        if let sharedStrings { try zip.append(name: "xl/sharedStrings.xml", contents: Array(sharedStrings.utf8)) }
        try zip.append(name: "xl/worksheets/blad.xml", contents: Array(sheet.utf8))
        return zip.archive()
    }

    private static func sheet(_ rows: String) -> String {
        "<x:worksheet xmlns:x=\"main\"><x:sheetData>\(rows)</x:sheetData></x:worksheet>"
    }

    @Test func readsSharedRichTextBooleansErrorsAndCellsWithoutReferences() throws {
        let shared = """
            <sst xmlns="main" count="2"><si><t>Huur</t></si>\
            <si><r><rPr><b/></rPr><t xml:space="preserve">Zorg- </t></r><r><t>en Veiligheidshuis</t></r>\
            <rPh sb="0" eb="1"><t>phonetic</t></rPh></si></sst>
            """
        let rows = """
            <x:row r="2"><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>
            <x:row><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>x</x:v></x:c>\
            <x:c r="D3" s="4"/><x:c r="E3" t="n"><x:v> 1.5E-1 </x:v></x:c></x:row>
            """
        let sheets = try XLSXReader.read(try Self.workbook(sheet: Self.sheet(rows), sharedStrings: shared))
        #expect(sheets == [XLSXSheetContents(name: "Lasten", rows: [
            [],
            [.empty, .text("Zorg- en Veiligheidshuis"), .text("Huur"), .boolean(true)],
            [.error("#DIV/0!"), .text("x"), .empty, .empty, .number(XLSXNumber("0.15")!)],
        ])])
    }

    @Test func errorsNameSheetAndCell() throws {
        let cases: [(String, SpreadsheetError)] = [
            ("<x:row r=\"14\"><x:c r=\"C14\" t=\"s\"><x:v>9</x:v></x:c></x:row>",
             .invalidCell(cell: "Lasten!C14", reason: "verwijst naar gedeelde tekst '9', die niet bestaat")),
            ("<x:row r=\"1\"><x:c r=\"B1\"><x:v>1,5</x:v></x:c></x:row>",
             .invalidCell(cell: "Lasten!B1", reason: "'1,5' is geen eindig decimaal getal")),
            ("<x:row r=\"1\"><x:c r=\"B1\"><x:v>1</x:v></x:c><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row>",
             .invalidCell(cell: "Lasten!A1", reason: "de cel staat niet in haar rij of niet na de vorige cel")),
            ("<x:row r=\"2\"/><x:row r=\"1\"/>", .invalidCell(cell: "Lasten!rij 1", reason: "ongeldig of niet oplopend rijnummer")),
            ("<x:row r=\"1\"><x:c r=\"A1\" t=\"b\"><x:v>2</x:v></x:c></x:row>",
             .invalidCell(cell: "Lasten!A1", reason: "'2' is geen waarheidswaarde (0 of 1)")),
            ("<x:row r=\"1\"><x:c r=\"A1\" t=\"q\"><x:v>2</x:v></x:c></x:row>",
             .invalidCell(cell: "Lasten!A1", reason: "onbekend celtype 'q'")),
            ("<x:row r=\"1\"><x:c r=\"1A\"/></x:row>", .invalidCell(cell: "Lasten!1A", reason: "ongeldige celverwijzing")),
        ]
        for (rows, expected) in cases {
            #expect(throws: expected) { try XLSXReader.read(try Self.workbook(sheet: Self.sheet(rows), sharedStrings: "<sst/>")) }
        }
        #expect(throws: SpreadsheetError.missingEntry(entry: "xl/sharedStrings.xml")) {
            try XLSXReader.read(try Self.workbook(sheet: Self.sheet("")))
        }
    }
}
