import Foundation
import Testing

@Suite struct RiskCommandTests {
    static let example = "Budgets/midden-limburg/voorbeelden/begroting-2022-risicos.json"

    @Test func risicosShowsRatioClassAndEachMembersShareInEveryFormat() throws {
        let expectations: [String: [String]] = [
            "tekst": ["1,45", "B (ruim voldoende)", "Nederweert", "1.378"],
            "markdown": ["1,45", "B (ruim voldoende)", "1.378"],
            "csv": ["1,45", "B (ruim voldoende)", "1378"],
            "html": ["1,45", "B (ruim voldoende)", "1.378"],
            "json": ["\"ratio\": 1.45", "\"klasse\": \"B\"", "\"benodigde-capaciteit\": 1378"],
        ]
        for (format, texts) in expectations {
            let result = try InProcess.run(["risicos", Self.example, "--formaat", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            for text in texts { #expect(result.stdout.contains(text), "\(format): \(text)") }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-risicos-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let workbook = directory.appendingPathComponent("risicos.xlsx")
        let xlsx = try InProcess.run(["risicos", Self.example, "--formaat", "xlsx", "--uitvoer", workbook.path])
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        #expect(FileManager.default.fileExists(atPath: workbook.path))
    }

    @Test func theLetterShowsTheMembersShareOfTheRisks() throws {
        // The seed's settlement differs from the jaarrekening (a fout): only a concept is written, exit 1.
        let result = try InProcess.run(["brief", "Nederweert", Self.example, "--concept", "--formaat", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let letter = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let risks = try #require(letter["risicos"] as? [String: Any])
        #expect(risks["klasse"] as? String == "B")
        #expect((risks["bedrag"] as? NSNumber)?.intValue == 1_378)
    }

    @Test func aBadRisicosBlockIsADataErrorWithItsPlaceAndNothingWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-risicos-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: ZVHProcess.packageRoot.appendingPathComponent(Self.example).path, encoding: .utf8)
            .replacingOccurrences(of: #""kans": 25,"#, with: #""kans": 250,"#)
        let file = directory.appendingPathComponent("begroting.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("uit.txt")
        let result = try InProcess.run(["risicos", file.path, "--uitvoer", output.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file.path):"))
        #expect(result.stderr.contains("kans"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let usage = try InProcess.run(["risicos"])
        #expect(usage.status == 64)
    }
}
