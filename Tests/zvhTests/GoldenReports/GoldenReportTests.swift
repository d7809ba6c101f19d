import Foundation
import Testing
@testable import ZVHFinance

/// Every report of every bundled budget, compared byte for byte with the output stored
/// under `Tests/zvhTests/Golden/` (standard output, standard error and the exit status
/// of each run, listed in `runs.tsv`). A changed figure anywhere in a report fails here.
/// After an intended change, `.ci/regenerate-golden` writes them again (the environment
/// variable `ZVH_GOLDEN=regenerate`) and the diff is reviewed in the commit.
@Suite struct GoldenReportTests {
    static let root = ZVHProcess.packageRoot
    static let folder = root.appendingPathComponent("Tests/zvhTests/Golden")
    static let index = "runs.tsv"
    static let regenerate = "Run .ci/regenerate-golden and review the diff (git diff Tests/zvhTests/Golden) if the change is intended."

    /// What one run gave.
    struct Outcome: Sendable {
        var run: GoldenRun
        var status: Int32
        var stdout: String
        var stderr: String

        /// The line of the index: name, exit status, command line.
        var indexLine: String {
            "\(run.name)\t\(status)\tzvh \(run.arguments.map(GoldenReportTests.quoted).joined(separator: " "))"
        }
    }

    static func quoted(_ argument: String) -> String {
        argument.contains(where: { " '\"$&;|<>()*?".contains($0) }) ? "'\(argument)'" : argument
    }

    static func outcomes() throws -> [Outcome] {
        let runs = try GoldenRun.all(root: root)
        _ = try InProcess.run(["--version"])  // the working directory, before the runs go in parallel
        return runs.concurrentMap { run in
            let result = (try? InProcess.run(run.arguments)) ?? ZVHProcess.Result(status: -1, stdout: "", stderr: "", endedBySignal: false)
            return Outcome(run: run, status: result.status, stdout: result.stdout, stderr: result.stderr)
        }
    }

    /// The files an outcome is stored in: standard output, and standard error when there is any.
    static func files(of outcome: Outcome) -> [(path: String, text: String)] {
        var files = [(outcome.run.name, outcome.stdout)]
        if !outcome.stderr.isEmpty { files.append((outcome.run.name + ".stderr", outcome.stderr)) }
        return files
    }

    @Test func everyBundledReportIsByteForByteTheStoredOne() throws {
        let outcomes = try Self.outcomes()
        let index = outcomes.map(\.indexLine).joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["ZVH_GOLDEN"] == "regenerate" {
            try Self.write(outcomes, index: index)
            return
        }
        var differing: [String] = []
        var expected: Set<String> = [Self.index]
        let storedIndex = Self.stored(Self.index) ?? ""
        if Array(storedIndex.utf8) != Array(index.utf8) {
            differing.append("\(Self.index) (the runs, their exit status and command line): \(Self.firstDifference(storedIndex, index))")
        }
        for outcome in outcomes {
            for (path, text) in Self.files(of: outcome) {
                expected.insert(path)
                guard let stored = Self.stored(path) else {
                    differing.append("\(path) is missing (zvh \(outcome.run.arguments.joined(separator: " ")))")
                    continue
                }
                if Array(stored.utf8) != Array(text.utf8) {
                    differing.append("\(path) differs from zvh \(outcome.run.arguments.joined(separator: " ")): \(Self.firstDifference(stored, text))")
                }
            }
        }
        let present = Set(try FileManager.default.subpathsOfDirectory(atPath: Self.folder.path).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        })
        for path in present.subtracting(expected).sorted() { differing.append("\(path) is stored but no run makes it any more") }
        for difference in differing.prefix(20) {
            Issue.record("Tests/zvhTests/Golden/\(difference)\n\(Self.regenerate)")
        }
        if differing.count > 20 { Issue.record("… and \(differing.count - 20) more golden files differ. \(Self.regenerate)") }
        #expect(outcomes.count > 400, "a run per budget, command and format")
    }

    /// A stored file's text, byte for byte (a byte order mark kept: the CSV has one).
    static func stored(_ path: String) -> String? {
        (try? Data(contentsOf: folder.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Replaces the stored files with these outcomes.
    static func write(_ outcomes: [Outcome], index: String) throws {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(index.utf8).write(to: folder.appendingPathComponent(Self.index))
        for outcome in outcomes {
            for (path, text) in files(of: outcome) {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
    }

    /// Where two texts first differ: the line number and both lines.
    static func firstDifference(_ stored: String, _ actual: String) -> String {
        let storedLines = stored.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        let actualLines = actual.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        for number in 0..<max(storedLines.count, actualLines.count) {
            let old = number < storedLines.count ? storedLines[number] : "(end)"
            let new = number < actualLines.count ? actualLines[number] : "(end)"
            if Array(old.utf8) != Array(new.utf8) { return "line \(number + 1): stored «\(old)», now «\(new)»" }
        }
        return "the same lines, other bytes"
    }
}
