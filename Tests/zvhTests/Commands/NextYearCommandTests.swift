import Foundation
import Testing

@Suite struct NextYearCommandTests {
    /// A path in a folder of its own: a file written there has no other files of its
    /// organisation beside it (a command reads a file with the files beside it).
    func temporary(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test(arguments: ["Budgets/midden-limburg/begroting-2022.json", "Budgets/noord-limburg/begroting-2024.json", "Budgets/westelijke-mijnstreek/begroting-2024-jan-jul.json"])
    func volgendJaarPassesCheckWithZeroFindings(_ file: String) throws {
        let output = temporary("volgend.json")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let made = try InProcess.run(["volgend-jaar", file, "--index", "personeel=3,2%", "--index", "materieel=1,6%", "--uitvoer", output])
        #expect(made.status == 0, "\(made.stderr)")
        let check = try InProcess.run(["check", output])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("Geen bevindingen"))
    }

    @Test func itsSettlementEqualsWhatVerrekeningDerives() throws {
        // A begroting 2022 that settles 2020 rather than 2021, read without the bundled
        // begroting 2022 (which settles 2021 already): 2021 is still to be settled.
        let source = try String(contentsOf: ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json"), encoding: .utf8)
        let begroting = temporary("begroting-2022.json")
        try source.replacingOccurrences(of: "\"betreft-jaar\": 2021", with: "\"betreft-jaar\": 2020").write(toFile: begroting, atomically: true, encoding: .utf8)
        let made = try InProcess.run(["volgend-jaar", begroting, "--jaarrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--alleen-bestand"])
        #expect(made.status == 0, "\(made.stderr)")
        let budget = try #require(JSONSerialization.jsonObject(with: Data(made.stdout.utf8)) as? [String: Any])
        let derived = try InProcess.run(["verrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--formaat", "json"])
        let report = try #require(JSONSerialization.jsonObject(with: Data(derived.stdout.utf8)) as? [String: Any])
        let written = try #require(budget["verrekening"] as? NSDictionary)
        let expected = try #require(report["verrekening"] as? NSDictionary)
        #expect(written == expected)
        #expect(budget["vermeld"] == nil)
    }

    @Test func neverOverAnInputAndUsageErrors() throws {
        let input = "Budgets/midden-limburg/begroting-2022.json"
        let before = try Data(contentsOf: ZVHProcess.packageRoot.appendingPathComponent(input))
        let over = try InProcess.run(["volgend-jaar", input, "--uitvoer", input])
        #expect(over.status == 64)
        #expect(try Data(contentsOf: ZVHProcess.packageRoot.appendingPathComponent(input)) == before)
        let overAccount = try InProcess.run(["volgend-jaar", input, "--jaarrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--uitvoer", "Budgets/midden-limburg/jaarrekening-2021.json"])
        #expect(overAccount.status == 64)
        #expect(try InProcess.run(["volgend-jaar", input, "--index", "personeel=veel"]).status == 64)
        #expect(try InProcess.run(["volgend-jaar", input, "--niet-verrekenen", "pok"]).status == 64)
        let account = try InProcess.run(["volgend-jaar", "Budgets/midden-limburg/jaarrekening-2021.json"])
        #expect(account.status == 65)
        #expect(account.stdout.isEmpty)
    }
}
