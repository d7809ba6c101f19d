import Foundation
import Testing
@testable import ZVHFinance
@testable import zvh

/// The publisher's afronding line through the command line: shown as its own row in
/// every format, the method named in every derivation, the new fields carried through
/// the import layout, and bad values of them refused with file, place and exit 65.
@Suite struct PublishedRoundingCommandTests {
    static let example = "Budgets/voorbeelden/begroting-afronding-per-gemeente.json"

    /// Runs `zvh` in process.
    static func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let result = InProcess.outcome(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    /// The absolute path of a file in the package.
    static func path(_ relative: String) -> String { ZVHProcess.packageRoot.appendingPathComponent(relative).path }

    @Test func theBundledExamplePassesTheCheckWithoutAFinding() throws {
        let result = try InProcess.run(["check", Self.example])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Geen bevindingen in 1 bestand(en)."), "\(result.stdout)")
    }

    @Test(arguments: ["tekst", "markdown", "csv", "html", "json"])
    func theAfrondingLineIsItsOwnRowInEveryFormat(format: String) throws {
        let result = try InProcess.run(["begroting", Self.example, "--formaat", format])
        #expect(result.status == 0, "\(result.stderr)")
        switch format {
        case "tekst": #expect(result.stdout.contains("Afronding                            0,00%        -2"), "\(result.stdout)")
        case "markdown": #expect(result.stdout.contains("| Afronding |  | 0,00% | -2 |"))
        case "csv": #expect(result.stdout.contains("0;regel;Afronding;;0,00%;-2\r\n"))
        case "html": #expect(result.stdout.contains(">Afronding<"))
        default:
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let totals = try #require(document["totaal-bijdragen"] as? [String: Any])
            #expect(totals["afronding"] as? Int == -2)
            #expect(totals["bijdrage"] as? Int == 612_010)
            #expect(totals["bijdrage-met-afronding"] as? Int == 612_008)
            let split = try #require(document["verdeling"] as? [String: Any])
            #expect(split["methode"] as? String == "per-gemeente")
            #expect(split["afrondingsregel"] as? Int == -2)
            let derivation = try #require(split["afleiding"] as? [[String: Any]])
            #expect(derivation.allSatisfy { $0["methode"] as? String == "per-gemeente" && $0["afgerond"] as? String == "rekenkundig" })
        }
    }

    @Test func theWorkbookHasTheAfrondingRowAndImportsBackWithMethodAndPublishedAfronding() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("afronding.xlsx")
        #expect(try InProcess.run(["begroting", Self.example, "--formaat", "xlsx", "--uitvoer", workbook.path]).status == 0)
        // Entries are stored uncompressed: the sheet's text is in the bytes.
        let bytes = try Data(contentsOf: workbook)
        #expect(bytes.range(of: Data("Afronding".utf8)) != nil)
        let imported = try InProcess.run(["importeer", workbook.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let compact = imported.stdout.filter { !$0.isWhitespace }
        #expect(compact.contains(#""methode":"per-gemeente""#))
        #expect(compact.contains(#""afronding":{"begroot":-2}"#))
    }

    @Test func theMembersTableOfZvhGemeenteHasTheAfrondingRowAndMeetsTheTotal() {
        let result = Self.run(["gemeente", "Roerdalen", Self.path(Self.example)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Afronding            -2                       -2    0,00%"), "\(result.stdout)")
        #expect(result.stdout.contains("Totaal          612.008            0     612.008  100,00%"))
    }

    @Test func theScenarioComparisonHasAnAfrondingRowPerVariantAndStillAddsUp() {
        let result = Self.run(["scenario", Self.path(Self.example), "--index", "personeel=3%", "--jaren", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Afronding           -2                   1         3"), "\(result.stdout)")
        #expect(result.stdout.contains("Totaal         612.008             628.808    16.800  2,7%"))
        #expect(result.stdout.contains("som van de verschillen 16.800 = verschil in het\ntotaal 16.800 ✓") || result.stdout.contains("som van de verschillen 16.800 = verschil in het totaal 16.800 ✓"))
    }

    @Test func theExplanationNamesTheMethodForEveryMember() {
        let result = Self.run(["begroting", Self.path(Self.example), "--uitleg"])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "methode per-gemeente").count - 1 >= 7, "\(result.stdout)")
        let standard = Self.run(["begroting", Self.path("Budgets/midden-limburg/begroting-2022.json"), "--uitleg"])
        #expect(standard.stdout.contains("grootste rest"))
    }

    @Test func passedOnMoneyShowsWhatEachMemberReceives() throws {
        let file = try CheckCommandTests.temporaryFile(Self.passedOn, name: "doorgeven.json")
        let check = Self.run(["check", file.path])
        #expect(check.status == 0, "\(check.stdout)")
        let report = Self.run(["begroting", file.path])
        #expect(report.stdout.contains("ontvangt"))
        for (member, amount) in [("Aa", "41,50%   -74.700    74.700"), ("Bee", "33,50%   -60.300    60.300"), ("Cee", "25,00%   -45.000    45.000")] {
            #expect(report.stdout.contains(amount), "\(member): \(report.stdout)")
        }
        let json = Self.run(["begroting", file.path, "--formaat", "json"]).stdout.filter { !$0.isWhitespace }
        #expect(json.contains(#""bijdrage":-74700,"ontvangt":74700"#))
    }

    static let passedOn = """
        {
          "soort": "begroting", "organisatie": { "code": "drie", "naam": "Drie" }, "periode": { "jaar": 2025 },
          "bron": { "document": "test" }, "gemeenten": [ { "naam": "Aa" }, { "naam": "Bee" }, { "naam": "Cee" } ],
          "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
          "lasten": [],
          "baten": [ { "naam": "Compensatie Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 180000 }, "doorgeven": true } ],
          "verdeelsleutels": [ { "naam": "afspraak", "soort": "percentages", "percentages": { "Aa": 41.5, "Bee": 33.5, "Cee": 25 } } ],
          "bijdragen": { "sleutel": "afspraak" }
        }
        """

    @Test func badNewFieldsInTheImportLayoutAreNamedBySheetAndCell() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try BudgetWorkbookRoundTripTests.layoutCSV(Self.example)
        var lines = csv.components(separatedBy: "\r\n")
        let method = try #require(lines.firstIndex { $0.hasPrefix("methode;") })
        lines[method] = "methode;per gemeente"
        let file = folder.appendingPathComponent("fout.csv"), target = folder.appendingPathComponent("uit.json")
        try lines.joined(separator: "\r\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try InProcess.run(["importeer", file.path, "--uitvoer", target.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("fout.csv:begroting!B\(method + 1): fout: methode \"per gemeente\" onbekend"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
