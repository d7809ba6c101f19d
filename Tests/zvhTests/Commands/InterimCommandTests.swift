import Foundation
import Testing

/// `zvh tussenrapportage` on the bundled bookings to 8 November 2021: prognose from the
/// best information, variances above the threshold with explanations, and the proposed
/// begrotingswijziging as a file zvh reads.
@Suite struct InterimCommandTests {
    static let base = [
        "tussenrapportage", "Budgets/midden-limburg/jaarrekening-2021.json", "--boekingen", "Budgets/midden-limburg/boekingen-2021.csv",
        "--regels", "Budgets/midden-limburg/boekingsregels.json", "--tot", "2021-11-08",
    ]

    static func write(_ text: String, in folder: URL, name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func variancesAboveTheThresholdAskForAnExplanation() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let explanations = try Self.write(#"{ "inhuur.ingeleend": "Vacature pas in september ingevuld." }"#, in: folder, name: "toelichtingen.json")
        let proposal = folder.appendingPathComponent("wijziging.json").path
        let result = try InProcess.run(Self.base + ["--toelichtingen", explanations, "--wijziging", proposal, "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let lines = try #require(document["regels"] as? [[String: Any]])
        let formatie = try #require(lines.first { $0["code"] as? String == "personeel.formatie" })
        #expect((formatie["prognose"] as? NSNumber)?.intValue == 546_555)
        #expect(formatie["grondslag"] as? String == "volledig gerealiseerd")
        let ingeleend = try #require(lines.first { $0["code"] as? String == "inhuur.ingeleend" })
        #expect(ingeleend["boven-drempel"] as? Bool == true)
        #expect(ingeleend["toelichting"] as? String == "Vacature pas in september ingevuld.")
        #expect(document["zonder-toelichting"] as? [String] == ["inhuur.studie-en-reiskosten", "materieel.huur", "materieel.overige-diensten"])
        // The proposal is a budget file zvh reads, with the change in its own column.
        let shown = try InProcess.run(["begroting", proposal, "--formaat", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("wijziging-tussenrapportage"))
        // A larger threshold lists fewer lines.
        let strict = try InProcess.run(Self.base + ["--drempel", "20000", "--drempel", "50%", "--formaat", "json"])
        let strictDocument = try #require(JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as? [String: Any])
        #expect(strictDocument["zonder-toelichting"] as? [String] == ["inhuur.studie-en-reiskosten"])
    }

    @Test(arguments: [
        (#"{ "inhuur.ingeleen": "x" }"#, ":1:3: fout: 'inhuur.ingeleen': de toelichting noemt \"inhuur.ingeleen\""),
        (#"{ "inhuur.ingeleend": 12 }"#, ":1:23: fout: 'inhuur.ingeleend' moet tekst"),
        ("{ \"inhuur.ingeleend\": \"\" }", ":1:23: fout: 'inhuur.ingeleend': mag niet leeg zijn"),
        (#"{ "a": "x", "#, ": fout: ongeldige JSON"),
    ])
    func badExplanationsAreNamedWithFileLineAndColumnAndNothingIsWritten(content: String, fragment: String) throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let explanations = try Self.write(content, in: folder, name: "toelichtingen.json")
        let proposal = folder.appendingPathComponent("wijziging.json").path
        let result = try InProcess.run(Self.base + ["--toelichtingen", explanations, "--wijziging", proposal])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(explanations))
        #expect(result.stderr.contains(fragment), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: proposal))
    }

    @Test func missingOptionsAreUsageErrors() throws {
        #expect(try InProcess.run(["tussenrapportage", "Budgets/midden-limburg/jaarrekening-2021.json"]).status == 64)
        #expect(try InProcess.run(Self.base + ["--drempel", "veel"]).status == 64)
        #expect(try InProcess.run(Self.base.dropLast(2) + ["--tot", "2022-01-01"]).status == 64)
    }
}
