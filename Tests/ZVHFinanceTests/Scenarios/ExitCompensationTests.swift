import Testing
@testable import ZVHFinance

@Suite struct ExitCompensationTests {
    static let middenLimburg = "midden-limburg/begroting-2022.json"

    static func scenario(_ relative: String) throws -> Scenario {
        let path = Fixtures.budgetPath(relative)
        return try ScenarioFileReader.read(BudgetLoader.readBytes(path), file: path)
    }

    @Test func aDecliningUittreedsomSumsThePercentagesOfTheShareOfTheRemainingCostsRoundedOnce() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let variant = try ScenarioComparison(basis: budget, scenarios: [Self.scenario("midden-limburg/scenarios/nederweert-treedt-uit-aflopend.json")]).scenarios[0]
        let exit = try #require(variant.exits.first)
        // 37.962 / 550.968 × 77.341 × (100 + 80 + 60 + 40 + 20)% = 15.986,51… → 15.987
        #expect(exit.remainingCosts == Money(euros: 77_341))
        let expected = ExactAmount(numeratorCents: Int128(7_734_100) * 3 * 37_962, denominator: 550_968)
        let exact = try #require(exit.exact)
        #expect(exact.numeratorCents * expected.denominator == expected.numeratorCents * exact.denominator)
        #expect(exit.compensation == Money(euros: 15_987))
        #expect(exit.terms.count == 5)
        #expect(exit.terms.reduce(Int128(0)) { $0 + $1.exact.numeratorCents } == exact.numeratorCents)
        #expect(exit.derivation.last?.contains("15.987") == true)
    }

    @Test func anActualLossUittreedsomCountsEachFrictiekostUntilItsEndMonth() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let variant = try ScenarioComparison(basis: budget, scenarios: [Self.scenario("midden-limburg/scenarios/nederweert-treedt-uit-frictiekosten.json")]).scenarios[0]
        let exit = try #require(variant.exits.first)
        // Huur 63.100 × 30/12 + facilitair 7.191 × 12/12 = 164.941; × 37.962 / 550.968 = 11.364,53 → 11.365
        #expect(exit.terms.map(\.costs).map { $0.rounded(.cent) } == [Money(euros: 157_750), Money(euros: 7_191)])
        #expect(exit.compensation == Money(euros: 11_365))
        #expect(FrictionCost(name: "x", yearlyAmount: .zero, endYear: 2021, endMonth: 12).months(from: 2022) == 0)
    }

    @Test func aJoiningMemberPaysItsShareOfTheNamedAmountOnce() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let joining = Scenario(name: "toe", changes: [ScenarioChange(.memberJoins(
            Municipality(name: "Peel en Maas"), weights: ["bijdragen-2022": Quantity(50_000)], fromYear: nil,
            entrySum: .shareOf(amount: Money(euros: 120_000), description: "algemene reserve")))])
        let variant = try ScenarioComparison(basis: budget, scenarios: [joining]).scenarios[0]
        let entry = try #require(variant.entries.first)
        let contribution = try #require(variant.statement.members.first { $0.municipality == "Peel en Maas" }).contribution
        #expect(entry.share == Share(contribution, of: variant.statement.totalContribution))
        let exact = ExactAmount(numeratorCents: Int128(12_000_000) * Int128(contribution.cents), denominator: Int128(variant.statement.totalContribution.cents))
        #expect(entry.amount == exact.rounded(.euro))
        #expect(entry.derivation.contains("algemene reserve"))
        let fixed = Scenario(name: "vast", changes: [ScenarioChange(.memberJoins(
            Municipality(name: "Peel en Maas"), weights: ["bijdragen-2022": Quantity(50_000)], fromYear: nil, entrySum: .fixed(Money(euros: 25_000))))])
        #expect(try ScenarioComparison(basis: budget, scenarios: [fixed]).scenarios[0].entries.first?.amount == Money(euros: 25_000))
    }

    @Test func badUittreedsomAndToetreedsomTermsNameTheirPlace() throws {
        let cases: [(String, String)] = [
            (#"{"soort": "gemeente-uittreden", "gemeente": "Nederweert", "uittreedsom": {"methode": "aflopend", "percentages": [100, 120], "blijvende-kosten": ["Huur"]}}"#, "0 tot en met 100"),
            (#"{"soort": "gemeente-uittreden", "gemeente": "Nederweert", "uittreedsom": {"methode": "aflopend", "jaren": 2, "percentages": [100], "blijvende-kosten": ["Huur"]}}"#, "hoort niet bij"),
            (#"{"soort": "gemeente-uittreden", "gemeente": "Nederweert", "uittreedsom": {"methode": "werkelijk-verlies", "frictiekosten": [{"naam": "x", "bedrag-per-jaar": 10, "tot": "2024-13-01"}]}}"#, "einddatum"),
            (#"{"soort": "gemeente-uittreden", "gemeente": "Nederweert", "uittreedsom": {"methode": "werkelijk-verlies", "frictiekosten": [{"naam": "x", "bedrag-per-jaar": -10, "tot": "2024-12"}]}}"#, "nul of meer"),
            (#"{"soort": "gemeente-uittreden", "gemeente": "Nederweert", "uittreedsom": {"methode": "ooit"}}"#, "methode"),
            (#"{"soort": "gemeente-toetreden", "gemeente": {"naam": "X"}, "toetreedsom": {}}"#, "aandeel-in"),
            (#"{"soort": "gemeente-toetreden", "gemeente": {"naam": "X"}, "toetreedsom": {"bedrag": -1}}"#, "nul of meer"),
        ]
        for (change, expected) in cases {
            let text = "{\n\"naam\": \"x\",\n\"wijzigingen\": [\n\(change)\n]\n}"
            do {
                _ = try ScenarioFileReader.read(Array(text.utf8), file: "s.json")
                Issue.record("accepted: \(change)")
            } catch {
                #expect(error.errorDescription?.contains(expected) == true, "\(change): \(error.errorDescription ?? "")")
                #expect(error.location?.line == 4, "\(change)")
            }
        }
    }
}
