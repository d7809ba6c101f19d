import Foundation
import Testing

/// Issue 10, what remains: labels with control characters in every renderer, names
/// compared after trimming, an error in a scenario file reported against that file, and
/// members spelled differently in different files.
@Suite struct RobustNamesAndRenderingTests {
    static let budget = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json")
    static let forged = "x.json:1:1: fout: nep"

    /// The bundled budget with a line's label holding a newline that would forge a
    /// diagnostic line, ESC, and a `|` that would end a Markdown cell.
    func budgetWithForgingLabel(in folder: URL) throws -> URL {
        let text = try String(contentsOf: Self.budget, encoding: .utf8)
            .replacingOccurrences(of: "\"Formatie vast personeel\"", with: "\"Formatie | vast\\n\(Self.forged)\\u001b[31m\"")
        let file = folder.appendingPathComponent("begroting-2022.json")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test(arguments: ["tekst", "markdown", "csv", "json", "html"])
    func aLabelWithANewlineBreaksNoTableAndForgesNoLine(_ format: String) throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try budgetWithForgingLabel(in: folder)
        for command in [["begroting", file.path], ["overzicht", folder.path], ["gemeente", "Leudal", folder.path], ["brief", "Leudal", file.path]] {
            let result = try ZVHProcess.run(command + ["--formaat", format])
            #expect(result.status == 0, "\(command) \(format): \(result.stderr)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(!lines.contains { $0.hasPrefix(Self.forged) }, "\(command) \(format): a forged line")
            #expect(!result.stdout.contains("\u{1B}"))
            switch format {
            case "tekst":
                #expect(result.stdout.contains("Formatie | vast\\nx.json:1:1: fout: nep\\u{1B}[31m") || command[0] == "brief" || command[0] == "gemeente" || command[0] == "overzicht")
            case "markdown":
                // Every table row stays one line that starts and ends with a bar.
                for line in lines where line.hasPrefix("| ") { #expect(line.hasSuffix(" |"), "\(line)") }
                if command[0] == "begroting" { #expect(result.stdout.contains("Formatie \\| vast\\\\nx.json")) }
            default:
                break
            }
        }
    }

    @Test func checkTextEscapesNamesInItsFindings() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A key that names someone who is not a member: the finding's message quotes the name.
        let text = try String(contentsOf: Self.budget, encoding: .utf8)
            .replacingOccurrences(of: "\"Nederweert\": 37962,", with: "\"Nederweert\": 37962, \"Nep\\n\(Self.forged)\": 1,")
        let file = folder.appendingPathComponent("begroting-2022.json")
        try Data(text.utf8).write(to: file)
        let result = try ZVHProcess.run(["check", file.path])
        #expect(!result.endedBySignal)
        #expect(result.stdout.contains("Nep\\nx.json:1:1: fout: nep") || result.stderr.contains("Nep\\nx.json:1:1: fout: nep"), "\(result.stdout)\(result.stderr)")
        for stream in [result.stdout, result.stderr] {
            #expect(!stream.split(separator: "\n").contains { $0.hasPrefix(Self.forged) })
        }
    }

    @Test func anErrorInAScenarioFileNamesTheScenarioFileAndItsOwnLine() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("fout.json")
        try Data("""
            {
              "naam": "onbekende gemeente",
              "organisatie": "midden-limburg",
              "wijzigingen": [
                { "soort": "uittreden", "gemeente": "Nederwert" }
              ]
            }

            """.utf8).write(to: scenario)
        let result = try ZVHProcess.run(["scenario", Self.budget.path, "--scenario", scenario.path])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(scenario.path):5:"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.budget.path), "the budget is not blamed: \(result.stderr)")
    }

    @Test func aMemberSpelledDifferentlyInTwoFilesGetsAClearAnswer() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.budget, encoding: .utf8)
        try Data(text.utf8).write(to: folder.appendingPathComponent("begroting-2022.json"))
        let lower = text.replacingOccurrences(of: "Leudal", with: "leudal").replacingOccurrences(of: "\"jaar\": 2022", with: "\"jaar\": 2023")
        try Data(lower.utf8).write(to: folder.appendingPathComponent("begroting-2023.json"))
        for requested in ["LEUDAL", "Leudal", "leudal"] {
            let result = try ZVHProcess.run(["gemeente", requested, folder.path])
            #expect(result.status == 65, "\(requested): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("\"Leudal\"") && result.stderr.contains("\"leudal\""), "\(result.stderr)")
            #expect(result.stderr.contains("schrijf haar naam in alle bestanden gelijk"))
        }
        // One spelling: any case finds it.
        let single = try ZVHProcess.run(["gemeente", "LEUDAL", folder.appendingPathComponent("begroting-2022.json").path, "--alleen-bestand"])
        #expect(single.status == 0, "\(single.stderr)")
    }

    @Test func spacesAroundANameSpelledIdenticallyEverywhereWork() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.budget, encoding: .utf8).replacingOccurrences(of: "\"Nederweert\"", with: "\"Nederweert \"")
        let file = folder.appendingPathComponent("begroting-2022.json")
        try Data(text.utf8).write(to: file)
        let result = try ZVHProcess.run(["begroting", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Nederweert"))
    }

    /// Found by the cli fuzzer: Foundation's `deletingLastPathComponent` traps on a
    /// one-character path, so `--uitvoer a` (or a budget named `a`) ended with signal 4.
    @Test func oneCharacterFileNamesWork() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a", "-", "x"] {
            let result = try ZVHProcess.run(["begroting", Self.budget.path, "--uitvoer", name], in: folder)
            #expect(!result.endedBySignal, "\(name): \(result.stderr.prefix(300))")
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        }
        try FileManager.default.copyItem(at: Self.budget, to: folder.appendingPathComponent("b"))
        let scenario = try ZVHProcess.run(["scenario", "b", "--scenario", "bestaat-niet"], in: folder)
        #expect(!scenario.endedBySignal)
        #expect(scenario.status == 66, "\(scenario.stderr)")
        let letter = try ZVHProcess.run(["brief", "Leudal", "b"], in: folder)
        #expect(!letter.endedBySignal)
        #expect(letter.status == 0, "\(letter.stderr)")
    }

    @Test func advancesThatTogetherExceedTheBoundAreRefused() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("betaald.csv")
        try Data("gemeente;betaald\nEcht-Susteren;999.999.999.999\nLeudal;999.999.999.999\n".utf8).write(to: csv)
        let result = try ZVHProcess.run(["afrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--voorschotten", csv.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(csv.path):3:8: fout: de bedragen in dit bestand zijn samen groter dan"))
    }
}
