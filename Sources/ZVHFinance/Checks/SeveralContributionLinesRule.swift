/// `meerdere-bijdrageregels`: one member with contribution lines under different
/// labels. Legal, but worth a note: a reader may not see they belong together.
public struct SeveralContributionLinesRule: CheckRule {
    public let name = "meerdere-bijdrageregels"
    public let summary = "een gemeente met bijdrageregels onder verschillende labels"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        let byMember = budget.contributionLinesByMember
        return budget.organisation.members.compactMap { member in
            let lines = byMember[member.name] ?? []
            let labels = lines.map(\.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            guard labels.count > 1 else { return nil }
            let amounts = lines.map { budget.amount(of: $0, in: budget.mainColumn, side: .income) }
            let parts = zip(lines, amounts).map { "\"\($0.name)\" \($1.dutch())" }.joined(separator: " en ")
            return context.finding(
                name, .info, at: lines[1].origin,
                "gemeente \(member.name) heeft \(lines.count) bijdrageregels met verschillende labels (\(parts)); samen \(amounts.sum().dutch())", members: [member.name])
        }
    }
}
