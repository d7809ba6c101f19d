import Testing
@testable import ZVHFinance

@Suite struct AdvanceScheduleTests {
    static let begrotingen = ["midden-limburg/begroting-2022.json", "noord-limburg/begroting-2024.json", "westelijke-mijnstreek/begroting-2024-jan-jul.json"]

    func holds(_ instalments: [Money], total: Money, count: Int) -> Bool {
        let cents = instalments.map(\.cents)
        return instalments.count == count && instalments.sum() == total && (cents.max()! - cents.min()!) <= 1
    }

    @Test(arguments: begrotingen)
    func everyMemberOfEveryBundledBegrotingSumsExactly(_ file: String) throws {
        let analysed = AnalysedBudget(try Fixtures.budget(file))
        let statement = try analysed.contributions.get()
        for count in AdvanceSchedule.allowedCounts {
            let schedule = AdvanceSchedule(statement: statement, budget: analysed.budget, count: count)
            #expect(schedule.members.count == statement.members.count)
            for member in schedule.members {
                #expect(holds(member.instalments, total: member.total, count: count), "\(member.municipality) × \(count)")
                #expect(member.total == statement.members.first { $0.municipality == member.municipality }?.final)
            }
        }
    }

    @Test func seededCasesSumExactlyAndDifferByAtMostOneCent() {
        var generator = SeededGenerator(seed: 20_250_412)
        for _ in 0..<20_000 {
            let total = Money(cents: Int64.random(in: -50_000_000_00...50_000_000_00, using: &generator))
            let count = [1, 2, 4, 12, Int.random(in: 1...60, using: &generator)].randomElement(using: &generator)!
            let instalments = AdvanceSchedule.instalments(of: total, count: count)
            #expect(holds(instalments, total: total, count: count), "\(total.cents) / \(count)")
            // The odd cents come last: the instalments never decrease in magnitude.
            #expect(zip(instalments, instalments.dropFirst()).allSatisfy { $0.magnitude <= $1.magnitude })
        }
    }

    @Test func theOddCentsAreInTheLastInstalments() {
        #expect(AdvanceSchedule.instalments(of: Money(cents: 1001), count: 2) == [Money(cents: 500), Money(cents: 501)])
        #expect(AdvanceSchedule.instalments(of: Money(cents: 1003), count: 4) == [Money(cents: 250), Money(cents: 251), Money(cents: 251), Money(cents: 251)])
        #expect(AdvanceSchedule.instalments(of: Money(cents: -7), count: 4) == [Money(cents: -1), Money(cents: -2), Money(cents: -2), Money(cents: -2)])
    }

    @Test func dutchAmountsInCSV() {
        #expect(SemicolonTable.dutchAmount("66.954") == Money(euros: 66_954))
        #expect(SemicolonTable.dutchAmount("45.650,92") == Money(cents: 4_565_092))
        #expect(SemicolonTable.dutchAmount("-12,5") == Money(cents: -1250))
        #expect(SemicolonTable.dutchAmount("66954.5") == nil)
        #expect(SemicolonTable.dutchAmount("1.23") == nil)
        #expect(SemicolonTable.dutchAmount("") == nil)
        #expect(SemicolonTable.dutchAmount("12,345") == nil)
    }
}
