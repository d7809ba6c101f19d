import Testing
@testable import ZVHFinance

/// The seed tables, encoded as published, give the figures DOMAIN.md derives.
@Suite struct SeedBudgetTests {
    @Test func middenLimburg2021ActualResultIs83584() throws {
        let budget = try Fixtures.budget("midden-limburg/jaarrekening-2021.json")
        let expected = try #require(budget.column(named: "verwacht"))
        #expect(budget.result(in: expected) == Money(euros: 83584))
        let budgeted = try #require(budget.column(named: "begroot"))
        #expect(budget.result(in: budgeted) == Money(euros: -27461))
        #expect(!budget.isBalanced(in: budgeted))
    }

    @Test func middenLimburg2021DifferenceColumnMatchesThePublishedOne() throws {
        let budget = try Fixtures.budget("midden-limburg/jaarrekening-2021.json")
        let difference = try #require(budget.column(named: "verschil"))
        #expect(budget.totalCosts(in: difference) == Money(euros: 13245))
        for item in budget.costs {
            if let stated = item.stated["verschil"] {
                #expect(budget.total(of: item, in: difference, side: .costs) == stated.amount)
            }
        }
        #expect(budget.result(in: difference) == Money(euros: 111_045))
    }

    @Test func middenLimburg2022ContributionsMatchThePublishedTable() throws {
        let budget = try Fixtures.budget("midden-limburg/begroting-2022.json")
        let statement = try budget.contributions()
        let published: [Int64] = [53319, 65152, 39725, 30310, 34931, 126_522, 89964]
        for (member, final) in zip(statement.members, published) {
            #expect((member.final - Money(euros: final)).magnitude <= Money(euros: 1), "\(member.municipality)")
        }
        #expect(statement.totalFinal == Money(euros: 439_923))
        #expect(statement.totalContribution == Money(euros: 550_968))
        let pok = try #require(statement.settlementSplits.first { $0.component.name == "POK 2021" })
        #expect(pok.split.parts == [11853, 14484, 8832, 6739, 7765, 28127, 20000].map { Money(euros: -Int64($0)) })
        #expect(statement.totalSettlement == Money(euros: -111_045))
    }

    @Test func westelijkeMijnstreekLinesGiveTheSumsDomainDescribes() throws {
        let year2023 = try Fixtures.budget("westelijke-mijnstreek/jaarrekening-2023.json")
        let actual = year2023.mainColumn
        #expect(year2023.totalCosts(in: actual) == Money(euros: 1_707_510))
        #expect(year2023.totalIncome(in: actual) == Money(euros: 1_707_589))
        #expect(year2023.result(in: actual) == Money(euros: 79))
        let part2024 = try Fixtures.budget("westelijke-mijnstreek/begroting-2024-jan-jul.json")
        #expect(part2024.period.months == 7)
        #expect(part2024.totalIncome(in: part2024.mainColumn) == Money(euros: 996_093))
        #expect(part2024.result(in: part2024.mainColumn) == Money(euros: -1))
    }
}
