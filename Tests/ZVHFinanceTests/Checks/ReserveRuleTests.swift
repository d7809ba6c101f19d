import Testing
@testable import ZVHFinance

/// The reserve rules: a schedule that does not carry over from one year to the next,
/// a reserve above its cap or used after its end date, a movement naming no reserve.
@Suite struct ReserveRuleTests {
    typealias F = CheckFixtures

    static func year(_ year: Int, begin: Int, addition: Int, cap: String = "", end: String = "", named: Bool = true) -> String {
        let reserve = named ? #", "reserve": "POK""# : ""
        return F.budget(
            year: year,
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": \#(400 + addition) } }, { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "k": 400 } }, { "naam": "Bijdrage B", "soort": "gemeentelijke-bijdrage", "gemeente": "B", "bedragen": { "k": 200 } }, { "naam": "Toevoeging POK", "soort": "reserve-toevoeging"\#(reserve), "bedragen": { "k": -\#(addition) } }"#,
            extra: #""reserves": [ { "naam": "POK", "soort": "bestemmingsreserve", "stand-begin": \#(begin)\#(cap)\#(end) } ]"#,
            stated: "")
    }

    @Test func anEndThatIsNotTheNextBeginIsAnError() throws {
        let findings = try F.findings(ReserveContinuityRule(), Self.year(2026, begin: 50, addition: 10), others: [Self.year(2025, begin: 0, addition: 100)])
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.contains("stand begin 2026 is 50, maar de stand eind 2025 is 100") == true)
        #expect(try F.findings(ReserveContinuityRule(), Self.year(2026, begin: 100, addition: 10), others: [Self.year(2025, begin: 0, addition: 100)]).isEmpty)
    }

    @Test func aReserveAboveItsCapOrAfterItsEndDateIsAWarning() throws {
        let capped = try F.findings(ReserveCapRule(), Self.year(2025, begin: 50, addition: 100, cap: #", "plafond": 120"#))
        #expect(capped.map(\.severity) == [.warning])
        #expect(try F.findings(ReserveCapRule(), Self.year(2025, begin: 0, addition: 100, cap: #", "plafond": 120"#)).isEmpty)
        let late = try F.findings(ReserveEndDateRule(), Self.year(2025, begin: 0, addition: 100, end: #", "einddatum": "2024-12-31""#))
        #expect(late.map(\.severity) == [.warning])
        #expect(try F.findings(ReserveEndDateRule(), Self.year(2025, begin: 0, addition: 100, end: #", "einddatum": "2025-12-31""#)).isEmpty)
    }

    @Test func aMovementNamingNoReserveIsAnError() throws {
        #expect(try F.findings(UnnamedReserveMovementRule(), Self.year(2025, begin: 0, addition: 100, named: false)).map(\.severity) == [.error])
        #expect(try F.findings(UnnamedReserveMovementRule(), Self.year(2025, begin: 0, addition: 100)).isEmpty)
    }

    @Test func theScheduleAddsUpForManySeededReserves() throws {
        var generator = SeededGenerator(seed: 20)
        for _ in 0..<200 {
            let begin = Int.random(in: 0...1_000_000, using: &generator)
            let addition = Int.random(in: 0...1_000_000, using: &generator)
            let budget = try F.read(Self.year(2025, begin: begin, addition: addition))
            let entry = try #require(ReserveSchedule(budget).entries.first)
            #expect(entry.closingBalance == entry.openingBalance + entry.additions - entry.withdrawals)
            #expect(entry.closingBalance == Money(euros: Int64(begin + addition)))
            let figures = BudgetFigures(budget: budget, statement: nil)
            #expect(figures.result[0] == figures.balanceBeforeReserves[0] + figures.totalReserveMovements[0])
        }
    }
}
