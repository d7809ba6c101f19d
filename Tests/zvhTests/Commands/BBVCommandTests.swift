import Foundation
import Testing

/// `zvh begroting --bbv`: realisatie T−2, begroting T−1 na wijziging and begroting T
/// with its raming years, each column read from its own file's figures.
@Suite struct BBVCommandTests {
    static let meerjarig = "Budgets/midden-limburg/voorbeelden/begroting-2023-meerjarig.json"

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try InProcess.run(arguments + ["--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theComparisonReadsEachColumnFromItsOwnFile() throws {
        let document = try Self.json(["begroting", Self.meerjarig, "--bbv"])
        let bbv = try #require(document["bbv"] as? [String: Any])
        let sources = try #require(bbv["bronnen"] as? [[String: Any]])
        #expect(sources.map { $0["kop"] as? String } == ["realisatie 2021", "begroting 2022 na wijziging", "begroting 2023", "raming 2024", "raming 2025", "raming 2026"])
        let totals = try #require(bbv["totaal-lasten"] as? [NSNumber])
        // Every column equals the total lasten its own file's report shows for that column.
        for (index, source) in sources.enumerated() {
            let file = try #require(source["bestand"] as? String)
            let column = try #require(source["kolom"] as? String)
            let report = try Self.json(["jaarrekening", file])
            let own = try #require((report["totaal-lasten"] as? [String: Any])?[column] as? NSNumber)
            #expect(totals[index] == own, "\(file) \(column)")
        }
        #expect((bbv["ontbreekt"] as? [String])?.isEmpty == true)
    }

    @Test func aMissingYearIsNamedAndTheDefaultReportIsUnchanged() throws {
        let document = try Self.json(["begroting", "Budgets/midden-limburg/begroting-2022.json", "--bbv"])
        let bbv = try #require(document["bbv"] as? [String: Any])
        #expect(bbv["ontbreekt"] as? [String] == ["realisatie 2020"])
        let plain = try Self.json(["begroting", "Budgets/midden-limburg/begroting-2022.json"])
        #expect(plain["bbv"] == nil)
        let text = try InProcess.run(["begroting", "Budgets/midden-limburg/begroting-2022.json", "--bbv"])
        #expect(text.stdout.contains("BBV-overzicht"))
        #expect(text.stdout.contains("Niet gevonden naast dit bestand: realisatie 2020"))
    }
}
