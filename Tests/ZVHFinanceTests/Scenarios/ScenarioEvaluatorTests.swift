import Foundation
import Testing
@testable import ZVHFinance

/// The evaluator's figures are the budget's own path's: whenever it gives an outcome,
/// applying the scenario to the budget and computing its statement gives the same
/// finals to the cent (and the variant is not refused); where that path throws, the
/// evaluator gives nil.
@Suite struct ScenarioEvaluatorTests {
    static let functions = ["procesregie", "nazorg", "Procesregie", "onbekend"]

    /// A random budget: 2–12 members, general costs and 0–3 themes (with capacity
    /// lines, nested groups, participants), keys of several kinds, 1–3 columns, a
    /// settlement, rates; sometimes split per municipality.
    static func randomBudget(_ generator: inout SeededGenerator) -> Budget {
        let count = Int.random(in: 2...12, using: &generator)
        let members = (0..<count).map { Municipality(name: "G\($0)", inhabitants: Inhabitants(count: Int64.random(in: 1_000...200_000, using: &generator))) }
        var columns = [Column(name: "b", kind: .budgeted)]
        if Bool.random(using: &generator) { columns.append(Column(name: "w", kind: .amendment)) }
        if Bool.random(using: &generator) { columns.append(Column(name: "v", kind: .difference(compared: columns.last!.name, base: "b"))) }
        func amount(_ upper: Int64) -> Money {
            Money(cents: Int64.random(in: 0...upper, using: &generator) * (Bool.random(using: &generator) ? 100 : 1))
        }
        func line(_ name: String) -> BudgetLine {
            let kinds: [LineKind?] = [.personnel, .material, .other, nil]
            var amounts: ByColumn<Money> = [:]
            for column in columns where !column.isDerived || Int.random(in: 0..<4, using: &generator) == 0 { amounts[column.name] = amount(50_000_000) }
            let capacity = Int.random(in: 0..<3, using: &generator) == 0
                ? Capacity(fte: Quantity(millionths: Int64.random(in: 0...5_000_000, using: &generator)), function: functions[Int.random(in: 0..<2, using: &generator)], rate: Money(euros: Int64.random(in: 50_000...120_000, using: &generator)))
                : nil
            if let capacity { for column in amounts.keys { amounts[column] = capacity.amount } }
            return BudgetLine(name: name, kind: capacity == nil ? kinds.randomElement(using: &generator)! : .personnel, amounts: amounts, capacity: capacity)
        }
        func entries() -> [KeyEntry] {
            members.map { KeyEntry(municipality: $0.name, value: Quantity(millionths: Int64.random(in: 0...5_000_000_000, using: &generator))) }
        }
        let keys = [
            DistributionKey(name: "gewicht", kind: .weights(entries())),
            DistributionKey(name: "inwoners", kind: .inhabitants([])),
            DistributionKey(name: "gelijk", kind: .equalParts),
            DistributionKey(name: "vast", kind: .fixedAmountPlusInhabitants(fixedAmount: Money(euros: 1_000), inhabitants: [])),
            DistributionKey(name: "mix", kind: .mix([MixPart(percentage: Quantity(60), keyName: "gewicht"), MixPart(percentage: Quantity(40), keyName: "inwoners")])),
        ]
        let keyNames = keys.map(\.name)
        var costs: [BudgetItem] = []
        for index in 0..<Int.random(in: 0...3, using: &generator) { costs.append(.line(line("Algemeen \(index)"))) }
        if Bool.random(using: &generator) {
            costs.append(.group(BudgetGroup(name: "Groep", items: [.line(line("In groep")), .group(BudgetGroup(name: "Thema 0", items: [.line(line("Genest"))]))])))
        }
        var income: [BudgetItem] = [.line(BudgetLine(name: "Rijk", kind: .nationalGrant, amounts: ["b": amount(20_000_000)]))]
        for theme in 0..<Int.random(in: 0...3, using: &generator) {
            let name = "Thema \(theme)"
            let participation: Theme.Participation
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: participation = .all
            case 1: participation = .except([members[Int.random(in: 0..<count, using: &generator)].name])
            default: participation = .only(Array(members.prefix(Int.random(in: 1...count, using: &generator))).map(\.name))
            }
            let items: [BudgetItem] = (0..<Int.random(in: 1...3, using: &generator)).map { .line(line("\(name) regel \($0)")) }
            costs.append(.group(BudgetGroup(name: name, items: items, theme: Theme(keyName: keyNames.randomElement(using: &generator)!, participation: participation))))
            if Bool.random(using: &generator) {
                var covered = BudgetLine(name: "Bijdrage \(name)", kind: .chainPartners, amounts: ["b": amount(10_000_000)], theme: name)
                covered.isPassedOn = Int.random(in: 0..<4, using: &generator) == 0
                income.append(.line(covered))
            }
        }
        if costs.isEmpty { costs.append(.line(line("Algemeen"))) }
        var rule = ContributionRule(keyName: keyNames.randomElement(using: &generator)!, column: "b", unit: Bool.random(using: &generator) ? .euro : .cent)
        if Int.random(in: 0..<5, using: &generator) == 0 { rule.method = .perMunicipality }
        let settlement = Bool.random(using: &generator)
            ? Settlement(settledYear: 2025, description: "Verrekening", components: [
                SettlementComponent(name: "resultaat", amount: Money(euros: Int64.random(in: -100_000...100_000, using: &generator)), keyName: "gewicht"),
                SettlementComponent(name: "POK", amount: Money(euros: -Int64.random(in: 0...50_000, using: &generator)), keyName: "inwoners"),
            ])
            : nil
        let rates = [Rate(function: "procesregie", amount: Money(euros: Int64.random(in: 60_000...110_000, using: &generator)))]
        return Budget(
            file: "r.json", kind: .begroting, title: "R", organisation: Organisation(identifier: "r", name: "R", members: members),
            period: Period(year: 2026), source: SourceReference(document: "gegenereerd"), columns: columns, costs: costs, income: income,
            keys: keys, contributionRule: rule, settlement: settlement, rates: rates)
    }

    /// A random scenario of 1–3 changes: indexations (some negative, some very large)
    /// and FTE (known and unknown functions and themes, negative deltas, given rates).
    static func randomScenario(_ generator: inout SeededGenerator) -> Scenario {
        let changes = (0..<Int.random(in: 1...3, using: &generator)).map { _ -> ScenarioChange in
            if Bool.random(using: &generator) {
                func percentage() -> Quantity {
                    switch Int.random(in: 0..<8, using: &generator) {
                    case 0: .zero
                    case 1: Quantity(millionths: Int64.random(in: -100_000_000...0, using: &generator))
                    case 2: Quantity(millionths: Int64.random(in: 0...1_000_000_000_000, using: &generator))
                    default: Quantity(millionths: Int64.random(in: -2_000_000...8_000_000, using: &generator))
                    }
                }
                return ScenarioChange(.indexation(Indexation(personnel: percentage(), material: percentage(), other: percentage(), nationalGrant: percentage())))
            }
            let themes: [String?] = [nil, "Thema 0", "thema 1", "Thema 2", "Groep", "Onbekend"]
            return ScenarioChange(.fte(
                function: functions.randomElement(using: &generator)!, delta: Quantity(millionths: Int64.random(in: -3_000_000...4_000_000, using: &generator)),
                theme: themes.randomElement(using: &generator)!, rate: Bool.random(using: &generator) ? Money(euros: Int64.random(in: 0...150_000, using: &generator)) : nil))
        }
        return Scenario(name: "s", changes: changes)
    }

    /// How one scenario went: the budget's path computed it (and did not refuse the
    /// variant), and the evaluator gave an outcome.
    struct Comparison {
        var isComputed = false
        var isEvaluated = false
    }

    /// Checks one scenario both ways.
    static func compare(_ scenario: Scenario, on budget: Budget, evaluator: ScenarioEvaluator) -> Comparison {
        let changed = try? budget.applying(scenario)
        let statement = try? changed?.contributions()
        var comparison = Comparison()
        if let changed, let statement, (try? changed.requireNonNegativeBases(statement, scenario: scenario)) != nil { comparison.isComputed = true }
        guard let outcome = evaluator.outcome(of: scenario) else { return comparison }
        comparison.isEvaluated = true
        guard changed != nil, let statement else {
            Issue.record("the evaluator gave figures where the budget's path throws: \(scenario.changes.map(\.dutchDescription))")
            return comparison
        }
        #expect(evaluator.members == statement.members.map(\.municipality))
        #expect(outcome.finals == statement.members.map(\.final), "\(scenario.changes.map(\.dutchDescription))")
        #expect(outcome.total == statement.totalFinal)
        #expect(comparison.isComputed, "the evaluator gave figures for a variant the budget's path refuses")
        return comparison
    }

    @Test func givesTheFiguresOfTheBudgetsOwnPathOverSeededBudgetsAndChanges() {
        var generator = SeededGenerator(seed: 2026)
        var evaluated = 0
        var computed = 0
        for _ in 0..<300 {
            let budget = Self.randomBudget(&generator)
            let evaluator = ScenarioEvaluator(budget: budget)
            for _ in 0..<12 {
                let comparison = Self.compare(Self.randomScenario(&generator), on: budget, evaluator: evaluator)
                if comparison.isComputed { computed += 1 }
                if comparison.isEvaluated { evaluated += 1 }
            }
        }
        // Of the variants the budget's path computes, nearly all take the evaluator's.
        #expect(evaluated * 10 >= computed * 9, "\(evaluated) of \(computed) evaluated")
    }

    @Test func givesTheFiguresOfTheBudgetsOwnPathOnTheBundledBudgets() throws {
        var generator = SeededGenerator(seed: 24)
        var evaluated = 0
        var computed = 0
        for file in try BudgetLoader.budgetFiles(in: [Fixtures.packageRoot.appendingPathComponent("Budgets").path]) {
            guard let budget = try? BudgetLoader.load(file) else { continue }
            let base = budget.withComputedContributions()
            let evaluator = ScenarioEvaluator(budget: base)
            for _ in 0..<40 {
                // Changes the budget can take: its own rates' functions or a given rate, its themes.
                let themes: [String?] = [nil] + base.themeGroups.map(\.name)
                let functions = ["procesregie"] + base.rates.map(\.function)
                let percentage = { Quantity(millionths: Int64.random(in: -2_000_000...8_000_000, using: &generator)) }
                let scenario = Scenario(name: "s", changes: [
                    ScenarioChange(.indexation(Indexation(personnel: percentage(), material: percentage(), other: percentage(), nationalGrant: percentage()))),
                    ScenarioChange(.fte(
                        function: functions.randomElement(using: &generator)!, delta: Quantity(millionths: Int64.random(in: -500_000...3_000_000, using: &generator)),
                        theme: themes.randomElement(using: &generator)!, rate: base.rates.isEmpty || Bool.random(using: &generator) ? Money(euros: 90_000) : nil)),
                ].shuffled(using: &generator))
                let comparison = Self.compare(scenario, on: base, evaluator: evaluator)
                if comparison.isComputed { computed += 1 }
                if comparison.isEvaluated { evaluated += 1 }
            }
        }
        #expect(evaluated * 10 >= computed * 9, "\(evaluated) of \(computed) evaluated")
        #expect(computed > 100)
    }

    @Test func leavesOtherChangesAndOtherOrganisationsToTheBudgetsOwnPath() {
        var generator = SeededGenerator(seed: 5)
        let budget = Self.randomBudget(&generator)
        let evaluator = ScenarioEvaluator(budget: budget)
        #expect(evaluator.outcome(of: Scenario(name: "s", changes: [ScenarioChange(.removeLine(name: "Rijk"))])) == nil)
        #expect(evaluator.outcome(of: Scenario(name: "s", organisation: "ander", changes: [])) == nil)
        #expect(evaluator.outcome(of: Scenario(name: "s", changes: [], keys: [DistributionKey(name: "x", kind: .equalParts)])) == nil)
    }

    @Test func aSweepGivesTheFiguresOfEachGridPointsOwnVariant() throws {
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<20 {
            let budget = Self.randomBudget(&generator)
            let axes = [
                Sweep.Axis(parameter: .indexation(.personeel), values: [Quantity(0), Quantity(millionths: 2_500_000), Quantity(-1)]),
                Sweep.Axis(parameter: .fte(function: "procesregie", theme: nil), values: [Quantity(0), Quantity(1), Quantity(-2)]),
            ]
            guard let sweep = try? Sweep(budget: budget, axes: axes) else { continue }
            let base = budget.withComputedContributions()
            for point in sweep.points {
                let scenario = Scenario(name: "reeks", changes: zip(axes, point.values).map { $0.change($1) })
                let statement = try base.applying(scenario).contributions()
                #expect(point.finals == sweep.members.map { name in statement.members.first { $0.municipality == name }?.final ?? .zero })
                #expect(point.total == statement.totalFinal)
            }
        }
    }
}
