/// `dubbele-verrekening`: a result year that a begroting settles after an earlier
/// begroting already settled it, for more than what remained of its result. A result
/// year is settled once in total; a later begroting settles only the difference between
/// the (definitive) result and what was settled before (the nacalculatie).
public struct DoubleSettlementRule: CheckRule {
    public let name = "dubbele-verrekening"
    public let summary = "een resultaatjaar dat een begroting opnieuw verrekent terwijl een eerdere begroting het al verrekende (meer dan er nog resteert)"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        guard budget.kind == .begroting, let settlement = budget.settlement, let year = settlement.settledYear,
            let entry = context.ledger.year(year)
        else { return [] }
        let before = entry.settled(before: budget.file)
        let earlier = entry.settlings.prefix { $0.file != budget.file }
        guard !earlier.isEmpty else { return [] }
        let earlierText = earlier.map { "\($0.title) (\($0.file)): \($0.amount.signedDutch)" }.joined(separator: "; ")
        guard let result = entry.result else {
            let message = "\(year) wordt ook al verrekend in \(earlierText); de jaarrekening \(year) is niet gelezen, dus niet na te gaan of samen precies het resultaat verrekend wordt"
            return [context.finding(name, .warning, at: settlement.origin, message, members: context.allMembers, found: settlement.total)]
        }
        // What the members settle: the result less what the adopted resultaatbestemming gives to reserves.
        let remaining = -(result.amount - result.toReserves) - before
        guard settlement.total != remaining else { return [] }
        let message = "\(year) is al verrekend in \(earlierText); deze begroting verrekent \(year) opnieuw met \(settlement.total.signedDutch), terwijl van het resultaat \(result.amount.resultNotation) (\(result.status.rawValue), \(result.title)) nog \(remaining.signedDutch) te verrekenen was"
        return [
            context.finding(
                name, .error, at: settlement.origin, message, members: context.allMembers, relatedFile: result.file, expected: remaining, found: settlement.total,
                hint: "verreken alleen het verschil: zvh volgend-jaar … --jaarrekening \(result.file) --nacalculatie")
        ]
    }
}
