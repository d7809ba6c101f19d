import Testing
@testable import ZVHFinance

/// € per inwoner structureel counts only the structural lines: the contributions without
/// the incidental lines (POK, reserve movements) and without the settlement.
@Suite struct StructuralContributionsTests {
    @Test func midden2022sIncidentalPokAndItsReserveAdditionCancelSoStructuralEqualsTotal() throws {
        let analysed = AnalysedBudget(try Fixtures.budget("midden-limburg/begroting-2022.json"))
        let structural = try #require(analysed.structuralContributions)
        let statement = try #require(analysed.statement)
        #expect(structural.hasIncidentalLines)
        #expect(structural.members.map(\.contribution) == statement.members.map(\.contribution))
    }

    @Test func incidentalIncomeThatLowersTheContributionIsLeftOutOfTheStructuralFigure() throws {
        var budget = try Fixtures.budget("midden-limburg/begroting-2022.json")
        // Without the reserve addition the incidental POK lowers this year's contributions by 97.800.
        budget.income = Budget.removing(from: budget.income) { $0.kind == .reserveAddition }
        let analysed = AnalysedBudget(budget)
        let structural = try #require(analysed.structuralContributions)
        let statement = try #require(analysed.statement)
        #expect(statement.totalContribution == Money(euros: 453_168))
        #expect(structural.members.map(\.contribution).sum() == Money(euros: 550_968))
        let leudal = try #require(structural.member("Leudal"))
        let inhabitants = try #require(leudal.inhabitants)
        #expect(leudal.perInhabitant == Rounding.cent.round(numerator: Int128(leudal.contribution.cents), denominator: Int128(inhabitants)).amount)
        let total = try #require(statement.members.first { $0.municipality == "Leudal" }?.contributionPerInhabitant)
        #expect(try #require(leudal.perInhabitant) > total)
    }
}
