import Foundation
import Testing
@testable import ZVHFinance

/// Books that check only the named files (``BooksRequest/Checked/namedFiles``, what a
/// command showing one budget asks for) give that file the same findings and the same
/// report as books that check every file read: over generated organisations whose
/// files settle, repeat and misspell each other, and over the bundled budgets.
@Suite struct NamedFilesCheckTests {
    /// A begroting or jaarrekening of one organisation for `year`, drawn from `generator`:
    /// members that sometimes differ, a misspelt label, a wrong stated total or result,
    /// a settlement of the year before that may repeat another file's.
    static func budgetFile(kind: String, year: Int, using generator: inout SeededGenerator) -> String {
        let members = ["Aa", "Bee", "Cee"].filter { $0 == "Aa" || Int.random(in: 0..<5, using: &generator) > 0 }
        let weights = members.map { "\"\($0)\": \(Int.random(in: 1...9, using: &generator))" }.joined(separator: ", ")
        let label = ["Personeel", "Personeel", "Personel", "Personeel ZVH"].randomElement(using: &generator)!
        let cost = Int.random(in: 500...2_000, using: &generator)
        let grant = Int.random(in: 0...400, using: &generator)
        let off = Int.random(in: 0..<4, using: &generator) == 0 ? Int.random(in: 1...3, using: &generator) : 0
        let header = """
            {
              "soort": "\(kind)",
              "organisatie": { "code": "org", "naam": "ZVH Proef" },
              "periode": { "jaar": \(year) },
              "bron": { "document": "test" },
              "gemeenten": [ \(members.map { "{ \"naam\": \"\($0)\" }" }.joined(separator: ", ")) ],
              "verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { \(weights) } } ],
            """
        if kind == "begroting" {
            let settlement = Int.random(in: 0..<3, using: &generator) == 0 ? "" : """
                  "verrekening": { "betreft-jaar": \(year - Int.random(in: 1...2, using: &generator)), "componenten": [
                    { "naam": "resultaat", "bedrag": \(Int.random(in: -300...300, using: &generator)), "sleutel": "s" } ] },
                """
            return header + """

                  "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
                  "lasten": [ { "naam": "\(label)", "soort": "personeel", "bedragen": { "begroot": \(cost) } } ],
                  "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": \(grant) } } ],
                  "bijdragen": { "sleutel": "s" },
                \(settlement)
                  "vermeld": { "totaal-lasten": { "begroot": \(cost + off) } }
                }
                """
        }
        let actual = cost + Int.random(in: -200...200, using: &generator)
        let contributions = members.map { member in
            let amount = (cost - grant) / members.count
            return #"{ "naam": "Bijdrage \#(member)", "soort": "gemeentelijke-bijdrage", "gemeente": "\#(member)", "bedragen": { "begroot": \#(amount), "werkelijk": \#(amount) } }"#
        }
        let income = grant + (cost - grant) / members.count * members.count
        return header + """

              "kolommen": [ { "naam": "begroot", "soort": "begroot" }, { "naam": "werkelijk", "soort": "werkelijk" } ],
              "lasten": [ { "naam": "\(label)", "soort": "personeel", "bedragen": { "begroot": \(cost), "werkelijk": \(actual) } } ],
              "baten": [
                { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": \(grant), "werkelijk": \(grant) } },
                \(contributions.joined(separator: ",\n    "))
              ],
              "vermeld": { "resultaat": { "werkelijk": \(income - actual + off) } }
            }
            """
    }

    /// Writes one organisation's books into `folder`: a begroting and a jaarrekening for
    /// some years, sometimes a second file for a year, sometimes one left out.
    static func writeOrganisation(seed: UInt64, in folder: URL) throws -> [String] {
        var generator = SeededGenerator(seed: seed)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for year in 2020..<(2020 + Int.random(in: 1...4, using: &generator)) {
            for kind in ["begroting", "jaarrekening"] where Int.random(in: 0..<6, using: &generator) > 0 {
                for copy in 0..<(Int.random(in: 0..<8, using: &generator) == 0 ? 2 : 1) {
                    let path = folder.appendingPathComponent("\(kind)-\(year)\(copy == 0 ? "" : "-bis").json").path
                    try budgetFile(kind: kind, year: year, using: &generator).write(toFile: path, atomically: true, encoding: .utf8)
                    files.append(path)
                }
            }
        }
        return files
    }

    /// The named file's findings, its report in every text format and the files read:
    /// the same whether the books check every file read or only the named one.
    static func expectSameForNamed(_ file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let every = try Books.read(BooksRequest(paths: [file], namesFiles: true))
        let named = try Books.read(BooksRequest(paths: [file], namesFiles: true, checked: .namedFiles))
        #expect(named.findings == every.findings(in: file), sourceLocation: sourceLocation)
        #expect(named.namedFindings == every.namedFindings, sourceLocation: sourceLocation)
        #expect(named.analysed.map(\.budget.file) == every.analysed.map(\.budget.file), sourceLocation: sourceLocation)
        guard case .success = every.named[0].contributions else { return }
        for showsContributions in [true, false] {
            let reports = [every, named].map { books in
                BooksReportContent(books.reportContent(books.named[0], showsContributions: showsContributions), books: books)
            }
            for format in [ReportFormat.tekst, .json, .markdown, .csv] {
                #expect(format.rendered(reports[0]) == format.rendered(reports[1]), "\(format)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func namedFileHasTheSameFindingsAndReportWhenOnlyItIsChecked() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-named-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var rulesSeen: Set<String> = []
        for seed in UInt64(1)...40 {
            let folder = root.appendingPathComponent("org-\(seed)")
            for file in try Self.writeOrganisation(seed: seed, in: folder) {
                try Self.expectSameForNamed(file)
                rulesSeen.formUnion(try Books.read(BooksRequest(paths: [file], namesFiles: true)).findings(in: file).map(\.rule))
            }
        }
        // The generated books have findings that compare a file with the others of its
        // organisation, not only findings within a file.
        #expect(rulesSeen.isSuperset(of: ["dubbele-periode", "label-variant", "dubbele-verrekening", "som-wijkt-af"]), "\(rulesSeen.sorted())")
    }

    @Test func bundledBudgetsHaveTheSameFindingsAndReportWhenOnlyTheNamedFileIsChecked() throws {
        let files = try BudgetLoader.budgetFiles(in: [Fixtures.packageRoot.appendingPathComponent("Budgets").path]).filter { !$0.contains("schema") }
        #expect(files.count >= 5)
        for file in files {
            try Self.expectSameForNamed(file)
        }
    }

    @Test func checkingOnlyNamedFilesLeavesTheOtherFilesWithoutFindings() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-named-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try Self.writeOrganisation(seed: 7, in: root)
        let named = try Books.read(BooksRequest(paths: [files[0]], namesFiles: true, checked: .namedFiles))
        #expect(named.findings.allSatisfy { $0.file == files[0] })
    }
}
