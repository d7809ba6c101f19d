import Foundation
import Testing

/// `zvh brief --scenario`: the letter of a member that leaves or joins shows its
/// uittreedsom or toetreedsom with the derivation the scenario report shows.
@Suite struct LetterScenarioCommandTests {
    static let begroting = LetterCommandTests.begroting

    func object(_ arguments: [String], status: Int32) throws -> [String: Any] {
        let result = try ZVHProcess.run(arguments + ["--formaat", "json"])
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The scenario report's variant: its `uittreding`/`toetreding` and the member's amount.
    func scenarioVariant(_ scenario: String, member: String) throws -> (variant: [String: Any], amount: Int?) {
        let report = try object(["scenario", Self.begroting, "--scenario", scenario], status: 0)
        let variant = try #require((report["scenarios"] as? [[String: Any]])?.first)
        let row = (report["gemeenten"] as? [[String: Any]])?.first { $0["gemeente"] as? String == member }
        let amount = ((row?["scenarios"] as? [String: Any])?.values.first as? [String: Any])?["bedrag"] as? Int
        return (variant, amount)
    }

    @Test(arguments: [("nederweert-treedt-uit-aflopend", "15.987", 15987), ("nederweert-treedt-uit-frictiekosten", "11.365", 11365)])
    func nederweertsLetterShowsTheScenariosUittreedsomAndDerivationExactly(scenario: String, shown: String, amount: Int) throws {
        let (variant, final) = try scenarioVariant(scenario, member: "Nederweert")
        let expected = try #require((variant["uittreding"] as? [[String: Any]])?.first)
        let letter = try object(["brief", "Nederweert", Self.begroting, "--scenario", scenario, "--concept"], status: 1)
        let exit = try #require(letter["uittreding"] as? [String: Any])
        #expect(NSDictionary(dictionary: exit).isEqual(to: expected))
        #expect(exit["uittreedsom"] as? Int == amount)
        #expect(letter["definitief"] as? Int == final)
        #expect(letter["definitief"] as? Int == -7652)
        #expect(letter["toetreding"] is NSNull)
        #expect((letter["scenario"] as? [String: Any])?["bestand"] as? String == "Budgets/midden-limburg/scenarios/\(scenario).json")
        let derivation = try #require(exit["afleiding"] as? [String])
        for format in ["tekst", "markdown", "html"] {
            let result = try ZVHProcess.run(["brief", "Nederweert", Self.begroting, "--scenario", scenario, "--concept", "--formaat", format])
            #expect(result.status == 1, "\(format)")
            let flowing = result.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
            #expect(flowing.contains("uittreedsom van € \(shown)"), "\(format)")
            #expect(flowing.contains("Uittreding: uw uittreedsom"), "\(format)")
            #expect(derivation.allSatisfy { line in flowing.contains(line.prefix(30)) }, "\(format)")
        }
    }

    @Test func aMemberThatGetsMoneyBackIsToldItIsRepaidNotAskedToPay() throws {
        let result = try ZVHProcess.run(["brief", "Nederweert", Self.begroting, "--scenario", "nederweert-treedt-uit-aflopend", "--concept"])
        #expect(result.status == 1, "\(result.stderr)")
        let flowing = result.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
        #expect(flowing.contains("Wij betalen u dit bedrag"), "\(flowing)")
        #expect(flowing.contains("terugbetaling op"))
        #expect(!flowing.contains("verzoeken u het bedrag"))
        #expect(!flowing.contains("U betaalt dit bedrag"))
    }

    @Test func everyLetterOfTheScenarioIsWrittenAndThePDFShowsTheUittreedsom() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ZVHProcess.run(["brief", "--alle", Self.begroting, "--scenario", "nederweert-treedt-uit-aflopend", "--concept", "--formaat", "pdf", "--uitvoer", folder.path])
        #expect(result.status == 1, "\(result.stderr)")
        let letter = folder.appendingPathComponent("bijdragebrief-midden-limburg-2022-nederweert.pdf")
        #expect(FileManager.default.fileExists(atPath: letter.path))
        let text = try Shell.run("pdftotext '\(letter.path)' -")
        #expect(text.stdout.contains("Uittreding: uw uittreedsom"), "\(text.stdout.prefix(200))")
        #expect(text.stdout.contains("15.987"))
    }

    @Test func aJoiningMembersLetterShowsItsToetreedsomAsTheScenarioDoes() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("peel-en-maas-treedt-toe.json")
        try """
            { "naam": "Peel en Maas treedt toe", "organisatie": "midden-limburg",
              "wijzigingen": [ { "soort": "gemeente-toetreden", "gemeente": { "naam": "Peel en Maas" }, "gewichten": { "bijdragen-2022": 50000 },
                                 "toetreedsom": { "aandeel-in": 120000, "omschrijving": "algemene reserve" } } ] }
            """.write(to: file, atomically: true, encoding: .utf8)
        let (variant, final) = try scenarioVariant(file.path, member: "Peel en Maas")
        let expected = try #require((variant["toetreding"] as? [[String: Any]])?.first)
        // The fout of the bundled begroting is in the settlement of 2021, in which a
        // joining member takes no part: its letter goes out final.
        let letter = try object(["brief", "peel en maas", Self.begroting, "--scenario", file.path], status: 0)
        let entry = try #require(letter["toetreding"] as? [String: Any])
        #expect(NSDictionary(dictionary: entry).isEqual(to: expected))
        #expect(letter["definitief"] as? Int == final)
        #expect(letter["uittreding"] is NSNull)
        let text = try ZVHProcess.run(["brief", "Peel en Maas", Self.begroting, "--scenario", file.path])
        #expect(!text.stdout.contains("CONCEPT"))
        #expect(text.stdout.contains("Toetreding: uw toetreedsom"))
        let derivation = try #require(entry["afleiding"] as? String)
        #expect(text.stdout.replacingOccurrences(of: "\n", with: " ").contains(derivation.prefix(40)))
        // Every letter of the scenario, into a folder beside the scenario file (no budget).
        let out = folder.appendingPathComponent("brieven")
        let all = try ZVHProcess.run(["brief", "--alle", Self.begroting, "--scenario", file.path, "--concept", "--formaat", "json", "--uitvoer", out.path])
        #expect(all.status == 1, "\(all.stderr)")
        let joined = try Data(contentsOf: out.appendingPathComponent("bijdragebrief-midden-limburg-2022-peel-en-maas.json"))
        let joinedLetter = try #require(JSONSerialization.jsonObject(with: joined) as? [String: Any])
        #expect(NSDictionary(dictionary: try #require(joinedLetter["toetreding"] as? [String: Any])).isEqual(to: expected))
        #expect(joinedLetter["concept"] == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 9)
        let summary = try Data(contentsOf: out.appendingPathComponent("bijdragebrieven-midden-limburg-2022-overzicht.json"))
        let sums = try #require(JSONSerialization.jsonObject(with: summary) as? [String: Any])
        #expect((sums["toetreedsommen"] as? [String: Any])?["Peel en Maas"] as? Int == entry["toetreedsom"] as? Int)
    }

    @Test func aScenarioThatCannotBeFoundOrAppliedIsRefusedAndNothingIsWritten() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("brief.txt")
        let unknown = try ZVHProcess.run(["brief", "Leudal", Self.begroting, "--scenario", "bestaat-niet", "--concept", "--uitvoer", output.path])
        #expect(unknown.status == 66, "\(unknown.stderr)")
        #expect(unknown.stderr.contains("scenario niet gevonden"))
        let file = folder.appendingPathComponent("x.json")
        try "{\n  \"naam\": \"x\",\n  \"wijzigingen\": [\n    { \"soort\": \"gemeente-uittreden\", \"gemeente\": \"Nederwert\" }\n  ]\n}\n".write(to: file, atomically: true, encoding: .utf8)
        let wrong = try ZVHProcess.run(["brief", "Leudal", Self.begroting, "--scenario", file.path, "--concept", "--uitvoer", output.path])
        #expect(wrong.status == 65, "\(wrong.stderr)")
        #expect(wrong.stderr.contains("\(file.path):4:"), "\(wrong.stderr)")
        #expect(wrong.stderr.contains("Nederweert"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
