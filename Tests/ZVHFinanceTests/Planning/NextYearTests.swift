import Testing
@testable import ZVHFinance

@Suite struct NextYearTests {
    static let begrotingen = ["midden-limburg/begroting-2022.json", "noord-limburg/begroting-2024.json", "westelijke-mijnstreek/begroting-2024-jan-jul.json", "westelijke-mijnstreek/voorbeelden/begroting-2019.json"]

    func written(_ budget: Budget) throws -> Budget {
        try Fixtures.read(BudgetFileWriter.json(budget).rendered(), file: "volgend-jaar.json")
    }

    @Test(arguments: begrotingen)
    func nextYearPassesCheckWithoutFindings(_ file: String) throws {
        let indexation = Indexation(personnel: Quantity(millionths: 3_200_000), material: Quantity(millionths: 1_600_000))
        let next = try written(try NextYear.begroting(from: Fixtures.budget(file), indexation: indexation))
        #expect(next.period.year == (try Fixtures.budget(file)).period.year + 1)
        #expect(next.stated == StatedFigures())
        let findings = Checker.check([AnalysedBudget(next)])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func theSettlementIsWhatVerrekeningDerives() throws {
        let derivation = try SettlementDerivation(AnalysedBudget(Fixtures.budget("midden-limburg/jaarrekening-2021.json")))
        let next = try written(try NextYear.begroting(from: Fixtures.budget("midden-limburg/begroting-2022.json"), indexation: Indexation(), settlement: SettlementPlan(derivation, ledgerYear: nil, isNacalculatie: false, keys: [])))
        #expect(next.settlement?.components.map(\.amount) == derivation.settlement.components.map(\.amount))
        let statement = try next.contributions()
        #expect(statement.totalSettlement == Money(euros: -83_584))
        #expect(statement.settlementSplits.map(\.split.parts) == derivation.components.compactMap { $0.split?.parts })
        #expect(Checker.check([AnalysedBudget(next)]).isEmpty)
    }

    @Test func inhabitantsFromCSV() throws {
        let csv = "gemeente;inwoners;peildatum;bron\nA;1.200;2024-01-01;CBS\nB;800;2024-01-01;CBS\n"
        let counts = try InhabitantsCSV.read(Array(csv.utf8), file: "inwoners.csv", members: ["A", "B"])
        #expect(counts["A"]?.count == 1200)
        let next = try NextYear.begroting(from: Fixtures.read(Fixtures.minimalBegroting), indexation: Indexation(), inhabitants: counts, inhabitantsSource: "inwoners.csv")
        #expect(next.organisation.members.map(\.inhabitants?.count) == [1200, 800])
        #expect(next.notes.contains { $0.contains("inwoners.csv") })
    }

    @Test func theBundledExample2023IsWhatTheCommandMakes() throws {
        let example = try Fixtures.budget("midden-limburg/voorbeelden/begroting-2023.json")
        let indexation = Indexation(personnel: Quantity(millionths: 3_200_000), material: Quantity(millionths: 1_600_000))
        let made = try NextYear.begroting(from: Fixtures.budget("midden-limburg/begroting-2022.json"), indexation: indexation)
        #expect(example.costLines.map(\.amounts) == made.costLines.map(\.amounts))
        #expect(example.notes.contains { $0.contains("AANNAME") })
        #expect(Checker.check([AnalysedBudget(example)]).isEmpty)
    }
}

@Suite struct NextYearInhabitantKeyTests {
    @Test func keysThatListInhabitantsGetTheNewCounts() throws {
        let json = Fixtures.minimalBegroting.replacingOccurrences(
            of: #"{ "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } }"#,
            with: #"{ "naam": "s", "soort": "inwoners", "inwoners": { "A": 100, "B": 100 } }"#)
        let csv = "gemeente;inwoners;peildatum;bron\nA;300;2024-01-01;CBS\nB;100;2024-01-01;CBS\n"
        let counts = try InhabitantsCSV.read(Array(csv.utf8), file: "inwoners.csv", members: ["A", "B"])
        let next = try NextYear.begroting(from: Fixtures.read(json), indexation: Indexation(), inhabitants: counts)
        let statement = try next.contributions()
        #expect(statement.members.map(\.contribution) == [Money(euros: 675), Money(euros: 225)])
    }
}
