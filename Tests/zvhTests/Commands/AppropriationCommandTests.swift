import Foundation
import Testing

/// `zvh resultaatbestemming`: the file's rules send a component's voordeel to a reserve
/// up to its plafond; the rest is settled, and the parts add up to the result.
@Suite struct AppropriationCommandTests {
    static func account(plafond: String) throws -> (folder: URL, file: String) {
        let folder = try SpreadsheetCommandTests.folder()
        let source = try String(contentsOf: ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/jaarrekening-2021.json"), encoding: .utf8)
        let rules = """
              "reserves": [ { "naam": "31265", "soort": "bestemmingsreserve", "stand-begin": 0\(plafond) } ],
              "resultaatbestemming": [ { "component": "pok", "reserve": "31265", "toelichting": "POK-gelden naar de bestemmingsreserve" } ],
              "lasten": [
            """
        let text = source.replacingOccurrences(of: "  \"lasten\": [\n", with: rules + "\n")
        let file = folder.appendingPathComponent("jaarrekening-2021.json").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    static func json(_ file: String) throws -> [String: Any] {
        let result = try InProcess.run(["resultaatbestemming", file, "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func pokGoesToItsReserveUpToThePlafondAndTheRestIsSettled() throws {
        let (folder, file) = try Self.account(plafond: #", "plafond": 50000"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try Self.json(file)
        let components = try #require(document["componenten"] as? [[String: Any]])
        let pok = try #require(components.first { $0["code"] as? String == "pok" })
        #expect((pok["naar-reserve"] as? NSNumber)?.intValue == 50_000)
        #expect((pok["te-verrekenen"] as? NSNumber)?.intValue == 47_800)
        #expect((document["naar-reserves"] as? NSNumber)?.intValue == 50_000)
        #expect((document["te-verrekenen"] as? NSNumber)?.intValue == 33_584)
        #expect((document["resultaat"] as? NSNumber)?.intValue == 83_584)
    }

    @Test func withoutAPlafondTheWholeVoordeelGoesToTheReserve() throws {
        let (folder, file) = try Self.account(plafond: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try Self.json(file)
        #expect((document["naar-reserves"] as? NSNumber)?.intValue == 97_800)
        #expect((document["te-verrekenen"] as? NSNumber)?.intValue == -14_216)
    }
}
