import Foundation
import Testing

@Suite struct AdvancesCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func voorschottenSumToTheFinalContributionInEveryFormat() throws {
        // A fout touches every member's settlement in the bundled begroting 2022: a draft, exit 1.
        let result = try InProcess.run(["voorschotten", "Budgets/midden-limburg/begroting-2022.json", "--termijnen", "12", "--formaat", "json", "--concept"])
        #expect(result.status == 1, "\(result.stderr)")
        let members = try #require(try json(result.stdout)["gemeenten"] as? [[String: Any]])
        #expect(members.count == 7)
        for member in members {
            let instalments = try #require(member["termijnen"] as? [NSNumber])
            #expect(instalments.count == 12)
            let cents = instalments.map { Int(($0.doubleValue * 100).rounded()) }
            #expect(cents.reduce(0, +) == (member["definitief"] as? Int ?? 0) * 100)
        }
        for format in ["tekst", "markdown", "csv", "html"] {
            let rendered = try InProcess.run(["voorschotten", "Budgets/noord-limburg/begroting-2024.json", "--termijnen", "4", "--formaat", format])
            #expect(rendered.status == 0 && !rendered.stdout.isEmpty)
        }
        #expect(try InProcess.run(["voorschotten", "Budgets/midden-limburg/begroting-2022.json", "--termijnen", "3"]).status == 64)
        #expect(try InProcess.run(["voorschotten", "Budgets/midden-limburg/jaarrekening-2021.json"]).status == 65)
    }

    @Test func afrekeningWithTheExampleAdvances() throws {
        // The jaarrekening alone (no begroting that settles 2021 read): the result is settled here.
        let result = try InProcess.run([
            "afrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--voorschotten", "Budgets/midden-limburg/voorbeelden/voorschotten-2021.csv", "--formaat", "json",
            "--alleen-bestand", "--concept",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        let document = try json(result.stdout)
        let members = try #require(document["gemeenten"] as? [[String: Any]])
        let roermond = try #require(members.first { $0["gemeente"] as? String == "Roermond" })
        #expect(roermond["verschuldigd"] as? Int == 135_290)
        #expect(roermond["betaald"] as? Int == 160_000)
        #expect(roermond["saldo"] as? Int == -24_710)
        #expect(members.compactMap { $0["verrekening"] as? Int }.reduce(0, +) == -83_584)
        let asBudgeted = try InProcess.run(["afrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--niet-verrekenen", "pok", "--alleen-bestand", "--concept"])
        #expect(asBudgeted.status == 1, "\(asBudgeted.stderr)")
        #expect(asBudgeted.stdout.contains("volgens de begrote bijdrage"))
        // With its books, begroting 2022 settles 2021 already: the afrekening does not settle it again.
        let books = try json(try InProcess.run([
            "afrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--voorschotten", "Budgets/midden-limburg/voorbeelden/voorschotten-2021.csv", "--formaat", "json", "--concept",
        ]).stdout)
        let settledElsewhere = try #require(books["gemeenten"] as? [[String: Any]])
        #expect(settledElsewhere.allSatisfy { $0["verrekening"] as? Int == 0 })
        #expect(settledElsewhere.first { $0["gemeente"] as? String == "Roermond" }?["saldo"] as? Int == -637)
    }
}
