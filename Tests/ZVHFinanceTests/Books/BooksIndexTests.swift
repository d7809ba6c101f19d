import Foundation
import Testing
@testable import ZVHFinance

/// The books one organisation at a time (``BooksIndex``) give the same reports as the
/// books read whole: over generated sets whose organisations are spread over folders
/// and interleaved in file order, with named folders and named files.
@Suite struct BooksIndexTests {
    /// A begroting of organisation `organisation` for `year`, with a stated total that
    /// is off when `isWrong` (a finding), and a name that differs when `renamed`.
    static func begroting(_ organisation: Int, year: Int, isWrong: Bool, renamed: Bool = false) -> String {
        let stated = isWrong ? 1001 : 1000
        return """
            {
              "soort": "begroting",
              "organisatie": { "code": "org-\(organisation)", "naam": "ZVH \(renamed ? "Anders" : String(organisation))" },
              "periode": { "jaar": \(year) },
              "bron": { "document": "test" },
              "gemeenten": [ { "naam": "A\(organisation)" }, { "naam": "B\(organisation)" } ],
              "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
              "lasten": [ { "naam": "Personeel", "soort": "personeel", "bedragen": { "begroot": 1000 } } ],
              "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 100 } } ],
              "verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { "A\(organisation)": 2, "B\(organisation)": 1 } } ],
              "bijdragen": { "sleutel": "s" },
              "vermeld": { "totaal-lasten": { "begroot": \(stated) } }
            }
            """
    }

    /// Writes a set: organisations' files spread over folders at random (two files of
    /// an organisation sometimes for one year, a finding across files).
    static func writeSet(seed: UInt64, in root: URL) throws -> [String] {
        var generator = SeededGenerator(seed: seed)
        let folders = ["a", "b", "a/c", "d"]
        var files: [String] = []
        for organisation in 1...Int.random(in: 2...5, using: &generator) {
            for number in 0..<Int.random(in: 1...4, using: &generator) {
                let folder = root.appendingPathComponent(folders.randomElement(using: &generator)!)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let year = 2020 + Int.random(in: 0...2, using: &generator)
                let path = folder.appendingPathComponent("\(Int.random(in: 10...99, using: &generator))-\(organisation)-\(number).json").path
                let text = begroting(organisation, year: year, isWrong: Bool.random(using: &generator))
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                files.append(path)
            }
        }
        return files
    }

    /// A report streamed one organisation at a time through its format's part writer,
    /// the organisations in `order`.
    static func streamed<Content: PartedReportContent>(
        _ kind: Content.Type, _ format: ReportFormat, outline: Content.Writer.Outline, index: BooksIndex,
        order: [BooksIndex.OrganisationFiles], part: (Books) -> Content.Writer.Part
    ) throws -> String {
        var output = ""
        var writer = try #require(format.partWriter(of: kind, options: ReportOptions()))
        writer.start(outline, to: &output)
        try index.eachOrganisation(order, transform: part) { writer.add($0, to: &output) }
        writer.finish(to: &output)
        return output
    }

    static func expectSameReports(
        _ request: BooksRequest, keptFileBytes: Int64 = BooksIndex.keptFileBytes, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let whole = try Books.read(request)
        let index = try Books.index(request, keptFileBytes: keptFileBytes)
        #expect(index.namedFiles == whole.namedFiles, sourceLocation: sourceLocation)
        let alsoRead = Array(whole.analysed.dropFirst(whole.namedFiles.count).map(\.budget.file))
        #expect(index.otherFiles == alsoRead, sourceLocation: sourceLocation)
        let content = CheckReport(findings: whole.namedFindings, files: whole.namedFiles, alsoRead: alsoRead)
        let outline = CheckReport.Outline(files: index.namedFiles, alsoRead: index.otherFiles)
        for format in [ReportFormat.tekst, .json] {
            let streamed = try streamed(CheckReport.self, format, outline: outline, index: index, order: index.organisations) {
                CheckReport.Part(files: $0.namedFiles, findings: $0.namedFindings)
            }
            #expect(streamed == format.rendered(content), sourceLocation: sourceLocation)
        }
        // The JSON written in parts is the document of the content's JSON value.
        #expect(ReportFormat.json.rendered(content) == content.json(ReportOptions()).rendered(), sourceLocation: sourceLocation)
        let overview = OverviewContent(whole.named.map { whole.reportContent($0) })
        let order = index.organisations.sorted { ($0.name, $0.identifier) < ($1.name, $1.identifier) }
        for format in [ReportFormat.tekst, .json] {
            let streamed = try streamed(OverviewContent.self, format, outline: .init(fileCount: index.namedFiles.count), index: index, order: order) { books in
                OverviewContent(books.named.map { books.reportContent($0) })
            }
            #expect(streamed == format.rendered(overview), sourceLocation: sourceLocation)
        }
        // Whole, the text is the presentation's and the JSON the value's.
        #expect(ReportFormat.tekst.rendered(overview) == TextRenderer.render(overview.presentation(ReportOptions())), sourceLocation: sourceLocation)
        #expect(ReportFormat.json.rendered(overview) == overview.json(ReportOptions()).rendered(), sourceLocation: sourceLocation)
    }

    @Test func organisationAtATimeGivesTheWholeReportsBytes() throws {
        for seed in UInt64(1)...24 {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-books-index-\(seed)-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            let files = try Self.writeSet(seed: seed, in: root)
            try Self.expectSameReports(BooksRequest(paths: [root.path]))
            // Budgets kept for none, some or all of the files: the same bytes.
            try Self.expectSameReports(BooksRequest(paths: [root.path]), keptFileBytes: 0)
            try Self.expectSameReports(BooksRequest(paths: [root.path]), keptFileBytes: Int64(seed) * 500)
            try Self.expectSameReports(BooksRequest(paths: [root.appendingPathComponent("d").path, root.appendingPathComponent("a").path].filter {
                FileManager.default.fileExists(atPath: $0)
            }))
            // Named files bring their organisations' other files in their folders along.
            let named = Array(files.reversed().prefix(3))
            try Self.expectSameReports(BooksRequest(paths: named, namesFiles: true))
            try Self.expectSameReports(BooksRequest(paths: named, scope: .namedFiles, namesFiles: true))
        }
    }

    @Test func theBundledBudgetsGiveTheWholeReportsBytes() throws {
        try Self.expectSameReports(BooksRequest(paths: [Fixtures.budgetPath("")]))
        try Self.expectSameReports(BooksRequest(paths: [Fixtures.budgetPath("midden-limburg/begroting-2022.json")], namesFiles: true))
    }

    @Test func anOrganisationNamedDifferentlyInItsFilesIsSaid() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-books-index-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Self.begroting(1, year: 2020, isWrong: false).write(to: root.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try Self.begroting(1, year: 2021, isWrong: false, renamed: true).write(to: root.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let index = try Books.index(BooksRequest(paths: [root.path]))
        #expect(index.organisations.count == 1)
        #expect(index.organisations.first?.hasOneName == false)
        #expect(index.organisations.first?.name == "ZVH 1")
    }

    @Test func filesReadInSlicesAreReportedAsOneReading() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-books-index-slices-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let count = Books.loadSlice * 2 + 3
        let broken: Set = [3, Books.loadSlice + 1, count - 1]
        for number in 0..<count {
            let text = broken.contains(number) ? "{ \"soort\": " : Self.begroting(number % 7, year: 2000 + number % 40, isWrong: number % 5 == 0)
            try text.write(to: root.appendingPathComponent(String(format: "%04d.json", number)), atomically: true, encoding: .utf8)
        }
        do {
            _ = try Books.index(BooksRequest(paths: [root.path]))
            Issue.record("a broken file must refuse the index")
        } catch {
            guard case .unreadable(let failures) = error else { throw error }
            #expect(failures.map(\.file) == broken.sorted().map { root.appendingPathComponent(String(format: "%04d.json", $0)).path })
        }
        for number in broken { try FileManager.default.removeItem(at: root.appendingPathComponent(String(format: "%04d.json", number))) }
        try Self.expectSameReports(BooksRequest(paths: [root.path]), keptFileBytes: 50_000)
    }

    @Test func aBrokenNamedFileRefusesTheIndexAsTheWholeReading() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-books-index-broken-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Self.begroting(1, year: 2020, isWrong: false).write(to: root.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try "{ \"soort\": ".write(to: root.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let request = BooksRequest(paths: [root.path])
        #expect(throws: BooksError.self) { try Books.index(request) }
        var indexError: BooksError?
        var wholeError: BooksError?
        do { _ = try Books.index(request) } catch { indexError = error }
        do { _ = try Books.read(request) } catch { wholeError = error }
        #expect(indexError?.errorDescription == wholeError?.errorDescription)
    }
}
