import Foundation
import Testing

@Suite struct Iv3CommandTests {
    @Test func theIv3CSVOfTheTaggedJaarrekeningAddsUpToItsLastenAndBaten() throws {
        let result = try InProcess.run(["iv3", "Budgets/midden-limburg/jaarrekening-2021.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let rows = result.stdout.split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let cells = rows.filter { $0.first == "0" && $0.count >= 7 && $0[1] == "regel" && $0[2].hasPrefix("1.") }
        #expect(cells.map { "\($0[2]) \($0[3])" } == ["1.2 1.1", "1.2 3.5.1", "1.2 3.8", "1.2 4.3.1", "1.2 4.3.2"])
        let lasten = cells.compactMap { Int($0[4]) }.reduce(0, +)
        let baten = cells.compactMap { Int($0[5]) }.reduce(0, +)
        // The jaarrekening's last column (verwacht): lasten 664.557, baten 97.000 + 97.800 + 553.341.
        #expect(lasten == 664_557)
        #expect(baten == 748_141)
        #expect(result.stdout.contains("lasten zonder mutaties reserves;664557;664557;✓"))
        #expect(result.stdout.contains("baten zonder mutaties reserves;748141;748141;✓"))
    }

    @Test func reserveMovementsGoToTaakveldZeroTenAndUntaggedLinesAreWarnings() throws {
        let result = try InProcess.run(["iv3", "Budgets/midden-limburg/begroting-2022.json", "--formaat", "json"])
        #expect(result.status == 0)
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((document["toevoegingen-reserves"] as? NSNumber)?.intValue == 97_800)
        #expect(document["lasten-sluiten-aan"] as? Bool == true)
        #expect(document["baten-sluiten-aan"] as? Bool == true)
        let cells = try #require(document["cellen"] as? [[String: Any]])
        #expect(cells.first?["taakveld"] as? String == "0.10")
        #expect(cells.first?["categorie"] as? String == "7.4")
        #expect(result.stderr.contains("begroting-2022.json:"))
        #expect(result.stderr.contains("waarschuwing: [iv3-zonder-tags]"))
    }

    @Test func aMalformedTagIsADataErrorWithItsPlace() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-iv3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/jaarrekening-2021.json").path, encoding: .utf8)
            .replacingOccurrences(of: #""categorie": "3.5.1""#, with: #""categorie": "inhuur""#)
        let file = directory.appendingPathComponent("jaarrekening.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("iv3.csv")
        let result = try InProcess.run(["iv3", file.path, "--uitvoer", output.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file.path):45:"), "\(result.stderr)")
        #expect(result.stderr.contains("categorie"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
