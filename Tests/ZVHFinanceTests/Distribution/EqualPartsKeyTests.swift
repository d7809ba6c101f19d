import Foundation
import Testing
@testable import ZVHFinance

/// The key `gelijke-delen`: every participant the same share, no entries.
@Suite struct EqualPartsKeyTests {
    static let threeMembers = Fixtures.minimalBegroting
        .replacingOccurrences(of: #""gemeenten": [ { "naam": "A" }, { "naam": "B" } ]"#, with: #""gemeenten": [ { "naam": "A" }, { "naam": "B" }, { "naam": "C" } ]"#)
        .replacingOccurrences(of: #"{ "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } }"#, with: #"{ "naam": "s", "soort": "gelijke-delen" }"#)

    @Test func everyMemberPaysTheSameShareAndTheLeftoverCentsGoByListingOrder() throws {
        let budget = try Fixtures.read(Self.threeMembers)
        #expect(budget.keys.first?.kind == .equalParts)
        let statement = try budget.contributions()
        // 1000 − 100 = 900 over three: 300 each.
        #expect(statement.members.map(\.contribution) == [300, 300, 300].map { Money(euros: $0) })
        let split = try #require(budget.keys.first).split(Money(euros: 100), over: budget.organisation.members, members: budget.organisation.members, unit: .euro)
        #expect(split.parts == [34, 33, 33].map { Money(euros: $0) })
    }

    @Test func manySplitsByEqualPartsAddUpAndDifferByAtMostOneUnit() throws {
        var generator = SeededGenerator(seed: 26)
        let key = DistributionKey(name: "g", kind: .equalParts)
        for _ in 0..<200 {
            let count = Int.random(in: 1...12, using: &generator)
            let members = (0..<count).map { Municipality(name: "M\($0)") }
            let total = Money(cents: Int64.random(in: -10_000_000...10_000_000, using: &generator))
            let split = try key.split(total, over: members, members: members, unit: .cent)
            #expect(split.parts.sum() == total)
            let magnitudes = split.parts.map(\.magnitude.cents)
            #expect((magnitudes.max() ?? 0) - (magnitudes.min() ?? 0) <= 1)
        }
    }

    @Test func theKeyIsWrittenAndReadBackAndNamesNoMemberMissing() throws {
        let budget = try Fixtures.read(Self.threeMembers)
        let text = try BudgetFileWriter.write(budget)
        #expect(text.contains(#""soort": "gelijke-delen""#))
        let again = try Fixtures.read(text)
        #expect(again.keys.map(\.kind) == [.equalParts])
        #expect(InvalidKeyRule().findings(in: CheckContext(budget: budget)).isEmpty)
    }

    @Test func theSpreadsheetCarriesTheKey() throws {
        let budget = try Fixtures.read(Self.threeMembers)
        let csv = BudgetSheets.csv(BudgetSheets.sheets(for: budget))
        #expect(csv.contains("s;gelijke-delen"))
        let imported = try BudgetImporter.read(Array(csv.utf8), file: "sleutel.csv")
        #expect(imported.budget.keys.first?.kind == .equalParts)
        #expect(try imported.budget.contributions().members.map(\.contribution) == [300, 300, 300].map { Money(euros: $0) })
    }
}
