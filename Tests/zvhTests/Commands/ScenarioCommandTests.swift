import Foundation
import Testing

@Suite struct ScenarioCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sleutelNaarInwonersAndPOKVervaltShowPerMemberDifferencesThatAddUp() throws {
        let result = try InProcess.run([
            "scenario", "Budgets/midden-limburg/begroting-2022.json", "--scenario", "sleutel-naar-inwoners", "--scenario", "pok-vervalt", "--formaat", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try json(result.stdout)
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["naam"] as? String } == ["sleutel naar inwoners", "POK vervalt"])
        #expect(scenarios.allSatisfy { $0["verschillen-tellen-op"] as? Bool == true })
        let members = try #require(document["gemeenten"] as? [[String: Any]])
        #expect(members.count == 7)
        for scenario in scenarios {
            let name = try #require(scenario["naam"] as? String)
            let sum = members.compactMap { (($0["scenarios"] as? [String: Any])?[name] as? [String: Any])?["verschil"] as? Int }.reduce(0, +)
            #expect(sum == scenario["verschil"] as? Int)
        }
        let text = try InProcess.run(["scenario", "Budgets/midden-limburg/begroting-2022.json", "--scenario", "pok-vervalt"])
        #expect(text.stdout.replacingOccurrences(of: "\n", with: " ").contains("som van de verschillen 97.800 = verschil in het totaal 97.800 ✓"))
    }

    @Test func quickOptionsMeerjarenramingAndSensitivity() throws {
        let result = try InProcess.run([
            "scenario", "Budgets/noord-limburg/begroting-2024.json", "--index", "personeel=3,2%", "--fte", "procesregie@MDA++=+0,5", "--jaren", "3", "--gevoeligheid",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Meerjarenraming — snelle wijzigingen"))
        #expect(result.stdout.contains("2027"))
        #expect(result.stdout.contains("+1% loonindexatie"))
        #expect(result.stdout.contains("+1 fte procesregie"))
    }

    @Test func schinnenLeavingAfter2018IsRedistributed() throws {
        let result = try InProcess.run(["scenario", "Budgets/westelijke-mijnstreek/voorbeelden/begroting-2019.json", "--scenario", "schinnen-treedt-uit"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains("Schinnen treedt uit: som van de verschillen 0 = verschil in het totaal 0 ✓"))
        #expect(result.stdout.contains("-100,0%"))
    }

    @Test func badOptionsAndUnknownScenariosGetAClearAnswer() throws {
        let index = try InProcess.run(["scenario", "Budgets/midden-limburg/begroting-2022.json", "--index", "lonen=3"])
        #expect(index.status == 64)
        #expect(index.stderr.contains("--index verwacht soort=procent"))
        let function = try InProcess.run(["scenario", "Budgets/noord-limburg/begroting-2024.json", "--fte", "procesregi=+1"])
        #expect(function.status == 64)
        #expect(function.stderr.contains("bedoelde u \"procesregie\"?"))
        let missing = try InProcess.run(["scenario", "Budgets/midden-limburg/begroting-2022.json", "--scenario", "bestaat-niet"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("beschikbaar: nederweert-treedt-uit, nederweert-treedt-uit-aflopend, nederweert-treedt-uit-frictiekosten, pok-vervalt, sleutel-naar-inwoners"))
        let years = try InProcess.run(["scenario", "Budgets/midden-limburg/begroting-2022.json", "--jaren", "99"])
        #expect(years.status == 64)
    }

    @Test func everyFormatRendersTheScenarioReport() throws {
        for format in ["tekst", "markdown", "csv", "html", "json"] {
            let result = try InProcess.run(["scenario", "Budgets/midden-limburg/begroting-2022.json", "--scenario", "pok-vervalt", "--jaren", "1", "--formaat", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("Echt-Susteren"))
        }
    }
}
