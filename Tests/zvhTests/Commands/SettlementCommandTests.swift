import Foundation
import Testing

@Suite struct SettlementCommandTests {
    let file = "Budgets/midden-limburg/jaarrekening-2021.json"

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func midden2021JSONComponentsAddUpAndSplitsSumToTheirComponent() throws {
        let result = try InProcess.run(["verrekening", file, "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try json(result.stdout)
        #expect(document["resultaat"] as? Int == 83_584)
        let components = try #require(document["componenten"] as? [[String: Any]])
        let results = components.compactMap { $0["resultaat"] as? Int }
        #expect(results.reduce(0, +) == 83_584)
        #expect(results.contains(13_245) && results.contains(97_800) && results.contains(-27_461))
        var settled = 0
        for component in components {
            let parts = try #require(component["verdeling"] as? [[String: Any]])
            #expect(parts.count == 7)
            let amount = try #require(component["verrekening"] as? Int)
            #expect(parts.compactMap { $0["bedrag"] as? Int }.reduce(0, +) == amount)
            settled += amount
        }
        #expect(settled == -83_584)
        let block = try #require(document["verrekening"] as? [String: Any])
        let blockComponents = try #require(block["componenten"] as? [[String: Any]])
        #expect(blockComponents.compactMap { $0["bedrag"] as? Int }.reduce(0, +) == -83_584)
        #expect(block["betreft-jaar"] as? Int == 2021)
    }

    @Test func everyFormatRendersAndNotSettledIsSaid() throws {
        for format in ["tekst", "markdown", "csv", "html", "json"] {
            let result = try InProcess.run(["verrekening", file, "--formaat", format, "--niet-verrekenen", "pok"])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
        let text = try InProcess.run(["verrekening", file, "--niet-verrekenen", "pok", "--uitleg"])
        #expect(text.stdout.contains("toegevoegd aan een reserve"))
        #expect(text.stdout.contains("Exact:"))
    }

    @Test func aKeyFromNextYearsBegroting() throws {
        let result = try InProcess.run([
            "verrekening", file, "--sleutels-uit", "Budgets/midden-limburg/begroting-2022.json", "--sleutel", "bijdragen-2022", "--formaat", "csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("-28127") || result.stdout.contains("-28.127"))
    }

    @Test func badOptionsAreUsageErrorsAndABegrotingIsRefused() throws {
        let unknown = try InProcess.run(["verrekening", file, "--niet-verrekenen", "pokk"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("bedoelde u \"pok\""))
        #expect(unknown.stdout.isEmpty)
        let key = try InProcess.run(["verrekening", file, "--sleutel", "inwoners"])
        #expect(key.status == 64)
        let begroting = try InProcess.run(["verrekening", "Budgets/midden-limburg/begroting-2022.json"])
        #expect(begroting.status == 65)
        #expect(begroting.stderr.contains("jaarrekening"))
        #expect(begroting.stdout.isEmpty)
    }
}
