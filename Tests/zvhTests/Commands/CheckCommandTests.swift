import Foundation
import Testing
@testable import zvh

@Suite struct CheckCommandTests {
    static func temporaryFile(_ content: String, name: String = "schoon.json") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        try Data(content.utf8).write(to: file)
        return file
    }

    static let clean = """
        {
          "soort": "begroting", "organisatie": { "code": "t", "naam": "T" }, "periode": { "jaar": 2025 },
          "bron": { "document": "test" }, "gemeenten": [ { "naam": "A" } ],
          "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
          "lasten": [ { "naam": "Huur", "bedragen": { "begroot": 100 } } ],
          "baten": [ { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "begroot": 100 } } ],
          "vermeld": { "totaal-lasten": { "begroot": 100 } }
        }
        """

    @Test func checkOnTheBundledBudgetsFindsTheSeedMistakesAndExitsWithOne() throws {
        let result = try InProcess.run(["check"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("[dubbele-regel]"))
        #expect(result.stdout.contains("waarschijnlijk Stein: 48.614 ≈ 7/12 × 83.339"))
        #expect(result.stdout.contains("Samenvatting: "))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func checkJSONHasTheDocumentedFields() throws {
        let result = try InProcess.run(["controleer", "Budgets/westelijke-mijnstreek", "--formaat", "json"])
        #expect(result.status == 1)
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["bevindingen"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            for key in ["regel", "ernst", "bestand", "plaats", "regelnummer", "melding", "verwacht", "gevonden", "hint"] {
                #expect(finding.keys.contains(key), "\(key)")
            }
        }
        let total = try #require(findings.first { ($0["melding"] as? String)?.contains("totaal baten") == true })
        #expect(total["verwacht"] as? Int == 996_093)
        #expect(total["gevonden"] as? Int == 996_094)
        #expect(total["ernst"] as? String == "waarschuwing")
    }

    @Test func aCleanFileGivesNoFindingsAndExitZero() throws {
        let file = try Self.temporaryFile(Self.clean)
        let result = try InProcess.run(["check", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("geen bevindingen"))
        #expect(result.stdout.contains("Geen bevindingen in 1 bestand(en)."))
    }

    @Test func striktFailsOnWarningsToo() throws {
        let file = try Self.temporaryFile(Self.clean.replacingOccurrences(of: #""totaal-lasten": { "begroot": 100 }"#, with: #""totaal-lasten": { "begroot": 101 }"#))
        let lenient = try InProcess.run(["check", file.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("waarschuwing: [som-wijkt-af]"))
        let strict = try InProcess.run(["check", "--strikt", file.path])
        #expect(strict.status == 1)
        let tolerant = try InProcess.run(["check", "--tolerantie", "0", file.path])
        #expect(tolerant.status == 1)
        #expect(tolerant.stdout.contains("fout: [som-wijkt-af]"))
    }

    @Test func badToleranceAndThresholdAreUsageErrors() throws {
        let tolerance = try InProcess.run(["check", "--tolerantie", "een euro"])
        #expect(tolerance.status == 64)
        #expect(tolerance.stdout.isEmpty)
        #expect(tolerance.stderr.hasPrefix("Fout: --tolerantie verwacht een bedrag"))
        let threshold = try InProcess.run(["check", "--pro-rata-drempel", "-5"])
        #expect(threshold.status == 64)
        #expect(threshold.stderr.contains("--pro-rata-drempel verwacht een percentage"))
    }

    @Test func oneRuleCanBeRunAlone() throws {
        let result = try InProcess.run(["check", "--regel", "niet-sluitend", "--formaat", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["bevindingen"] as? [[String: Any]])
        #expect(Set(findings.compactMap { $0["regel"] as? String }) == ["niet-sluitend"])
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        var out = ""
        var err = ""
        let terminal = Environment(outputIsTerminal: true, errorIsTerminal: true, noColor: false)
        _ = ZVH.run(arguments: ["check", ZVHProcess.packageRoot.appendingPathComponent("Budgets").path], stdout: &out, stderr: &err, environment: terminal)
        #expect(out.contains("\u{1B}[1;31mfout\u{1B}[0m"))
        var plain = ""
        let noColor = Environment(outputIsTerminal: true, errorIsTerminal: true, noColor: true)
        _ = ZVH.run(arguments: ["check", ZVHProcess.packageRoot.appendingPathComponent("Budgets").path], stdout: &plain, stderr: &err, environment: noColor)
        #expect(!plain.contains("\u{1B}["))
    }

    @Test func aBrokenFileAmongGoodOnesIsReportedAndNothingIsShown() throws {
        let file = try Self.temporaryFile("{ \"soort\": ", name: "kapot.json")
        let good = file.deletingLastPathComponent().appendingPathComponent("goed.json")
        try Data(Self.clean.utf8).write(to: good)
        let result = try InProcess.run(["check", file.deletingLastPathComponent().path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("kapot.json:1:"))
        #expect(result.stdout.isEmpty, "all or nothing: no result for part of the inputs")
    }
}
