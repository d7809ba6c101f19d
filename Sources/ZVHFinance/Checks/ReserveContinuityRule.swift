/// `reserve-sluit-niet-aan`: a reserve whose balance at the start of the year differs
/// from its balance at the end of the previous year (eind T−1 ≠ begin T), by the
/// latest document of that year that lists the reserve.
public struct ReserveContinuityRule: CheckRule {
    public let name = "reserve-sluit-niet-aan"
    public let summary = "een reserve waarvan de stand begin niet de stand eind van het vorige jaar is"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        guard !budget.reserves.isEmpty else { return [] }
        var findings: [Finding] = []
        for reserve in budget.reserves {
            guard let analysed = context.lastOther(where: { other in
                other.budget.period.year == budget.period.year - 1 && other.budget.reserves.contains { $0.name == reserve.name }
            }), let entry = analysed.reserveSchedule.entry(named: reserve.name) else { continue }
            let previous = analysed.budget
            let closing = entry.closingBalance
            guard closing != reserve.openingBalance else { continue }
            findings.append(context.finding(
                name, .error, at: reserve.origin,
                "reserve \"\(reserve.name)\": stand begin \(budget.period.year) is \(reserve.openingBalance.dutch()), maar de stand eind \(previous.period.year) is \(closing.dutch()) (\(previous.title))",
                relatedFile: previous.file, expected: closing, found: reserve.openingBalance,
                hint: "eind \(previous.period.year) = begin \(entry.openingBalance.dutch()) + toevoegingen \(entry.additions.dutch()) − onttrekkingen \(entry.withdrawals.dutch())"))
        }
        return findings
    }
}
