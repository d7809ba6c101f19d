import Testing
@testable import ZVHFinance

@Suite struct PrognosisTests {
    @Test func dayOfYear() {
        #expect(Column.dayOfYear("2021-11-08")! == (year: 2021, day: 312, days: 365))
        #expect(Column.dayOfYear("2024-12-31")! == (year: 2024, day: 366, days: 366))
        #expect(Column.dayOfYear("2023-02-29") == nil)
    }

    @Test func onlyTheRemainingBudgetIsProjectedUnlessTheLineStatesAnExpectedAmount() throws {
        let budget = try Fixtures.budget("midden-limburg/voorbeelden/jaarrekening-2021-prognose.json")
        let prognosis = try #require(budget.column(named: "prognose")?.prognosis)
        #expect(prognosis.elapsedDays == 312 && prognosis.yearDays == 365)
        let line = { (name: String) in budget.costLines.first { $0.name == name }! }
        // 18.329 + (36.280 − 18.329) × 53/365 = 18.329 + 2.606,58
        #expect(line("Ingeleend personeel").amount(in: "prognose") == Money(cents: 2_093_558))
        // complete (werkelijk = begroot): stays at werkelijk
        #expect(line("Uitbestede werkzaamheden").amount(in: "prognose") == Money(euros: 8_136))
        // stated explicitly: the year's amount is already realised
        #expect(line("Formatie vast personeel").amount(in: "prognose") == Money(euros: 546_555))
        let analysed = AnalysedBudget(budget)
        #expect(analysed.figures.result[2] == Money(cents: 8_048_453))
    }

    @Test func withoutAStatedAmountNoPrognosisExceedsTheLargerOfBudgetAndActual() {
        var generator = SeededGenerator(seed: 2021)
        for _ in 0..<2_000 {
            let elapsed = Int.random(in: 0...365, using: &generator)
            let prognosis = Column.Prognosis(actual: "w", budget: "b", elapsedDays: elapsed, yearDays: 365)
            let sign: Int64 = Bool.random(using: &generator) ? 1 : -1
            let budgeted = Money(cents: sign * Int64.random(in: 0...100_000_000, using: &generator))
            let actual = Money(cents: sign * Int64.random(in: 0...120_000_000, using: &generator))
            let kind = LineKind.allCases.randomElement(using: &generator)
            let estimate = prognosis.estimate(actual: actual, budgeted: budgeted, kind: kind)
            #expect(estimate.amount.magnitude <= max(budgeted.magnitude, actual.magnitude), "\(actual) \(budgeted) \(elapsed)")
            #expect(estimate.amount.magnitude >= min(budgeted.magnitude, actual.magnitude), "never below what is realised or budgeted")
        }
        let prognosis = Column.Prognosis(actual: "w", budget: "b", elapsedDays: 312, yearDays: 365)
        #expect(prognosis.estimate(actual: Money(euros: 10), budgeted: Money(euros: 100), kind: .personnel, expected: Money(euros: 500)).basis == .stated)
        #expect(prognosis.estimate(actual: Money(euros: 50), budgeted: Money(euros: 100), kind: .municipalContribution) == (Money(euros: 100), .advances))
    }

    @Test func theSettlementOfAPrognosisAddsUp() throws {
        let derivation = try SettlementDerivation(AnalysedBudget(Fixtures.budget("midden-limburg/voorbeelden/jaarrekening-2021-prognose.json")))
        #expect(derivation.realisationColumn.name == "prognose")
        #expect(derivation.componentsAddUp)
        for component in derivation.components { #expect(component.split?.parts.sum() == component.settlementAmount) }
    }
}
