import Testing
@testable import ZVHFinance

extension Tag {
    /// The longer property runs (100.000 cases each); `swift test --skip AtScale` leaves them out.
    @Tag static var atScale: Self
}

/// The invariants of allocation, settlement and presentation rounding over 100.000
/// seeded random cases each. Slower than the other tests, but seconds, not minutes.
@Suite(.tags(.atScale)) struct AtScalePropertyTests {
    static let cases = 100_000

    @Test func allocationConservesEveryCentOverAHundredThousandCases() throws {
        var generator = SeededGenerator(seed: 0xA110C)
        for _ in 0..<Self.cases {
            let (total, weights, unit) = AllocationTests.randomCase(&generator)
            let allocation = try Allocation(splitting: total, by: weights, unit: unit)
            var sum: Int64 = 0
            let totalWeight = allocation.totalWeightMillionths
            for (part, weight) in zip(allocation.parts, weights) {
                sum += part.cents
                let difference = Int128(part.cents) * totalWeight - Int128(total.cents) * Int128(weight.millionths)
                guard difference.magnitude < UInt128(Int128(unit.cents) * totalWeight), part.cents % unit.cents == 0,
                    !weight.isZero || part.isZero
                else {
                    Issue.record("part \(part.cents) of \(total.cents) by \(weights.map(\.millionths)) in \(unit)")
                    return
                }
            }
            if sum != total.cents {
                Issue.record("sum \(sum) ≠ \(total.cents)")
                return
            }
        }
    }

    @Test func perMunicipalityPartsPlusTheRoundingLineMeetTheTotalOverAHundredThousandCases() throws {
        var generator = SeededGenerator(seed: 0xAF20)
        for _ in 0..<Self.cases {
            let (total, weights, unit) = AllocationTests.randomCase(&generator)
            let allocation = try Allocation(splitting: total, by: weights, unit: unit, method: .perMunicipality)
            let totalWeight = allocation.totalWeightMillionths
            for (part, weight) in zip(allocation.parts, weights) {
                // Every part is its exact share rounded on its own: within half a unit.
                let difference = Int128(part.cents) * totalWeight - Int128(total.cents) * Int128(weight.millionths)
                guard difference.magnitude * 2 <= UInt128(Int128(unit.cents) * totalWeight), part.cents % unit.cents == 0 else {
                    Issue.record("part \(part.cents) of \(total.cents) by \(weights.map(\.millionths)) in \(unit)")
                    return
                }
            }
            if allocation.parts.sum() + allocation.roundingDifference != total {
                Issue.record("parts + afronding ≠ \(total.cents)")
                return
            }
        }
    }

    @Test func settlementsNeverCreateOrLoseAEuroOverAHundredThousandBudgets() throws {
        var generator = SeededGenerator(seed: 0x5E771E)
        for _ in 0..<Self.cases {
            let count = Int.random(in: 1...9, using: &generator)
            let members = (0..<count).map { Municipality(name: "G\($0)") }
            let entries = members.map { KeyEntry(municipality: $0.name, value: Quantity(Int64.random(in: 0...200_000, using: &generator))) }
            var key = DistributionKey(name: "s", kind: .weights(entries))
            if entries.allSatisfy({ $0.value.isZero }) {
                key.kind = .weights(entries.enumerated().map { KeyEntry(municipality: $1.municipality, value: Quantity(Int64($0 + 1))) })
            }
            let costs = Money(euros: Int64.random(in: 0...5_000_000, using: &generator))
            let components = (0..<Int.random(in: 0...3, using: &generator)).map {
                SettlementComponent(name: "c\($0)", amount: Money(euros: Int64.random(in: -500_000...500_000, using: &generator)), keyName: "s")
            }
            let budget = Budget(
                file: "p.json", kind: .begroting, title: "P", organisation: Organisation(identifier: "p", name: "P", members: members),
                period: Period(year: 2025), source: SourceReference(document: "gegenereerd"),
                columns: [Column(name: "b", kind: .budgeted)],
                costs: [.line(BudgetLine(name: "L", amounts: ["b": costs]))], income: [], keys: [key],
                contributionRule: ContributionRule(keyName: "s", column: "b"),
                settlement: Settlement(settledYear: nil, description: "v", components: components))
            let statement = try budget.contributions()
            let settlementTotal = components.map(\.amount).sum()
            guard statement.totalContribution == costs, statement.totalSettlement == settlementTotal,
                statement.totalFinal == costs + settlementTotal,
                statement.settlementSplits.allSatisfy({ $0.split.parts.sum() == $0.component.amount })
            else {
                Issue.record("settlement lost or created money: \(statement.totalSettlement) vs \(settlementTotal)")
                return
            }
        }
    }

    @Test func shownAmountsAddUpOverAHundredThousandColumns() {
        var generator = SeededGenerator(seed: 0x5400)
        for _ in 0..<Self.cases {
            let count = Int.random(in: 1...20, using: &generator)
            let amounts = (0..<count).map { _ in Money(cents: Int64.random(in: -100_000_000...100_000_000, using: &generator)) }
            let unit: RoundingUnit = Bool.random(using: &generator) ? .euro : .cent
            let target = PresentationRounding.shownTotal(amounts.sum(), unit: unit)
            let shown = PresentationRounding.distribute(amounts, to: target, unit: unit)
            guard shown.sum() == target,
                zip(amounts, shown).allSatisfy({ ($1 - $0).magnitude.cents < unit.cents && $1.isMultiple(of: unit) })
            else {
                Issue.record("shown \(shown.map(\.cents)) of \(amounts.map(\.cents)) ≠ \(target.cents)")
                return
            }
        }
    }
}
