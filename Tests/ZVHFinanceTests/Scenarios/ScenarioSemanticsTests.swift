import Testing
@testable import ZVHFinance

/// The settlement, projection, refusal and sweep semantics a steering group relies on.
@Suite struct ScenarioSemanticsTests {
    static let middenLimburg = "midden-limburg/begroting-2022.json"

    @Test func aLeavingMemberKeepsItsSettlementAndTheOthersPayExactlyItsContribution() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let leaving = Scenario(name: "Nederweert treedt uit", changes: [ScenarioChange(.memberLeaves(name: "Nederweert", fromYear: nil))])
        let comparison = try ScenarioComparison(basis: budget, scenarios: [leaving])
        let variant = comparison.scenarios[0]
        #expect(variant.final(of: "Nederweert") == Money(euros: -7_652))
        let nederweert = try #require(variant.statement.members.first { $0.municipality == "Nederweert" })
        #expect(nederweert.isFormerMember)
        #expect(nederweert.contribution == .zero)
        let others = comparison.members.filter { $0 != "Nederweert" }
        #expect(others.map { comparison.difference(of: $0, in: variant) }.sum() == Money(euros: 37_962))
        #expect(comparison.totalDifference(in: variant) == .zero)
        // Everyone's settlement is as published: the settlement is the 2021 members'.
        let basis = comparison.basis.statement.members
        for member in basis {
            #expect(variant.statement.members.first { $0.municipality == member.municipality }?.settlement == member.settlement)
        }
        #expect(variant.exits.map(\.settlement) == [Money(euros: -7_652)])
    }

    @Test func aJoiningMemberReceivesNoPartOfThePriorYearSettlement() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let joining = Scenario(name: "Venlo treedt toe", changes: [
            ScenarioChange(.memberJoins(Municipality(name: "Venlo"), weights: ["bijdragen-2022": Quantity(100_000)], fromYear: nil))
        ])
        let comparison = try ScenarioComparison(basis: budget, scenarios: [joining])
        let variant = comparison.scenarios[0]
        let venlo = try #require(variant.statement.members.first { $0.municipality == "Venlo" })
        #expect(venlo.settlement == .zero)
        #expect(venlo.contribution > .zero)
        #expect(variant.statement.totalSettlement == Money(euros: -111_045))
        for member in comparison.basis.statement.members {
            #expect(variant.statement.members.first { $0.municipality == member.municipality }?.settlement == member.settlement)
        }
        #expect(comparison.differencesAddUp(in: variant))
    }

    @Test func theUittreedsomIsYearsTimesTheShareOfTheRemainingCosts() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let rule = ExitCompensationRule(years: 2, remainingCosts: ["Huur"])
        let leaving = Scenario(name: "uit", changes: [ScenarioChange(.memberLeaves(name: "Nederweert", fromYear: nil, exitCompensation: rule))])
        let variant = try ScenarioComparison(basis: budget, scenarios: [leaving]).scenarios[0]
        let exit = try #require(variant.exits.first)
        // 2 × 37.962 / 550.968 × 63.100 = 8.695,4… → 8.695
        #expect(exit.remainingCosts == Money(euros: 63_100))
        #expect(exit.compensation == Money(euros: 8_695))
        let unknown = Scenario(name: "uit", changes: [
            ScenarioChange(.memberLeaves(name: "Nederweert", fromYear: nil, exitCompensation: ExitCompensationRule(years: 1, remainingCosts: ["Hure"])))
        ])
        #expect(throws: ScenarioFailure.self) { try ScenarioComparison(basis: budget, scenarios: [unknown]) }
    }

    @Test func aScenarioIndexationIsAOneTimeStepOnTopOfTheProjectionsYearlyIndexation() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let percentage = Quantity(millionths: 2_500_000)
        let scenario = Scenario(name: "index", changes: [ScenarioChange(.indexation(Indexation(personnel: percentage)))])
        for yearly in [Quantity.zero, Quantity(3), Quantity(millionths: 1_750_000)] {
            let study = ScenarioStudy(budget: budget, scenarios: [scenario], projection: ProjectionParameters(years: 3, indexation: Indexation(personnel: yearly, material: Quantity(2))))
            let content = try study.figures()
            let basis = content.projections[0]
            let variant = content.projections[1]
            #expect(basis.years.map(\.year) == [2022, 2023, 2024, 2025])
            let comparisonBasis = content.comparison.basis.budget
            var basisBudgets = [comparisonBasis]
            basisBudgets += try Projection.years(after: comparisonBasis, scenario: nil, parameters: study.projection)
            for (index, year) in basisBudgets.enumerated() {
                let personnel = year.costLines.filter { $0.kind == .personnel }.map { $0.amount(in: "begroot") }
                let exact = personnel.map { Int128($0.cents) * Int128(percentage.millionths) }.reduce(0, +)
                let expected = Rounding.cent.round(numerator: exact, denominator: 100 * Int128(Quantity.unit)).amount
                let difference = variant.years[index].statement.totalFinal - basis.years[index].statement.totalFinal
                // Within a cent per personnel line per year of per-line rounding.
                #expect((difference - expected).magnitude <= Money(cents: Int64(personnel.count * (index + 1))), "year \(year.period.year): \(difference) vs \(expected)")
                if yearly.isZero { #expect((difference - expected).magnitude <= Money(cents: Int64(personnel.count))) }
            }
        }
    }

    @Test func theRijksbijdrageFollowsItsOwnYearlyIndexation() throws {
        let budget = try Fixtures.budget(Self.middenLimburg).withComputedContributions()
        let years = try Projection.years(after: budget, scenario: nil, parameters: ProjectionParameters(years: 2, indexation: Indexation(nationalGrant: Quantity(10))))
        let grant = { (budget: Budget) in budget.incomeLines.first { $0.kind == .nationalGrant }!.amount(in: "begroot") }
        #expect(years.map(grant) == [Money(euros: 107_580), Money(euros: 118_338)])
    }

    @Test func impossibleChangesAreRefusedWithTheirOrigin() throws {
        let noord = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let midden = try Fixtures.budget(Self.middenLimburg)
        let origin = FieldLocation(path: "wijzigingen[0]", location: SourceLocation(line: 4, column: 7))
        func failure(_ budget: Budget, _ kind: ScenarioChange.Kind) -> ScenarioError? {
            do {
                _ = try ScenarioComparison(basis: budget, scenarios: [Scenario(name: "s", changes: [ScenarioChange(kind, origin: origin)], file: "s.json")])
                return nil
            } catch let failure as ScenarioFailure {
                #expect(failure.place == "s.json:4:7")
                return failure.error
            } catch {
                return nil
            }
        }
        if case .negativeFTE = failure(noord, .fte(function: "procesregie", delta: Quantity(-100), theme: nil, rate: nil)) {} else { Issue.record("negative FTE") }
        if case .negativeCostLine = failure(midden, .changeLine(name: "Huur", amount: Money(euros: -742_500))) {} else { Issue.record("negative line") }
        if case .negativeCostLine = failure(midden, .addLine(name: "x", side: .costs, kind: nil, amount: Money(euros: -1), group: nil, theme: nil)) {} else { Issue.record("negative new line") }
        if case .negativeContributionBasis = failure(midden, .addLine(name: "subsidie", side: .income, kind: .other, amount: Money(euros: 900_000), group: nil, theme: nil)) {} else {
            Issue.record("negative basis")
        }
        if case .overflow = failure(midden, .addLine(name: "x", side: .costs, kind: nil, amount: Money.largestReadable, group: nil, theme: nil)) {} else { Issue.record("overflow") }
        let solo = Budget(
            file: "r.json", kind: .begroting, title: "R", organisation: Organisation(identifier: "r", name: "R", members: [Municipality(name: "A")]),
            period: Period(year: 2025), source: SourceReference(document: "t"), columns: [Column(name: "b", kind: .budgeted)],
            costs: [.line(BudgetLine(name: "L", amounts: ["b": Money(euros: 10)]))], income: [],
            keys: [DistributionKey(name: "k", kind: .weights([KeyEntry(municipality: "A", value: Quantity(1))]))], contributionRule: ContributionRule(keyName: "k", column: "b"))
        if case .noMembersLeft = failure(solo, .memberLeaves(name: "A", fromYear: nil)) {} else { Issue.record("last member") }
    }

    @Test func manyAddedLinesEndInAnOverflowErrorNotATrap() throws {
        let budget = try Fixtures.budget(Self.middenLimburg)
        let changes = (0..<200).map { ScenarioChange(.addLine(name: "r\($0)", side: .costs, kind: nil, amount: Money(euros: 900_000_000_000), group: nil, theme: nil)) }
        #expect(throws: ScenarioFailure.self) { try ScenarioComparison(basis: budget, scenarios: [Scenario(name: "veel", changes: changes)]) }
        let years = ProjectionParameters(years: 30, indexation: Indexation(personnel: Quantity(100), material: Quantity(100), other: Quantity(75)))
        #expect(throws: ScenarioFailure.self) { try ScenarioStudy(budget: budget, scenarios: [], projection: years).figures() }
    }

    @Test func themeAndKeyNamesMatchCaseInsensitivelyAndInhabitantsIsImplicit() throws {
        let noord = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let theme = try #require(noord.themeGroups.first?.name)
        let rekey = Scenario(name: "k", changes: [ScenarioChange(.key(name: noord.keys[0].name.uppercased(), target: .theme(theme.lowercased()), includesSettlement: false))])
        _ = try ScenarioComparison(basis: noord, scenarios: [rekey])
        let midden = try Fixtures.budget(Self.middenLimburg)
        let inhabitants = Scenario(name: "inwoners", changes: [ScenarioChange(.key(name: "Inwoners", target: .contributions, includesSettlement: false))])
        let variant = try ScenarioComparison(basis: midden, scenarios: [inhabitants]).scenarios[0]
        #expect(variant.statement.parts.first?.split.key.name == "inwoners")
        let unknown = Scenario(name: "x", changes: [ScenarioChange(.key(name: "inwoner", target: .contributions, includesSettlement: false))])
        do {
            _ = try ScenarioComparison(basis: midden, scenarios: [unknown])
            Issue.record("expected an error")
        } catch let failure as ScenarioFailure {
            #expect(failure.message.contains("bedoelde u \"inwoners\"?"))
            #expect(failure.message.contains("beschikbaar: bijdragen-2022, inwoners"))
        }
    }

    @Test func aSweepOfMoreThanAHundredPointsEvaluatesEveryPointOnOneBudget() throws {
        let budget = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let index = Sweep.Axis(parameter: .indexation(.personeel), values: try #require(Sweep.Axis.steps(from: .zero, through: Quantity(5), by: Quantity(millionths: 500_000))))
        let fte = Sweep.Axis(parameter: .fte(function: "procesregie", theme: nil), values: try #require(Sweep.Axis.steps(from: .zero, through: Quantity(9), by: Quantity(1))))
        let sweep = try Sweep(budget: budget, axes: [index, fte])
        #expect(sweep.points.count == 110)
        #expect(sweep.points[0].finals == sweep.basis)
        #expect(sweep.points.allSatisfy { $0.finals.sum() == $0.total })
        // Totals grow along both axes.
        #expect(sweep.points[1].total > sweep.points[0].total)
        #expect(sweep.points[10].total > sweep.points[0].total)
        let single = try ScenarioComparison(basis: budget, scenarios: [Scenario(name: "p", changes: [
            ScenarioChange(.indexation(Indexation(personnel: Quantity(5)))), ScenarioChange(.fte(function: "procesregie", delta: Quantity(9), theme: nil, rate: nil)),
        ])])
        #expect(sweep.points.last?.total == single.scenarios[0].statement.totalFinal)
    }
}
