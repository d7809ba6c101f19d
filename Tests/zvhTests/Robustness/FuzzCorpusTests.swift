import Foundation
import Testing

/// Replays the inputs the fuzzers (`.fuzz/run`) found worth keeping, through the built
/// `zvh`: no signal (trap, crash), a known exit status, nothing on stdout when the
/// status says the run failed, and no raw control character from a file on a stream.
///
/// `Tests/zvhTests/Corpus/fuzz/` holds one folder per harness:
/// - `cli/NAME/`: a command line (`arguments`, one argument per line; `{MAP}` stands for
///   a temporary folder holding the case's `fuzz.json`, also copied as `scenario.json`
///   and `fuzz.csv`; `{BUDGETS}` for the bundled `Budgets/`), as the cli harness prints
///   it with `ZVH_FUZZ_PRINT=1`;
/// - `loader/`, `scenario/`, `output/`: raw harness inputs (`scenario/`: 8 parameter
///   bytes before the scenario file; `output/`: 4 bytes before the budget file), run
///   through the commands their harness drives.
@Suite struct FuzzCorpusTests {
    static let root = ZVHProcess.packageRoot.appendingPathComponent("Tests/zvhTests/Corpus/fuzz")
    static let budgets = ZVHProcess.packageRoot.appendingPathComponent("Budgets")
    static let knownStatus: Set<Int32> = [0, 1, 64, 65, 66, 73, 74]

    static func entries(_ harness: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(harness).path)) ?? []).sorted()
    }

    /// The promises every run keeps, whatever its input.
    static func expectSound(_ result: ZVHProcess.Result, _ what: String) {
        #expect(!result.endedBySignal, "\(what): \(result.stderr.prefix(400))")
        #expect(knownStatus.contains(result.status), "\(what): exit \(result.status)")
        if [64, 65, 66, 73].contains(result.status) { #expect(result.stdout.isEmpty, "\(what): stdout with exit \(result.status)") }
        #expect(!result.stderr.contains("Fatal error"), "\(what)")
        for text in [result.stdout, result.stderr] {
            let raw = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }
            #expect(raw.isEmpty, "\(what): raw control characters \(raw.map(\.value))")
        }
    }

    @Test func everyHarnessKeepsACorpus() {
        for harness in ["cli", "loader", "scenario", "output"] {
            #expect(!Self.entries(harness).isEmpty, "Tests/zvhTests/Corpus/fuzz/\(harness) is empty")
        }
    }

    @Test(arguments: entries("cli"))
    func commandLineCase(_ name: String) throws {
        let source = Self.root.appendingPathComponent("cli/\(name)")
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = (try? Data(contentsOf: source.appendingPathComponent("fuzz.json"))) ?? Data()
        for file in ["fuzz.json", "scenario.json", "fuzz.csv"] { try content.write(to: folder.appendingPathComponent(file)) }
        let text = try String(contentsOf: source.appendingPathComponent("arguments"), encoding: .utf8)
        let arguments = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0).map {
            $0.replacingOccurrences(of: "{MAP}", with: folder.path).replacingOccurrences(of: "{BUDGETS}", with: Self.budgets.path)
        }
        let result = try ZVHProcess.run(arguments, in: folder)  // relative names land in the temp folder
        Self.expectSound(result, "cli/\(name): \(arguments)")
        // An input is never written: when fuzz.json (or its folder) is named as an input,
        // anywhere but as the value of --uitvoer, it is unchanged.
        let budget = folder.appendingPathComponent("fuzz.json").path
        let namesBudget = arguments.indices.contains { index in
            let argument = arguments[index]
            guard argument == budget || argument == folder.path || argument.hasSuffix("=" + budget) else { return false }
            return !argument.hasPrefix("--uitvoer=") && !(index > 0 && arguments[index - 1] == "--uitvoer")
        }
        if namesBudget { #expect(try Data(contentsOf: folder.appendingPathComponent("fuzz.json")) == content, "an input was written") }
    }

    @Test(arguments: entries("loader"))
    func loaderCase(_ name: String) throws {
        let path = Self.root.appendingPathComponent("loader/\(name)").path
        for command in [["begroting", path], ["check", path], ["begroting", path, "--formaat", "markdown", "--uitleg"]] {
            Self.expectSound(try ZVHProcess.run(command), "loader/\(name): \(command)")
        }
    }

    @Test(arguments: entries("scenario"))
    func scenarioCase(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent("scenario/\(name)"))
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("scenario.json")
        try bytes.dropFirst(8).write(to: scenario)
        for budget in ["midden-limburg/begroting-2022.json", "noord-limburg/begroting-2024.json", "westelijke-mijnstreek/jaarrekening-2023.json"] {
            let command = ["scenario", Self.budgets.appendingPathComponent(budget).path, "--scenario", scenario.path, "--jaren", "30", "--raming-index", "overig=100%", "--gevoeligheid"]
            Self.expectSound(try ZVHProcess.run(command), "scenario/\(name): \(budget)")
        }
    }

    @Test(arguments: entries("output"))
    func outputCase(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent("output/\(name)"))
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("fuzz.json")
        try bytes.dropFirst(4).write(to: file)
        for format in ["tekst", "markdown", "csv", "json", "html"] {
            for command in [["begroting", file.path], ["overzicht", file.path], ["check", file.path]] {
                let result = try ZVHProcess.run(command + ["--formaat", format])
                Self.expectSound(result, "output/\(name): \(command) \(format)")
                if format == "json", result.status == 0 || result.status == 1 {
                    #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "output/\(name): JSON does not parse")
                }
            }
        }
    }
}
