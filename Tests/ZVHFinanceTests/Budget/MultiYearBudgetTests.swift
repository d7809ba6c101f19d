import Testing
@testable import ZVHFinance

@Suite struct MultiYearBudgetTests {
    @Test func everyRamingColumnHasItsOwnContributionsAndNoFinding() throws {
        let analysed = AnalysedBudget(try Fixtures.budget("midden-limburg/voorbeelden/begroting-2023-meerjarig.json"))
        #expect(analysed.budget.columns.map(\.name) == ["begroot", "raming-2024", "raming-2025", "raming-2026"])
        #expect(analysed.otherColumnContributions.count == 3)
        for (position, other) in analysed.otherColumnContributions.enumerated() {
            let statement = try other.contributions.get()
            #expect(statement.column.name == other.column)
            #expect(statement.settlementSplits.isEmpty)
            #expect(analysed.figures.result[position + 1] == .zero)
            #expect(statement.totalContribution > (try analysed.contributions.get()).totalContribution)
        }
        #expect(Checker.check([analysed]).isEmpty)
    }

    @Test func oneContributionsColumnGivesTheFalseNietSluitendThatKolommenPrevents() throws {
        var budget = try Fixtures.budget("midden-limburg/voorbeelden/begroting-2023-meerjarig.json")
        budget.contributionRule?.otherColumns = []
        let findings = Checker.check([AnalysedBudget(budget)]).filter { $0.rule == "niet-sluitend" }
        #expect(findings.count == 3)
    }

    @Test func begrotingNaWijzigingIsBasePlusAmendments() throws {
        let budget = try Fixtures.budget("midden-limburg/voorbeelden/begroting-2022-wijziging.json")
        let amended = try #require(budget.column(named: "na-wijziging"))
        #expect(amended.amendment == Column.Amendment(base: "begroot", changes: ["wijziging-1"]))
        #expect(budget.column(named: "wijziging-1")?.kind == .amendment)
        for line in budget.costLines + budget.incomeLines {
            #expect(line.amount(in: "na-wijziging") == line.amount(in: "begroot") + line.amount(in: "wijziging-1"))
        }
        let analysed = AnalysedBudget(budget)
        #expect(analysed.figures.totalCosts[2] == Money(euros: 658_768))
        let after = try #require(try analysed.otherColumnContributions.first?.contributions.get())
        #expect(after.totalContribution == Money(euros: 557_968))
        #expect(Checker.check([analysed]).isEmpty)
    }

    @Test func volgendJaarWithRamingMatchesTheProjection() throws {
        let indexation = Indexation(personnel: Quantity(millionths: 3_200_000), material: Quantity(millionths: 1_600_000))
        let next = try NextYear.begroting(from: Fixtures.budget("midden-limburg/begroting-2022.json"), indexation: indexation)
        let multi = try NextYear.withRamingColumns(next, indexation: indexation, years: 3)
        let projected = try Projection.years(after: next, scenario: nil, indexation: indexation, count: 3)
        for (offset, year) in projected.enumerated() {
            #expect(multi.costLines.map { $0.amount(in: "raming-\(2024 + offset)") } == year.costLines.map { $0.amount(in: "begroot") })
        }
        let written = try Fixtures.read(BudgetFileWriter.json(multi).rendered())
        #expect(Checker.check([AnalysedBudget(written)]).isEmpty)
    }
}
