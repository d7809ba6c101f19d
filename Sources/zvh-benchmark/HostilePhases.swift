import Foundation
import ZVHFinance

/// The worst inputs found for `zvh importeer` and `zvh boekingen` (issue 25), each at
/// three doubling sizes: linear work shows as a time that doubles with the size, where
/// the work before grew with the product of two inputs. Only the library call is timed.
enum HostilePhases {
    /// `zvh importeer` on three hostile workbooks per size n (1, 2, 4):
    /// one shared string of 100.000 digits as the amount of 1.000·n cells (parsed per cell
    /// before: minutes; now refused after counting), 2.000·n amounts of 1.000 digits as
    /// inline text (each parsed once, bounded by the text limit), and an ordinary
    /// sheet of 10.000·n lines imported whole.
    static func importer() throws -> String {
        var parts: [String] = []
        for scale in [1, 2, 4] {
            let shared = try sharedStringWorkbook(cells: 1_000 * scale, length: 100_000)
            let long = try inlineAmountsWorkbook(cells: 2_000 * scale, digits: 1_000)
            let lines = csvOfLines(10_000 * scale)
            let clock = ContinuousClock()
            let sharedTime = clock.measure { _ = try? BudgetImporter.read(shared, file: "gedeeld.xlsx") }
            let longTime = clock.measure { _ = try? BudgetImporter.read(long, file: "lang.xlsx") }
            var imported = false
            let linesTime = clock.measure { imported = (try? BudgetImporter.read(lines, file: "regels.csv")) != nil }
            parts.append("n=\(scale): gedeelde tekst \(Measure.milliseconds(sharedTime)), lange bedragen \(Measure.milliseconds(longTime)), \(10_000 * scale) regels \(Measure.milliseconds(linesTime))\(imported ? "" : " (GEWEIGERD)")")
        }
        return parts.joined(separator: "; ")
    }

    /// `zvh boekingen` with a rule pattern of 2.000 × `a` then `b` against 500 bookings
    /// whose descriptions are 5.000·n × `a` (n = 1, 2, 4): a naive search compares the
    /// pattern at every position (10⁹·n steps), Knuth–Morris–Pratt reads each byte at
    /// most twice.
    static func bookings() throws -> String {
        let budget = try BudgetFileReader.read(Array(BookingsPhase.budget.utf8), file: "begroting.json")
        let rules = try BookingRulesReader.read(Array("""
            { "csv": { "kolommen": { "datum": "Boekdatum", "rekening": "Rekening", "omschrijving": "Omschrijving", "debet": "Debet", "credit": "Credit" } },
              "regels": [ { "naam": "lang", "rekeningen": ["4300"], "omschrijving": "*\(String(repeating: "a", count: 2_000))b*", "regel": "Huur" },
                          { "naam": "rest", "rekeningen": ["4000-4999"], "regel": "Diensten" } ] }
            """.utf8), file: "regels.json")
        var parts: [String] = []
        for scale in [1, 2, 4] {
            let description = String(repeating: "a", count: 5_000 * scale)
            var export = "Boekdatum;Rekening;Omschrijving;Debet;Credit\r\n"
            for day in 0..<500 { export += "\(day % 18 + 10)-03-2025;4300;\(description);1,00;\r\n" }
            let bytes = Array(export.utf8)
            let clock = ContinuousClock()
            var count = 0
            let elapsed = try clock.measure {
                count = try BookingAssigner.assign(budget: budget, rules: rules, bytes: bytes, exportFile: "boekingen.csv").bookingCount
            }
            parts.append("omschrijving \(5_000 * scale) tekens × \(count): \(Measure.milliseconds(elapsed))")
        }
        // For comparison, the search before issue 25 (the pattern tried at every
        // position) on the smallest size, the descriptions alone.
        let pattern = Array(String(repeating: "a", count: 2_000).utf8) + [UInt8(ascii: "b")]
        let text = Array(String(repeating: "a", count: 5_000).utf8)
        let clock = ContinuousClock()
        var found = 0
        let naive = clock.measure {
            for _ in 0..<500 where naiveFind(pattern, in: text) { found += 1 }
        }
        parts.append("ter vergelijking de naïeve zoekmethode van vóór issue 25 bij 5000 tekens × 500: \(Measure.milliseconds(naive))")
        return parts.joined(separator: "; ")
    }

    /// The pattern tried at every position, as `DescriptionPattern` searched before.
    static func naiveFind(_ piece: [UInt8], in text: [UInt8]) -> Bool {
        var position = 0
        while position + piece.count <= text.count {
            var index = 0
            while index < piece.count, text[position + index] == piece[index] { index += 1 }
            if index == piece.count { return true }
            position += 1
        }
        return false
    }

    static func sharedStringWorkbook(cells: Int, length: Int) throws -> [UInt8] {
        let rows = (0..<cells).map { "<row r=\"\($0 + 2)\"><c r=\"A\($0 + 2)\"><v>2</v></c><c r=\"C\($0 + 2)\" t=\"inlineStr\"><is><t>R\($0)</t></is></c><c r=\"L\($0 + 2)\" t=\"s\"><v>0</v></c></row>" }
        return try workbook(lasten: rows.joined(), sharedStrings: "<sst><si><t>\(String(repeating: "1", count: length))</t></si></sst>")
    }

    static func inlineAmountsWorkbook(cells: Int, digits: Int) throws -> [UInt8] {
        let amount = String(repeating: "9", count: digits)
        let rows = (0..<cells).map { "<row r=\"\($0 + 2)\"><c r=\"A\($0 + 2)\"><v>2</v></c><c r=\"C\($0 + 2)\" t=\"inlineStr\"><is><t>R\($0)</t></is></c><c r=\"L\($0 + 2)\" t=\"inlineStr\"><is><t>\(amount)</t></is></c></row>" }
        return try workbook(lasten: rows.joined(), sharedStrings: nil)
    }

    /// A workbook with the sheets `begroting`, `gemeenten` and `lasten` (header row
    /// with `begroot` in column L, then the rows given).
    static func workbook(lasten rows: String, sharedStrings: String?) throws -> [UInt8] {
        let starter = BudgetSheets.starter(code: "vijandig", name: "Vijandig", members: ["Aa", "Bee"], year: 2025)
        let sheets = BudgetSheets.sheets(for: starter)
        var zip = ZipWriter()
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try zip.append(name: "_rels/.rels", contents: Array("<Relationships><Relationship Id=\"r1\" Type=\"\(relations)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8))
        let names = ["begroting", "gemeenten", "lasten"]
        try zip.append(name: "xl/workbook.xml", contents: Array(("<workbook xmlns:r=\"\(relations)\"><sheets>" + names.enumerated().map { "<sheet name=\"\($1)\" sheetId=\"\($0 + 1)\" r:id=\"s\($0)\"/>" }.joined() + "</sheets></workbook>").utf8))
        var links = names.indices.map { "<Relationship Id=\"s\($0)\" Type=\"\(relations)/worksheet\" Target=\"worksheets/s\($0).xml\"/>" }.joined()
        if sharedStrings != nil { links += "<Relationship Id=\"t\" Type=\"\(relations)/sharedStrings\" Target=\"sharedStrings.xml\"/>" }
        try zip.append(name: "xl/_rels/workbook.xml.rels", contents: Array("<Relationships>\(links)</Relationships>".utf8))
        if let sharedStrings { try zip.append(name: "xl/sharedStrings.xml", contents: Array(sharedStrings.utf8)) }
        for (index, name) in names.enumerated() {
            guard let sheet = sheets.first(where: { $0.name == name }) else { continue }
            var xml = "<worksheet><sheetData>"
            let kept = name == "lasten" ? sheet.rows.prefix(1) : sheet.rows[...]
            for (rowIndex, row) in kept.enumerated() {
                xml += "<row r=\"\(rowIndex + 1)\">"
                for (column, cell) in row.enumerated() {
                    let reference = CellReference(column: column, row: rowIndex).map { "\($0)" } ?? "A1"
                    switch cell {
                    case .text(let text):
                        var escaped = ""
                        XMLWriter.escape(text, into: &escaped, isAttribute: false)
                        xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escaped)</t></is></c>"
                    case .number(let number): xml += "<c r=\"\(reference)\"><v>\(number.text)</v></c>"
                    case .formula(_, let cached): xml += "<c r=\"\(reference)\"><v>\(cached.text)</v></c>"
                    case .empty: break
                    }
                }
                xml += "</row>"
            }
            if name == "lasten" { xml += rows }
            try zip.append(name: "xl/worksheets/s\(index).xml", contents: Array((xml + "</sheetData></worksheet>").utf8))
        }
        return zip.archive()
    }

    /// The import CSV of a begroting with `count` cost lines.
    static func csvOfLines(_ count: Int) -> [UInt8] {
        let lines = (0..<count).map { #"{"naam":"Regel \#($0)","soort":"materieel","bedragen":{"begroot":\#($0 % 997 + 1)}}"# }.joined(separator: ",")
        let json = #"{"soort":"begroting","organisatie":{"code":"r","naam":"R"},"periode":{"jaar":2025},"bron":{"document":"b"},"gemeenten":[{"naam":"Aa","inwoners":{"aantal":1}},{"naam":"Bee","inwoners":{"aantal":2}}],"kolommen":[{"naam":"begroot","soort":"begroot"}],"lasten":[\#(lines)],"baten":[],"verdeelsleutels":[{"naam":"i","soort":"inwoners"}],"bijdragen":{"sleutel":"i"}}"#
        guard let budget = try? BudgetFileReader.read(Array(json.utf8), file: "r.json") else { return [] }
        return Array(BudgetSheets.csv(BudgetSheets.sheets(for: budget)).utf8)
    }
}
