import Testing
@testable import ZVHFinance

@Suite struct PaymentScheduleTests {
    static func profile(_ days: [(Int, Int)], term: Int = 30) -> OrganisationProfile {
        OrganisationProfile(
            sender: "ZVH", address: ["Postbus 1"], signatory: "A", function: "manager", iban: "NL91ABNA0417164300", paymentTermDays: term,
            contact: ["A"], dueDays: days.map { .init(day: $0.0, month: $0.1) }, addressees: [], remark: nil)
    }

    @Test func instalmentsAlwaysAddUpToTheDefinitiefToTheCent() {
        var generator = SeededGenerator(seed: 19)
        for _ in 0..<1_000 {
            let total = Money(cents: Int64.random(in: -10_000_000...100_000_000, using: &generator))
            let count = Int.random(in: 1...12, using: &generator)
            let days = (1...count).map { (1, $0) }
            let date = BookingDate(year: Int.random(in: 2020...2030, using: &generator), month: Int.random(in: 1...12, using: &generator), day: 1)
            let schedule = PaymentSchedule(total: total, year: 2025, profile: Self.profile(days), letterDate: date)
            #expect(schedule.addsUp)
            #expect(schedule.payments.count == count)
            #expect(schedule.payments.allSatisfy { $0.dueDate != nil })
        }
    }

    @Test func aDueDayBeforeTheEndOfThePaymentTermMovesToIt() {
        let schedule = PaymentSchedule(total: Money(euros: 65_153), year: 2026, profile: Self.profile([(1, 2), (1, 5), (1, 8), (1, 11)]), letterDate: BookingDate(year: 2026, month: 6, day: 15))
        #expect(schedule.payments.map(\.dueDate?.iso) == ["2026-07-15", "2026-07-15", "2026-08-01", "2026-11-01"])
        #expect(schedule.payments.map(\.isMoved) == [true, true, false, false])
        #expect(schedule.payments.map(\.amount) == [Money(cents: 1_628_825), Money(cents: 1_628_825), Money(cents: 1_628_825), Money(cents: 1_628_825)])
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        #expect(BookingDate(year: 2026, month: 9, day: 15)!.adding(days: 30).iso == "2026-10-15")
        #expect(BookingDate(year: 2024, month: 2, day: 28)!.adding(days: 1).iso == "2024-02-29")
        #expect(BookingDate(year: 2025, month: 12, day: 31)!.adding(days: 1).iso == "2026-01-01")
        #expect(BookingDate(year: 2026, month: 9, day: 15)!.longDutch == "15 september 2026")
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<500 {
            let date = BookingDate(year: Int.random(in: 1900...2100, using: &generator), month: Int.random(in: 1...12, using: &generator), day: Int.random(in: 1...28, using: &generator))!
            let days = Int.random(in: -4_000...4_000, using: &generator)
            #expect(date.adding(days: days).adding(days: -days) == date)
            #expect(date.adding(days: 1) > date)
        }
    }
}
