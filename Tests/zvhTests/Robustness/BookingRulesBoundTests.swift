import Foundation
import Testing

/// A rules file's account ranges are compared pairwise for overlaps, so their number is
/// bounded: a hostile file with more gets a clear message at once, not quadratic work.
@Suite struct BookingRulesBoundTests {
    @Test func moreThanFiveThousandAccountRangesAreRefusedAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-rules-bound-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/boekingsregels.json")
        var rules = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: example)) as? [String: Any])
        var list = try #require(rules["regels"] as? [[String: Any]])
        list.insert(["naam": "Veel reeksen", "rekeningen": (0..<5_001).map { String(100_000 + $0) }, "regel": "Huur"], at: 0)
        rules["regels"] = list
        let file = folder.appendingPathComponent("regels.json")
        try JSONSerialization.data(withJSONObject: rules).write(to: file)
        let result = try ZVHProcess.run([
            "boekingen", "Budgets/midden-limburg/jaarrekening-2021.json", "Budgets/midden-limburg/boekingen-2021.csv", "--regels", file.path,
        ])
        #expect(result.status == 65)
        #expect(result.stderr.contains("hoogstens 5000 rekeningreeksen"))
        #expect(result.stdout.isEmpty)
    }
}
