import Foundation
import Testing

/// `zvh codes`: codes proposed for the lines without one, by label, member, kind and
/// place; written only into another folder with `--toepassen`.
@Suite struct CodesCommandTests {
    @Test func proposesTheCodesOfTheOtherYearAndWritesThemOnlyWhenAsked() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let root = ZVHProcess.packageRoot
        try FileManager.default.copyItem(at: root.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json"), to: input.appendingPathComponent("begroting-2022.json"))
        let account = try String(contentsOf: root.appendingPathComponent("Budgets/midden-limburg/jaarrekening-2021.json"), encoding: .utf8)
        let uncoded = account.replacingOccurrences(of: #", "code": "[^"]*""#, with: "", options: .regularExpression)
        let uncodedPath = input.appendingPathComponent("jaarrekening-2021.json")
        try uncoded.write(to: uncodedPath, atomically: true, encoding: .utf8)
        let result = try InProcess.run(["codes", input.path, "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let proposals = try #require(document["voorstellen"] as? [[String: Any]])
        func code(_ name: String) -> String? { proposals.first { $0["naam"] as? String == name }?["code"] as? String }
        #expect(code("Rijksbijdrage Veiligheidshuizen (justitie)") == "rijksbijdrage")
        #expect(code("Inhuur") == "inhuur")
        #expect(code("Representatiekosten en abonnementen") == "materieel.representatie")
        #expect(code("Bijdrage gemeenten") == "bijdragen-gemeenten")
        #expect(code("Leudal") == "bijdragen-gemeenten.leudal")
        #expect(code("Overige diensten") == "materieel.overige-diensten")
        // Never silently: the input is unchanged; --toepassen writes copies elsewhere.
        #expect(try String(contentsOf: uncodedPath, encoding: .utf8) == uncoded)
        let output = folder.appendingPathComponent("uit")
        #expect(try InProcess.run(["codes", input.path, "--toepassen", output.path]).status == 0)
        let written = try String(contentsOf: output.appendingPathComponent("jaarrekening-2021.json"), encoding: .utf8)
        #expect(written.contains(#""code": "inhuur""#))
        #expect(try InProcess.run(["check", output.appendingPathComponent("jaarrekening-2021.json").path]).stderr.isEmpty)
        #expect(try InProcess.run(["codes", input.path, "--toepassen", input.path]).status == 64)
    }
}
