/// `verrekening-ontbreekt`: a closed year with a result that no begroting of the
/// organisation settles, while the books already hold a begroting of two years later
/// (begroting T settles T−2 at the latest).
public struct MissingSettlementRule: CheckRule {
    public let name = "verrekening-ontbreekt"
    public let summary = "een afgesloten jaar met een resultaat dat geen enkele begroting verrekent, terwijl de begroting van twee jaar later er al is"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        let year = budget.period.year
        guard budget.kind == .jaarrekening, let entry = context.ledger.year(year), let result = entry.result,
            result.file == budget.file, !result.amount.isZero, entry.settlings.isEmpty,
            let later = context.lastOther(where: { $0.budget.kind == .begroting && $0.budget.period.year >= year + 2 })?.budget
        else { return [] }
        let message = "het resultaat \(year) (\(result.amount.resultNotation), \(result.status.rawValue)) wordt in geen enkele begroting verrekend, terwijl \(later.title) (\(later.file)) er al is"
        return [
            context.finding(
                name, .warning, at: nil, message, members: context.allMembers, relatedFile: later.file, expected: -result.amount, found: .zero,
                hint: "neem de verrekening op in een begroting (zvh volgend-jaar … --jaarrekening \(budget.file)) of leg vast welk deel naar een reserve gaat")
        ]
    }
}
