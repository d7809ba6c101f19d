import Foundation
import Testing
@testable import ZVHFinance

/// A budget file zvh writes for itself is checked against its reader, limits included,
/// before it is written, and written one item at a time.
@Suite struct CheckedBudgetFileTests {
    static let bundled = [
        "midden-limburg/begroting-2022.json", "midden-limburg/jaarrekening-2021.json", "noord-limburg/begroting-2024.json",
        "westelijke-mijnstreek/jaarrekening-2023.json", "westelijke-mijnstreek/begroting-2024-jan-jul.json",
    ]

    @Test(arguments: bundled)
    func theStreamedFileIsTheSameTextAsTheWholeValue(_ file: String) throws {
        let budget = try Fixtures.budget(file)
        var streamed = ""
        BudgetFileWriter.write(budget, to: &streamed)
        #expect(streamed == BudgetFileWriter.json(budget).rendered())
        let checked = try BudgetFileWriter.checkedFile(budget, file: file)
        #expect(checked.text == streamed)
    }

    @Test func aBudgetWhoseFileWouldExceedTheReadersLimitIsRefusedWithinTheLimit() throws {
        let lines = (0..<90_000).map { #"{"naam":"R\#($0)","soort":"materieel","bedragen":{"begroot":1}}"# }.joined(separator: ",")
        let json = #"{"soort":"begroting","organisatie":{"code":"g","naam":"G"},"periode":{"jaar":2025},"bron":{"document":"t"},"gemeenten":[{"naam":"Aa","inwoners":{"aantal":1}}],"kolommen":[{"naam":"begroot","soort":"begroot"}],"lasten":[\#(lines)],"baten":[],"verdeelsleutels":[{"naam":"i","soort":"inwoners"}],"bijdragen":{"sleutel":"i"}}"#
        #expect(json.utf8.count < BudgetLoader.maximumFileSize)
        let budget = try BudgetFileReader.read(Array(json.utf8), file: "g.json")
        // One attempt (writing 90.000 lines is the test's cost): refused, with the message.
        do {
            _ = try BudgetFileWriter.checkedFile(budget, file: "g.json")
            Issue.record("a budget file over the reader's limit was written")
        } catch {
            #expect(error.errorDescription == "g.json: fout: het begrotingsbestand zou groter worden dan 8 MiB, de grens waarboven zvh een begrotingsbestand niet leest; er is niets geschreven")
        }
    }

    /// Every budget file of the loader's corpora and of `Budgets/` that loads is written
    /// back as a file that loads again (the loader fuzzer's round-trip invariant, replayed).
    @Test func everyCorpusFileThatLoadsIsWrittenBackAsAFileThatLoads() throws {
        let root = Fixtures.packageRoot
        let folders = ["Tests/zvhTests/Corpus/fuzz/loader", "Tests/zvhTests/Corpus/bad-input", "Tests/zvhTests/Corpus/surfaces"]
        var files = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".json") }.map { folder + "/" + $0 }
        }
        let budgets = FileManager.default.enumerator(atPath: root.appendingPathComponent("Budgets").path)
        while let relative = budgets?.nextObject() as? String {
            if relative.hasSuffix(".json") { files.append("Budgets/" + relative) }
        }
        var loaded = 0
        for file in files.sorted() {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(file)))
            guard let budget = try? BudgetFileReader.read(bytes, file: file) else { continue }
            loaded += 1
            #expect(throws: Never.self, "\(file)") { try BudgetFileWriter.checkedFile(budget, file: file) }
        }
        #expect(loaded > 20)
    }

    @Test func boundedTextKeepsNothingBeyondItsLimit() {
        var text = BoundedText(limit: 10)
        text.write("12345")
        text.write("67890")
        #expect(text.text == "1234567890" && !text.isOverLimit)
        text.write("x")
        #expect(text.isOverLimit && text.text.isEmpty)
    }
}
