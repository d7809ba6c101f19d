import Foundation
import Testing

@Suite struct BudgetCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func begrotingJSONGivesThePublishedContributionsOfMiddenLimburg2022() throws {
        let result = try InProcess.run(["begroting", "Budgets/midden-limburg/begroting-2022.json", "--formaat", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let document = try json(result.stdout)
        let contributions = try #require(document["bijdragen"] as? [[String: Any]])
        let published = [53319, 65152, 39725, 30310, 34931, 126_522, 89964]
        var sum = 0
        for (entry, final) in zip(contributions, published) {
            let definitief = try #require(entry["definitief"] as? Int)
            #expect(abs(definitief - final) <= 1, "\(entry["gemeente"] ?? "?")")
            sum += definitief
            #expect(entry["gemeente"] is String)
            #expect(entry["bijdrage"] is Int)
            #expect(entry["verrekening"] is Int)
        }
        #expect(sum == 439_923)
        let settlement = try #require(document["verrekening"] as? [String: Any])
        let components = try #require(settlement["componenten"] as? [[String: Any]])
        let pok = try #require(components.first { $0["naam"] as? String == "POK 2021" })
        let split = try #require(pok["verdeling"] as? [String: Int])
        #expect(split["Echt-Susteren"] == -11853)
        #expect(split["Roermond"] == -28127)
        #expect(split["Weert"] == -20000)
    }

    @Test func jaarrekeningJSONGivesTheActualResultOfMiddenLimburg2021() throws {
        let result = try InProcess.run(["jaarrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--formaat", "json"])
        #expect(result.status == 0)
        let document = try json(result.stdout)
        #expect(document["kolommen"] as? [String] == ["begroot", "werkelijk", "verwacht", "verschil"])
        let results = try #require(document["resultaat"] as? [String: Int])
        #expect(results["verwacht"] == 83584)
        #expect(results["begroot"] == -27461)
    }

    @Test func textReportUsesDutchNotationAndResultSigns() throws {
        let result = try InProcess.run(["jaarrekening", "Budgets/westelijke-mijnstreek/jaarrekening-2023.json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1.402.290"))
        #expect(result.stdout.contains("+/+ 79"))
        #expect(result.stderr.isEmpty)
    }

    @Test func differenceColumnResultIsTheImprovementOnTheBudget() throws {
        let result = try InProcess.run(["jaarrekening", "Budgets/midden-limburg/jaarrekening-2021.json"])
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Resultaat") })
        #expect(line.hasSuffix("-/- 27.461  -/- 13.841  +/+ 83.584  +/+ 111.045"))
    }

    @Test func begrotingTextShowsEveryMemberWithTotalsThatAddUp() throws {
        let result = try InProcess.run(["begroting", "Budgets/midden-limburg/begroting-2022.json"])
        #expect(result.status == 0)
        for name in ["Echt-Susteren", "Leudal", "Maasgouw", "Nederweert", "Roerdalen", "Roermond", "Weert"] {
            #expect(result.stdout.contains(name))
        }
        #expect(result.stdout.contains("439.923"))
        #expect(result.stdout.contains("-111.045"))
        #expect(result.stdout.contains("grootste resten"))
    }

    @Test func aMissingFileExitsWith66AndSaysSoOnStderr() throws {
        let result = try InProcess.run(["begroting", "Budgets/bestaat-niet.json"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Budgets/bestaat-niet.json: fout: bestand niet gevonden\n")
    }

    @Test func aBrokenFileExitsWith65WithFileLineAndColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("kapot.json")
        try Data("{\n  \"soort\": \"begroting\",\n  \"periode\": {\"jaar\": 2025,}\n}".utf8).write(to: file)
        let result = try InProcess.run(["begroting", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(file.path):3:"))
        #expect(result.stderr.contains(": fout: "))
        #expect(!result.endedBySignal)
    }
}
