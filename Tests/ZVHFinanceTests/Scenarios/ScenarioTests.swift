import Testing
@testable import ZVHFinance

@Suite struct ScenarioTests {
    static func scenario(_ relative: String) throws -> Scenario {
        let path = Fixtures.budgetPath(relative)
        return try ScenarioFileReader.read(BudgetLoader.readBytes(path), file: path)
    }

    @Test func inhabitantsKeyAndEndedPOKDifferencesAddUpExactlyToTheTotalDifference() throws {
        let budget = try Fixtures.budget("midden-limburg/begroting-2022.json")
        let comparison = try ScenarioComparison(
            basis: budget, scenarios: [Self.scenario("midden-limburg/scenarios/sleutel-naar-inwoners.json"), Self.scenario("midden-limburg/scenarios/pok-vervalt.json")])
        #expect(comparison.basis.statement.totalFinal == Money(euros: 439_923))
        for variant in comparison.scenarios {
            #expect(comparison.differencesAddUp(in: variant))
            #expect(comparison.members.map { comparison.difference(of: $0, in: variant) }.sum() == comparison.totalDifference(in: variant))
        }
        let inhabitants = comparison.scenarios[0]
        #expect(comparison.totalDifference(in: inhabitants) == .zero)
        // 550.968 by inhabitants: Roermond 60.743 of 241.573.
        let roermond = try #require(inhabitants.statement.members.first { $0.municipality == "Roermond" })
        let exact = Rounding(unit: .euro, rule: .towardZero).round(numerator: Int128(55_096_800) * 60_743, denominator: 241_573).amount
        #expect((roermond.contribution - exact).magnitude <= Money(euros: 1))
        let pok = comparison.scenarios[1]
        #expect(comparison.totalDifference(in: pok) == Money(euros: 97_800))
        #expect(comparison.difference(of: "Echt-Susteren", in: pok) == Money(euros: 11_853))
    }

    @Test func aMemberLeavingRedistributesItsShareOverTheRestByTheKeyExactly() throws {
        let budget = try Fixtures.budget("westelijke-mijnstreek/voorbeelden/begroting-2019.json")
        let comparison = try ScenarioComparison(basis: budget, scenarios: [Self.scenario("westelijke-mijnstreek/scenarios/schinnen-treedt-uit.json")])
        let leaving = comparison.scenarios[0]
        let before = try #require(comparison.basis.final(of: "Schinnen"))
        #expect(leaving.final(of: "Schinnen") == nil)
        #expect(comparison.totalDifference(in: leaving) == .zero)
        let others = ["Sittard-Geleen", "Stein", "Beek"]
        #expect(others.map { comparison.difference(of: $0, in: leaving) }.sum() == before)
        // The rest pays the whole total by their case counts, largest remainder.
        let expected = try Allocation.parts(of: comparison.basis.statement.totalFinal, by: [Quantity(311), Quantity(32), Quantity(28)], unit: .euro)
        #expect(others.map { leaving.final(of: $0) } == expected.map { Optional($0) })
    }

    @Test func aLaterLeavingTakesEffectInTheProjectionFromItsYear() throws {
        let budget = try Fixtures.budget("westelijke-mijnstreek/voorbeelden/begroting-2019.json")
        var scenario = try Self.scenario("westelijke-mijnstreek/scenarios/schinnen-treedt-uit.json")
        scenario.changes = [ScenarioChange(.memberLeaves(name: "Schinnen", fromYear: 2021))]
        let base = try budget.applying(scenario)
        #expect(base.organisation.member(named: "Schinnen") != nil)
        let years = try Projection.years(after: base, scenario: scenario, indexation: Indexation(), count: 3)
        #expect(years.map(\.period.year) == [2020, 2021, 2022])
        #expect(years.map { $0.organisation.member(named: "Schinnen") != nil } == [true, false, false])
        #expect(try years.map { try $0.contributions().totalFinal } == Array(repeating: try base.contributions().totalContribution, count: 3))
    }

    @Test func indexationCompoundsPerYearOnEveryCostLineOfItsKind() throws {
        let budget = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let indexation = Indexation(personnel: Quantity(millionths: 3_200_000))
        let years = try Projection.years(after: budget, scenario: nil, indexation: indexation, count: 2)
        let line = { (budget: Budget) in budget.costLines.first { $0.name == "Procesregie MDA++" }!.amount(in: "begroot") }
        #expect(line(years[0]) == Money(cents: 8_725_560))  // 0,89 × 98.040
        #expect(line(years[1]) == Money(cents: 9_004_778))  // 0,89 × 101.177,28 = 90.047,78
        #expect(years[0].settlement == nil)
    }

    @Test func extraFTEInAThemeIsPaidOnlyByItsParticipants() throws {
        let budget = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let comparison = try ScenarioComparison(basis: budget, scenarios: [Self.scenario("noord-limburg/scenarios/extra-fte-mda.json")])
        let variant = comparison.scenarios[0]
        #expect(comparison.difference(of: "Mook en Middelaar", in: variant) == .zero)
        #expect(comparison.totalDifference(in: variant) == Money(euros: 47_500))
    }

    @Test func givenLineContributionsBecomeWeightsSoCostChangesAreShared() throws {
        let budget = try Fixtures.budget("westelijke-mijnstreek/jaarrekening-2023.json")
        let computed = budget.withComputedContributions()
        let statement = try computed.contributions()
        // The members now cover lasten − other baten = 1.707.510 − 738.741 = 968.769 (the
        // surplus of 79 goes back), split by their 2023 contributions 832.365 : 83.339 : 53.144.
        #expect(statement.totalContribution == Money(euros: 968_769))
        #expect(statement.parts.first?.split.weights == [Quantity(832_365), Quantity(83_339), Quantity(53_144)])
        #expect(computed.incomeLines.allSatisfy { $0.kind != .municipalContribution })
    }

    @Test func changesThatNameSomethingUnknownSayWhatWasProbablyMeant() throws {
        let budget = try Fixtures.budget("midden-limburg/begroting-2022.json")
        let unknownLine = Scenario(name: "x", changes: [ScenarioChange(.removeLine(name: "Onvoorzein"))])
        #expect(throws: ScenarioError.unknownLine(name: "Onvoorzein", suggestion: "Onvoorzien", at: .none)) { try budget.applying(unknownLine) }
        let unknownMember = Scenario(name: "x", changes: [ScenarioChange(.memberLeaves(name: "Roermont", fromYear: nil))])
        #expect(throws: ScenarioError.unknownMember(name: "Roermont", suggestion: "Roermond", available: budget.organisation.members.map(\.name), at: .none)) { try budget.applying(unknownMember) }
        let unknownFunction = Scenario(name: "x", changes: [ScenarioChange(.fte(function: "procesregie", delta: Quantity(1), theme: nil, rate: nil))])
        #expect(throws: ScenarioError.self) { try budget.applying(unknownFunction) }
    }

    @Test func scenarioFilesAreReadStrictly() {
        let bad = #"{ "naam": "x", "wijzigingen": [ { "soort": "indexatei", "personeel": 3 } ] }"#
        do {
            _ = try ScenarioFileReader.read(Array(bad.utf8), file: "s.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("bedoelde u \"indexatie\"?"))
            #expect(error.location?.line == 1)
        }
    }

    @Test func settlementsAndMembershipChangesConserveTheTotalOverManyRandomKeys() throws {
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<300 {
            let count = Int.random(in: 2...9, using: &generator)
            let members = (0..<count).map { Municipality(name: "G\($0)") }
            let entries = members.map { KeyEntry(municipality: $0.name, value: Quantity(Int64.random(in: 1...1000, using: &generator))) }
            let costs = Money(cents: Int64.random(in: 0...100_000_000, using: &generator))
            let budget = Budget(
                file: "r.json", kind: .begroting, title: "R", organisation: Organisation(identifier: "r", name: "R", members: members),
                period: Period(year: 2025), source: SourceReference(document: "gegenereerd"), columns: [Column(name: "b", kind: .budgeted)],
                costs: [.line(BudgetLine(name: "L", kind: .personnel, amounts: ["b": costs]))], income: [],
                keys: [DistributionKey(name: "k", kind: .weights(entries))], contributionRule: ContributionRule(keyName: "k", column: "b"))
            let leaver = members.randomElement(using: &generator)!.name
            let percentage = Quantity(millionths: Int64.random(in: -5_000_000...10_000_000, using: &generator))
            let scenario = Scenario(name: "s", changes: [
                ScenarioChange(.memberLeaves(name: leaver, fromYear: nil)), ScenarioChange(.indexation(Indexation(personnel: percentage))),
            ])
            let comparison = try ScenarioComparison(basis: budget, scenarios: [scenario])
            let variant = comparison.scenarios[0]
            #expect(comparison.differencesAddUp(in: variant))
            #expect(variant.statement.totalFinal == variant.budget.totalCosts(in: variant.budget.mainColumn))
        }
    }
}
