import Foundation
import Testing

/// Every file of the bad-input corpus gets its expected exit code and message, on
/// stderr as `bestand:regel:kolom: fout: melding`, with nothing on stdout and never a
/// signal (trap or crash).
@Suite struct BadInputCorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        var fragment: String
        var testDescription: String { file }
    }

    static let directory = ZVHProcess.packageRoot.appendingPathComponent("Tests/zvhTests/Corpus/bad-input")

    static let expectations: [Expectation] = {
        let text = (try? String(contentsOf: directory.appendingPathComponent("expectations.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let status = Int32(fields[1]) else { return nil }
            return Expectation(file: fields[0], status: status, fragment: fields[2])
        }
    }()

    @Test func theCorpusHasAtLeastFortyFilesAndEveryFileAnExpectation() throws {
        #expect(Self.expectations.count >= 40)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func corpusFileGivesItsExpectedExitCodeAndMessage(_ expectation: Expectation) throws {
        let path = Self.directory.appendingPathComponent(expectation.file).path
        let result = try ZVHProcess.run(["begroting", path, "--alleen-bestand"])
        #expect(!result.endedBySignal)
        #expect(result.status == expectation.status, "\(result.stderr)")
        #expect(expectation.fragment.isEmpty || result.stderr.contains(expectation.fragment), "\(result.stderr)")
        guard expectation.status != 0 else {
            #expect(result.stderr.isEmpty)
            return
        }
        #expect(result.stdout.isEmpty, "nothing on stdout that could be taken for a result")
        #expect(!result.stderr.contains("Fatal error"))
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        if expectation.status == 65 {
            let prefix = "\(path):"
            #expect(result.stderr.hasPrefix(prefix))
            let place = result.stderr.dropFirst(prefix.count).split(separator: ":", maxSplits: 2)
            #expect(place.count == 3 && Int(place[0]) != nil && Int(place[1]) != nil, "line and column: \(result.stderr)")
            #expect(place.count == 3 && place[2].hasPrefix(" fout: "))
        }
    }

    @Test func aMissingFileAndAFolderAreUnreadable() throws {
        let missing = try ZVHProcess.run(["begroting", "bestaat/niet.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "bestaat/niet.json: fout: bestand niet gevonden\n")
        let folder = try ZVHProcess.run(["jaarrekening", "Budgets"])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("Budgets: fout: dit is een map"))
        #expect(folder.stdout.isEmpty)
    }

    @Test func aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws {
        // In a folder of its own: a command reading another test's file from the shared
        // temporary folder would meet this one beside it (its books).
        let folder = try Shell.temporaryFolder()
        let file = folder.appendingPathComponent("groot.json")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        let chunk = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ZVHProcess.run(["begroting", file.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("groter dan 8 MiB"))
        #expect(!result.endedBySignal)
    }

    @Test func checkReportsABrokenFileTheSameWay() throws {
        let path = Self.directory.appendingPathComponent("10-onbekende-sleutel-begrot.json").path
        let result = try ZVHProcess.run(["check", path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path):"))
    }
}
