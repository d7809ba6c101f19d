import Testing
@testable import ZVHFinance

@Suite struct KadernotaTests {
    static let middenLimburg = "midden-limburg/begroting-2022.json"

    static func scenario(_ relative: String) throws -> Scenario {
        let path = Fixtures.budgetPath(relative)
        return try ScenarioFileReader.read(BudgetLoader.readBytes(path), file: path)
    }

    @Test func theYearsAreTheScenarioStudysBasisForTheSameParameters() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let projection = ProjectionParameters(years: 3, indexation: Indexation(personnel: Quantity(millionths: 3_200_000), material: Quantity(millionths: 1_600_000)))
        let nota = try Kadernota(budget: budget, projection: projection)
        let study = try ScenarioStudy(budget: budget, scenarios: [], projection: projection).figures()
        let basis = try #require(study.projections.first)
        #expect(nota.years == basis.years.map(\.year))
        for member in nota.members {
            #expect(member.years.map(\.amount) == basis.years.map { $0.statement.members.first { $0.municipality == member.municipality }?.final ?? .zero })
        }
        #expect(nota.priceLevel.hasPrefix("lopende prijzen"))
    }

    @Test func theEffectsAddUpExactlyToTheChangeAndStructuralPlusIncidentalToTheAmount() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        var generator = SeededGenerator(seed: 2026)
        let scenarios = [
            try Self.scenario("midden-limburg/scenarios/sleutel-naar-inwoners.json"), try Self.scenario("midden-limburg/scenarios/pok-vervalt.json"),
            Scenario(name: "ingroei", changes: [ScenarioChange(.phasedKey(name: "inwoners", years: 3, cap: .perYear(Money(euros: 2_000)), target: .contributions))]),
            Scenario(name: "fte", changes: [ScenarioChange(.addLine(name: "Extra", side: .costs, kind: .personnel, amount: Money(euros: 40_000), group: nil, theme: nil))]),
        ]
        for round in 0..<8 {
            let chosen = scenarios.filter { _ in Bool.random(using: &generator) }
            let index = Indexation(personnel: Quantity(millionths: Int64.random(in: 0...5_000_000, using: &generator)), material: Quantity(millionths: Int64.random(in: 0...3_000_000, using: &generator)))
            let nota = try Kadernota(budget: budget, projection: ProjectionParameters(years: Int.random(in: 0...4, using: &generator), indexation: index), changes: chosen.filter { $0.name != "sleutel naar inwoners" || !chosen.contains { $0.name == "ingroei" } })
            for member in nota.members {
                for year in member.years {
                    #expect(year.effectsAddUp, "round \(round) \(member.municipality) \(year.year)")
                    #expect(year.effects.total == year.amount - member.current)
                    #expect(year.structural + year.incidental == year.amount)
                }
            }
            for (position, year) in nota.years.enumerated() {
                let total = nota.members.map { $0.years[position].amount }.sum()
                let statement = try #require((nota.study.projections.last?.years ?? []).first { $0.year == year }?.statement ?? nota.study.comparison.scenarios.last?.statement ?? nota.study.comparison.basis.statement)
                #expect(total == statement.totalFinal)
            }
        }
    }

    @Test func atZeroPercentThePriceLevelIsConstantPricesOfTheBudgetYear() throws {
        let nota = try Kadernota(budget: Fixtures.budget(Self.middenLimburg), projection: ProjectionParameters())
        #expect(nota.priceLevel == "constante prijzen 2022")
        #expect(nota.members.allSatisfy { $0.years.allSatisfy { $0.effects.index.isZero } })
    }

    @Test func sourcesAreOnlyWhatTheControllerGave() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let projection = ProjectionParameters(indexation: Indexation(personnel: Quantity(3), material: Quantity(2)))
        let nota = try Kadernota(budget: budget, projection: projection, sources: ["personeel": ("CPB cMEV, loonvoet sector overheid", "2026-03-05")])
        #expect(nota.assumptions.first { $0.subject.hasSuffix("personeel") }?.source == "CPB cMEV, loonvoet sector overheid")
        #expect(nota.assumptions.first { $0.subject.hasSuffix("materieel") }?.source == nil)
        #expect(nota.assumptions.first { $0.subject.hasSuffix("materieel") }?.date == nil)
    }

    @Test func newInhabitantsDriveTheYearsAsAStudyOfTheBudgetWithThemAndCountAsKeyEffect() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let toInhabitants = try Self.scenario("midden-limburg/scenarios/sleutel-naar-inwoners.json")
        var generator = SeededGenerator(seed: 21)
        for round in 0..<6 {
            var counts: [String: Inhabitants] = [:]
            for member in budget.organisation.members {
                counts[member.name] = Inhabitants(count: Int64.random(in: 1...200_000, using: &generator), referenceDate: "2026-01-01", source: "CBS")
            }
            let projection = ProjectionParameters(years: Int.random(in: 0...3, using: &generator), indexation: Indexation(personnel: Quantity(millionths: Int64.random(in: 0...4_000_000, using: &generator))))
            let nota = try Kadernota(budget: budget, projection: projection, changes: [toInhabitants], inhabitants: counts)
            let atFileCounts = try Kadernota(budget: budget, projection: projection, changes: [toInhabitants])
            let study = try ScenarioStudy(budget: budget.withInhabitants(counts), scenarios: [toInhabitants], projection: projection).figures()
            let fallback = try #require(study.comparison.scenarios.last).statement
            let years = study.projections.last?.years ?? [(budget.period.year, fallback)]
            for (member, before) in zip(nota.members, atFileCounts.members) {
                #expect(member.current == before.current, "round \(round): the current begroting keeps its counts")
                for (position, year) in member.years.enumerated() {
                    #expect(year.amount == years[position].statement.members.first { $0.municipality == member.municipality }?.final, "round \(round) \(member.municipality)")
                    #expect(year.effectsAddUp)
                    #expect(year.effects.settlement == before.years[position].effects.settlement)
                    #expect(year.effects.index == year.amount - year.effects.volume - year.effects.key - year.effects.settlement - member.current)
                }
            }
            #expect(nota.assumptions.first { $0.subject.hasPrefix("inwoners") }?.value == "2026-01-01")
        }
    }
}
