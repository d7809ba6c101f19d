/// `negatief-bedrag`: a cost line below zero (lasten are zero or more; a correction
/// belongs on the baten side) and a negative amount to distribute over the members
/// (other income exceeds the costs, so members would be paid rather than pay) that no
/// baten line declares as passed on to them (`doorgeven`).
public struct NegativeAmountRule: CheckRule {
    public let name = "negatief-bedrag"
    public let summary = "een negatieve lastenregel of een negatief bedrag om over de gemeenten te verdelen"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        var findings: [Finding] = []
        // An amendment column holds changes, which may well be negative; the names of the
        // others are found once, not per line.
        let columns = budget.columns.filter(\.holdsAmounts).map(\.name)
        for line in budget.costLines {
            for column in columns {
                guard let amount = line.amounts[column], amount.isNegative else { continue }
                findings.append(context.finding(
                    name, .warning, at: line.amountOrigins[column] ?? line.origin,
                    "de lastenregel \"\(line.name)\" is negatief in kolom \(column) (\(amount.dutch(alwaysCents: !amount.isMultiple(of: .euro))))",
                    found: amount, hint: "lasten zijn nul of meer; boek een correctie of opbrengst als baten"))
            }
        }
        for part in context.statement?.parts ?? [] where part.coverage.amountToDistribute.isNegative && !part.coverage.isNegativeAmountDeclared {
            let amount = part.coverage.amountToDistribute
            findings.append(context.finding(
                name, .error, at: budget.contributionRule?.origin,
                "het te verdelen bedrag van \"\(part.name)\" is negatief (\(amount.dutch(alwaysCents: !amount.isMultiple(of: .euro)))): de gemeenten zouden geld ontvangen in plaats van bijdragen",
                members: part.participants, found: amount, hint: part.coverage.passedOn.isZero
                    ? "controleer de lasten en de overige baten van dit deel; geeft de regeling geld door aan de gemeenten, zet dan \"doorgeven\": true bij die batenregel"
                    : "ook zonder de doorgegeven baten (\(part.coverage.passedOn.dutch())) is het bedrag negatief; controleer de lasten en de overige baten van dit deel"))
        }
        return findings
    }
}
