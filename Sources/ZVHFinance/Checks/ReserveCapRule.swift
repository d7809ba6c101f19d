/// `reserve-boven-plafond`: a reserve that ends the year above the cap the board set.
public struct ReserveCapRule: CheckRule {
    public let name = "reserve-boven-plafond"
    public let summary = "een reserve die het jaar boven haar plafond eindigt"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        guard !budget.reserves.isEmpty else { return [] }
        return context.analysed.reserveSchedule.entries.compactMap { entry in
            guard let cap = entry.reserve.cap, entry.closingBalance > cap else { return nil }
            return context.finding(
                name, .warning, at: entry.reserve.origin,
                "reserve \"\(entry.reserve.name)\" eindigt \(budget.period.year) op \(entry.closingBalance.dutch()), boven haar plafond van \(cap.dutch())",
                expected: cap, found: entry.closingBalance,
                hint: "het deel boven het plafond (\((entry.closingBalance - cap).dutch())) hoort bij de resultaatbestemming, niet in deze reserve")
        }
    }
}
