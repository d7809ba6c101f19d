import Foundation
import Testing
@testable import ZVHFinance

@Suite struct BudgetFileWriterTests {
    /// Every bundled budget file, examples included (not scenarios, schemas or rules files of `zvh boekingen`).
    static let bundled: [String] = {
        let root = Fixtures.packageRoot.appendingPathComponent("Budgets")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { BudgetLoader.isBudgetFileName(($0 as NSString).lastPathComponent) && !$0.contains("scenarios/") }.sorted()
    }()

    @Test func thereAreBundledBudgets() {
        #expect(Self.bundled.count >= 6)
    }

    @Test(arguments: bundled)
    func readingWhatItWritesGivesTheSameBudget(_ file: String) throws {
        let original = try Fixtures.budget(file)
        let written = BudgetFileWriter.json(original).rendered()
        let read = try Fixtures.read(written, file: "geschreven.json")
        // The same budget up to places in the file and printed figures (which the writer leaves out).
        #expect(BudgetFileWriter.json(read).rendered() == written)
        #expect(read.kind == original.kind && read.period == original.period && read.organisation.members.map(\.name) == original.organisation.members.map(\.name))
        #expect(read.organisation.members.map(\.inhabitants?.count) == original.organisation.members.map(\.inhabitants?.count))
        #expect(read.costLines.map(\.amounts) == original.costLines.map(\.amounts))
        #expect(read.incomeLines.map(\.amounts) == original.incomeLines.map(\.amounts))
        #expect(read.keys.map(BudgetFileWriter.json) == original.keys.map(BudgetFileWriter.json))
        #expect(read.settlement?.components.map(\.amount) == original.settlement?.components.map(\.amount))
        let before = AnalysedBudget(original)
        let after = AnalysedBudget(read)
        #expect(after.figures.result == before.figures.result)
        #expect(after.statement?.members.map(\.final) == before.statement?.members.map(\.final))
    }

    @Test func theMethodThePublishedAfrondingAndDoorgevenAreWrittenAndReadBack() throws {
        let example = try Fixtures.budget("voorbeelden/begroting-afronding-per-gemeente.json")
        let read = try Fixtures.read(BudgetFileWriter.json(example).rendered())
        #expect(read.contributionRule?.method == .perMunicipality)
        #expect(read.stated.roundingDifference["begroot"]?.amount == Money(euros: -2))
        let passedOn = try Fixtures.read(PublishedRoundingCheckTests.passedOn(declared: true))
        let written = BudgetFileWriter.json(passedOn).rendered()
        #expect(written.contains(#""doorgeven": true"#))
        #expect(try Fixtures.read(written).incomeLines.map(\.isPassedOn) == [true])
        // The default method is not written, so files written before stay as they were.
        #expect(!BudgetFileWriter.json(passedOn).rendered().contains("methode"))
    }

    @Test func keysAreWrittenInTheREADMEOrder() throws {
        let text = BudgetFileWriter.json(try Fixtures.budget("midden-limburg/begroting-2022.json")).rendered()
        let order = ["\"$schema\"", "\"soort\"", "\"titel\"", "\"organisatie\"", "\"periode\"", "\"bron\"", "\"eenheid\"", "\"gemeenten\"", "\"kolommen\"", "\"lasten\"", "\"baten\"", "\"verdeelsleutels\"", "\"bijdragen\"", "\"verrekening\"", "\"opmerkingen\""]
        let positions = order.compactMap { text.range(of: "\n  " + $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }
}
