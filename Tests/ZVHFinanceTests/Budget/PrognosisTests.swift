import Testing
@testable import ZVHFinance

@Suite struct PrognosisTests {
    @Test func dayOfYear() {
        #expect(Column.dayOfYear("2021-11-08")! == (year: 2021, day: 312, days: 365))
        #expect(Column.dayOfYear("2024-12-31")! == (year: 2024, day: 366, days: 366))
        #expect(Column.dayOfYear("2023-02-29") == nil)
    }

    @Test func remainingBudgetProRataUnlessTheLineStatesAnExpectedAmount() throws {
        let budget = try Fixtures.budget("midden-limburg/voorbeelden/jaarrekening-2021-prognose.json")
        let prognosis = try #require(budget.column(named: "prognose")?.prognosis)
        #expect(prognosis.elapsedDays == 312 && prognosis.yearDays == 365)
        let line = { (name: String) in budget.costLines.first { $0.name == name }! }
        // 18.329 + 36.280 × 53/365 = 18.329 + 5.268,05
        #expect(line("Ingeleend personeel").amount(in: "prognose") == Money(cents: 2_359_705))
        // stated explicitly: the year's amount is already realised
        #expect(line("Formatie vast personeel").amount(in: "prognose") == Money(euros: 546_555))
        let analysed = AnalysedBudget(budget)
        #expect(analysed.figures.result[2] == Money(cents: 7_414_559))
    }

    @Test func theSettlementOfAPrognosisAddsUp() throws {
        let derivation = try SettlementDerivation(AnalysedBudget(Fixtures.budget("midden-limburg/voorbeelden/jaarrekening-2021-prognose.json")))
        #expect(derivation.realisationColumn.name == "prognose")
        #expect(derivation.componentsAddUp)
        for component in derivation.components { #expect(component.split?.parts.sum() == component.settlementAmount) }
    }
}
