import Foundation
import Testing
@testable import ZVHFinance

@Suite struct SettlementDerivationTests {
    func derivation2021(keyName: String? = nil, extraKeys: [DistributionKey] = [], merging: [[String]] = [], unsettled: [String] = []) throws -> SettlementDerivation {
        try SettlementDerivation(
            AnalysedBudget(Fixtures.budget("midden-limburg/jaarrekening-2021.json")), keyName: keyName, extraKeys: extraKeys, merging: merging, unsettled: unsettled)
    }

    @Test func midden2021ComponentsAddUpToTheResult() throws {
        let derivation = try derivation2021()
        #expect(derivation.result == Money(euros: 83_584))
        #expect(derivation.componentsAddUp)
        #expect(derivation.components.map(\.identifier) == ["lasten", "pok", "begrotingssaldo"])
        #expect(derivation.components.map(\.result) == [Money(euros: 13_245), Money(euros: 97_800), Money(euros: -27_461)])
        #expect(derivation.settlement.total == Money(euros: -83_584))
        #expect(derivation.keyIsDerived)
        #expect(derivation.members.count == 7)
    }

    @Test func everySplitSumsExactlyToItsComponent() throws {
        for derivation in [try derivation2021(), try derivation2021(merging: [["lasten", "begrotingssaldo"]]), try derivation2021(unsettled: ["pok"])] {
            for component in derivation.components where component.isSettled {
                let split = try #require(component.split)
                #expect(split.parts.count == 7)
                #expect(split.parts.sum() == component.settlementAmount)
            }
            #expect(derivation.members.map(derivation.settlement(of:)).sum() == derivation.settlement.total)
        }
    }

    @Test func splitByTheYearsContributionsAsWeights() throws {
        let derivation = try derivation2021()
        guard case .weights(let entries) = derivation.key.kind else { Issue.record("weights expected"); return }
        #expect(entries.first { $0.municipality == "Echt-Susteren" }?.value == Quantity(66_954))
        #expect(entries.map(\.value).reduce(Quantity.zero, +) == Quantity(553_341))
    }

    @Test func pokLeftUnsettledGoesToAReserve() throws {
        let derivation = try derivation2021(unsettled: ["pok"])
        #expect(derivation.settledResult == Money(euros: -14_216))
        #expect(derivation.unsettledResult == Money(euros: 97_800))
        #expect(derivation.settlement.total == Money(euros: 14_216))
        #expect(derivation.settlement.components.count == 2)
    }

    @Test func mergedComponentsKeepTheTotal() throws {
        let derivation = try derivation2021(merging: [["lasten", "begrotingssaldo"]])
        #expect(derivation.components.map(\.identifier) == ["lasten+begrotingssaldo", "pok"])
        #expect(derivation.components[0].result == Money(euros: -14_216))
        #expect(derivation.componentsAddUp)
    }

    @Test func theKeyOfNextYearReproducesThePublishedPOKSplit() throws {
        let keys = try Fixtures.budget("midden-limburg/begroting-2022.json").keys
        let derivation = try derivation2021(keyName: "bijdragen-2022", extraKeys: keys)
        let pok = try #require(derivation.components.first { $0.identifier == "pok" }?.split)
        #expect(pok.parts == [-11_853, -14_484, -8_832, -6_739, -7_765, -28_127, -20_000].map { Money(euros: $0) })
        #expect(!derivation.keyIsDerived)
    }

    @Test func unknownNamesAreRefused() throws {
        #expect(throws: SettlementError.self) { try derivation2021(unsettled: ["pokk"]) }
        #expect(throws: SettlementError.self) { try derivation2021(keyName: "nergens") }
        #expect(throws: SettlementError.self) { try derivation2021(merging: [["lasten"]]) }
        #expect(throws: SettlementError.self) {
            try SettlementDerivation(AnalysedBudget(Fixtures.budget("midden-limburg/begroting-2022.json")))
        }
    }

    @Test func theVerrekeningBlockIsAcceptedByABegroting() throws {
        let derivation = try derivation2021()
        let text = BudgetFileWriter.json(derivation.settlement).rendered()
        let key = BudgetFileWriter.json(derivation.key).rendered()
        let source = try String(contentsOfFile: Fixtures.budgetPath("midden-limburg/begroting-2022.json"), encoding: .utf8)
        let start = try #require(source.range(of: "\"verrekening\": {\n    \"betreft-jaar\""))
        let end = try #require(source.range(of: "\n  \"vermeld\""))
        var edited = source
        edited.replaceSubrange(start.lowerBound..<end.lowerBound, with: "\"verrekening\": \(text.trimmingCharacters(in: .newlines)),")
        edited = edited.replacingOccurrences(of: "\"verdeelsleutels\": [\n", with: "\"verdeelsleutels\": [\n\(key.trimmingCharacters(in: .newlines)),\n")
        let read = try Fixtures.read(edited)
        let statement = try read.contributions()
        #expect(statement.totalSettlement == Money(euros: -83_584))
        #expect(statement.settlementSplits.map { $0.split.parts } == derivation.components.compactMap { $0.split?.parts })
    }
}
