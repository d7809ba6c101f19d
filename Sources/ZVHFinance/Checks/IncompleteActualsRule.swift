/// `werkelijk-onvolledig`: a `werkelijk` column made from bookings (`zvh boekingen
/// --uitvoer`) while some bookings got no rule: the actuals miss them.
public struct IncompleteActualsRule: CheckRule {
    public let name = "werkelijk-onvolledig"
    public let summary = "een kolom werkelijk uit boekingen waarvan boekingen geen begrotingsregel kregen (niet-toegewezen)"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        context.budget.columns.compactMap { column in
            guard let unassigned = column.unassigned, unassigned.count > 0 || !unassigned.amount.isZero else { return nil }
            return context.finding(
                name, .error, at: unassigned.origin,
                "de kolom \"\(column.heading)\" is onvolledig: \(unassigned.count) boeking(en) van samen \(unassigned.amount.dutch()) (debet − credit) kregen geen begrotingsregel" + (unassigned.source.map { " (\($0))" } ?? ""),
                found: unassigned.amount,
                hint: "vul de boekingsregels aan tot elke boeking een regel heeft en maak het bestand opnieuw met 'zvh boekingen … --uitvoer'")
        }
    }
}
