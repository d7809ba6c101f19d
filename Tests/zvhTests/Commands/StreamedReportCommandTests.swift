import Foundation
import Testing
@testable import zvh
import ZVHFinance

/// `zvh check` (tekst, json) and `zvh overzicht --formaat json` write their report one
/// organisation at a time, and still all or nothing: a file that cannot be read
/// anywhere in the set stops the report before its first byte.
@Suite struct StreamedReportCommandTests {
    /// A stream that keeps every write apart.
    struct RecordingStream: UTF8OutputStream {
        var parts: [String] = []
        mutating func write(_ string: String) { parts.append(string) }
    }

    /// A begroting of organisation `organisation` whose stated total is off by 500 (a fout).
    static func begroting(_ organisation: Int, year: Int) -> String {
        """
        {
          "soort": "begroting",
          "organisatie": { "code": "org-\(organisation)", "naam": "ZVH \(organisation)" },
          "periode": { "jaar": \(year) },
          "bron": { "document": "test" },
          "gemeenten": [ { "naam": "A" }, { "naam": "B" } ],
          "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
          "lasten": [ { "naam": "Personeel", "soort": "personeel", "bedragen": { "begroot": 1000 } } ],
          "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 100 } } ],
          "verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } } ],
          "bijdragen": { "sleutel": "s" },
          "vermeld": { "totaal-lasten": { "begroot": 1500 } }
        }
        """
    }

    /// A set of `count` organisations of two years each, one folder each.
    static func writeSet(organisations count: Int) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-streamed-\(UUID().uuidString)")
        for organisation in 1...count {
            let folder = root.appendingPathComponent("org-\(organisation)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for year in [2024, 2025] {
                try begroting(organisation, year: year).write(to: folder.appendingPathComponent("begroting-\(year).json"), atomically: true, encoding: .utf8)
            }
        }
        return root
    }

    @Test(arguments: [["check"], ["check", "--formaat", "json"], ["overzicht", "--formaat", "json"]])
    func aSetIsWrittenOneOrganisationAtATime(command: [String]) throws {
        let root = try Self.writeSet(organisations: 6)
        defer { try? FileManager.default.removeItem(at: root) }
        var out = RecordingStream()
        var err = ""
        let status = ZVH.run(arguments: [command[0], root.path] + command.dropFirst(), stdout: &out, stderr: &err)
        #expect(status == (command[0] == "check" ? 1 : 0))
        #expect(err.isEmpty)
        // The opening, a part per organisation, the end.
        #expect(out.parts.count >= 6)
        // With --uitvoer the same text, written at once (by the binary: the output
        // writer's temporary file is process-wide, so in-process writes would race).
        let file = root.appendingPathComponent("rapport.txt").path
        let written = try ZVHProcess.run([command[0], root.path] + command.dropFirst() + ["--uitvoer", file])
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == out.parts.joined())
    }

    @Test(arguments: [["check"], ["check", "--formaat", "json"], ["overzicht", "--formaat", "json"]])
    func aBrokenFileAnywhereStopsTheReportBeforeItsFirstByte(command: [String]) throws {
        let root = try Self.writeSet(organisations: 4)
        defer { try? FileManager.default.removeItem(at: root) }
        try "{ \"soort\": \"begroting\", ".write(to: root.appendingPathComponent("org-4/begroting-2026.json"), atomically: true, encoding: .utf8)
        var out = ""
        var err = ""
        let status = ZVH.run(arguments: [command[0], root.path] + command.dropFirst(), stdout: &out, stderr: &err)
        #expect(status == 65)
        #expect(out.isEmpty)
        #expect(err.contains("org-4/begroting-2026.json"))
    }

    @Test func anOverviewWithAContributionThatCannotBeComputedWritesNothing() throws {
        let root = try Self.writeSet(organisations: 3)
        defer { try? FileManager.default.removeItem(at: root) }
        let unknownKey = Self.begroting(3, year: 2026).replacingOccurrences(of: "\"sleutel\": \"s\"", with: "\"sleutel\": \"onbekend\"")
        try unknownKey.write(to: root.appendingPathComponent("org-3/begroting-2026.json"), atomically: true, encoding: .utf8)
        var out = ""
        var err = ""
        let status = ZVH.run(arguments: ["overzicht", root.path, "--formaat", "json"], stdout: &out, stderr: &err)
        var whole = ""
        var wholeErr = ""
        let wholeStatus = ZVH.run(arguments: ["overzicht", root.path, "--formaat", "csv"], stdout: &whole, stderr: &wholeErr)
        #expect(status == wholeStatus)
        #expect(err == wholeErr)
        #expect(out.isEmpty == whole.isEmpty)
    }
}
