/// `reserve-na-einddatum`: a movement of a reserve in a year after the reserve's end date.
public struct ReserveEndDateRule: CheckRule {
    public let name = "reserve-na-einddatum"
    public let summary = "een mutatie van een reserve na haar einddatum"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        guard !budget.reserves.isEmpty else { return [] }
        var findings: [Finding] = []
        for entry in context.analysed.reserveSchedule.entries {
            guard let endYear = entry.reserve.endYear, let endDate = entry.reserve.endDate, budget.period.year > endYear else { continue }
            for movement in entry.movements where !movement.amount.isZero {
                findings.append(context.finding(
                    name, .warning, at: movement.line.origin,
                    "\"\(movement.line.name)\" muteert reserve \"\(entry.reserve.name)\" in \(budget.period.year), na haar einddatum \(endDate)",
                    found: movement.amount, hint: "verleng de reserve met een besluit, of laat haar vrijvallen"))
            }
        }
        return findings
    }
}
