import Testing
@testable import ZVHFinance

@Suite struct PresentationRoundingTests {
    @Test func shownAmountsAddUpToTheShownTotalAndStayWithinOneUnit() {
        var generator = SeededGenerator(seed: 314)
        for _ in 0..<5000 {
            let count = Int.random(in: 1...15, using: &generator)
            let amounts = (0..<count).map { _ in Money(cents: Int64.random(in: -10_000_000...10_000_000, using: &generator)) }
            let unit: RoundingUnit = .euro
            let target = PresentationRounding.shownTotal(amounts.sum(), unit: unit)
            let shown = PresentationRounding.distribute(amounts, to: target, unit: unit)
            #expect(shown.sum() == target)
            for (exact, value) in zip(amounts, shown) {
                #expect(value.isMultiple(of: unit))
                #expect((value - exact).magnitude < Money(cents: unit.cents))
            }
        }
    }

    @Test func wholeAmountsAreShownUnchanged() {
        let amounts = [Money(euros: 1_402_290), Money(euros: 305_220)]
        #expect(PresentationRounding.distribute(amounts, to: Money(euros: 1_707_510), unit: .euro) == amounts)
    }

    @Test func threeThirdsShowAsAColumnThatAddsUp() {
        let third = Money(cents: 3333)
        let shown = PresentationRounding.distribute([third, third, Money(cents: 3334)], to: Money(euros: 100), unit: .euro)
        #expect(shown.sum() == Money(euros: 100))
    }

    /// A random budget with cents, nested groups and a difference column.
    static func randomBudget(_ generator: inout SeededGenerator) throws -> Budget {
        func amount() -> String {
            let cents = Int64.random(in: -50_000_00...500_000_00, using: &generator)
            return Money(cents: cents).jsonNumber
        }
        func items(depth: Int) -> String {
            (0..<Int.random(in: 1...4, using: &generator)).map { index in
                if depth < 3, Bool.random(using: &generator) {
                    return #"{ "groep": "G\#(depth)\#(index)", "regels": [ \#(items(depth: depth + 1)) ] }"#
                }
                return #"{ "naam": "R\#(depth)\#(index)", "bedragen": { "a": \#(amount()), "b": \#(amount()) } }"#
            }.joined(separator: ",")
        }
        let json = """
            {
              "soort": "jaarrekening", "organisatie": { "code": "r", "naam": "R" }, "periode": { "jaar": 2025 },
              "bron": { "document": "gegenereerd" }, "gemeenten": [ { "naam": "A" } ],
              "kolommen": [ { "naam": "a", "soort": "begroot" }, { "naam": "b", "soort": "werkelijk" },
                            { "naam": "v", "soort": "verschil", "van": "b", "ten-opzichte-van": "a" } ],
              "lasten": [ \(items(depth: 0)) ],
              "baten": [ \(items(depth: 0)) ]
            }
            """
        return try BudgetFileReader.read(Array(json.utf8), file: "random.json")
    }

    @Test func shownLinesAddUpInReportsOfManyRandomBudgets() throws {
        var generator = SeededGenerator(seed: 2718)
        for _ in 0..<300 {
            let budget = try Self.randomBudget(&generator)
            let table = BudgetReportContent(AnalysedBudget(budget), showsContributions: false).linesTable(unit: .euro)
            Self.expectTableAddsUp(table, columns: budget.columns.count)
            // The shown resultaat stays within a euro per side of the exact one, and the
            // difference column's is the compared result minus the base result.
            let results = table.rows.last!.cells.dropFirst().map { cell -> Money in
                if case .result(let money) = cell { return money }
                return .zero
            }
            for (column, shown) in zip(budget.columns.prefix(2), results) {
                #expect((shown - budget.result(in: column)).magnitude <= Money(euros: 1))
            }
            #expect(results[2] == results[1] - results[0])
        }
    }

    /// Every subtotal row equals the sum of the rows directly below it; "Totaal" rows
    /// equal the sum of their side's top-level rows; the resultaat is baten − lasten.
    static func expectTableAddsUp(_ table: ReportTable, columns: Int) {
        func value(_ row: ReportTable.Row, _ column: Int) -> Money {
            switch row.cells.count > column ? row.cells[column] : .empty {
            case .amount(let money), .result(let money): return money
            default: return .zero
            }
        }
        let rows = table.rows
        var totals: [[Money]] = []
        for (index, row) in rows.enumerated() {
            for column in 1...columns where row.cells.count > column {
                if case .amount(let money) = row.cells[column] { #expect(money.isMultiple(of: .euro)) }
            }
            switch row.style {
            case .subtotal:
                let children = rows[(index + 1)...].prefix { $0.depth > row.depth }.filter { $0.depth == row.depth + 1 }
                for column in 1...columns {
                    #expect(children.map { value($0, column) }.sum() == value(row, column))
                }
            case .total where row.cells.first?.text.hasPrefix("Totaal") == true:
                let start = rows[..<index].lastIndex { $0.style == .heading } ?? 0
                let topLevel = rows[(start + 1)..<index].filter { $0.depth == 1 }
                for column in 1...columns {
                    #expect(topLevel.map { value($0, column) }.sum() == value(row, column))
                }
                totals.append((1...columns).map { value(row, $0) })
            case .total:
                // The resultaat of the read columns is baten − lasten (difference columns
                // are checked by the caller).
                for column in 1...2 where totals.count == 2 {
                    #expect(value(row, column) == totals[1][column - 1] - totals[0][column - 1])
                }
            default:
                break
            }
        }
    }
}
