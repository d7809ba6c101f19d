import Foundation
import Testing

@Suite struct OverviewCommandTests {
    @Test func overviewOfTheBundledBudgetsShowsEveryOrganisationAndPeriod() throws {
        let result = try InProcess.run(["overzicht"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for text in ["Midden-Limburg", "Westelijke Mijnstreek", "Jaarrekening 2021", "Begroting 2022", "januari t/m juli 2024", "Financiën 2023", "439.923"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
    }

    @Test func overviewWarnsNextToFiguresOfAFlawedTable() throws {
        let result = try InProcess.run(["overzicht", "Budgets/westelijke-mijnstreek"])
        let text = result.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("⚠ Let op: zvh check vindt 2 fouten en 3 waarschuwingen (ontbrekende-gemeente"))
        let single = try InProcess.run(["begroting", "Budgets/westelijke-mijnstreek/begroting-2024-jan-jul.json"])
        // The file with its organisation's other files: the findings `zvh check` gives it on its folder.
        // With the codes the second "Beek" line is matched with Stein's line of 2023: no pro-rata warning.
        #expect(single.stdout.contains("Let op: zvh check vindt 2 fouten en 3 waarschuwingen"))
        #expect(single.stdout.contains("[dubbele-regel]"))
    }

    @Test func overviewJSONListsOrganisationsWithTheirPeriods() throws {
        let result = try InProcess.run(["overzicht", "--formaat", "json"])
        #expect(result.status == 0)
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let organisations = try #require(document["organisaties"] as? [[String: Any]])
        #expect(organisations.compactMap { $0["code"] as? String } == ["midden-limburg", "noord-limburg", "westelijke-mijnstreek"])
    }

    @Test func overviewOutsideTheProjectSaysWhereItLooked() throws {
        let result = try ZVHProcess.run(["overzicht"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 66)
        #expect(result.stderr.contains("geen map Budgets/"))
        #expect(result.stdout.isEmpty)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = try InProcess.run(["overzicht", "--formaat", "json"])
        let second = try ZVHProcess.run(["overzicht", "--formaat", "json"], environment: ["LANG": "C", "TZ": "Pacific/Auckland"])
        #expect(first.stdout == second.stdout)
    }
}
