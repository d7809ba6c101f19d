/// `ontbrekende-gemeente`: a member without a contribution line where the other members
/// have one.
public struct MissingMunicipalityRule: CheckRule {
    public let name = "ontbrekende-gemeente"
    public let summary = "een gemeente zonder bijdrageregel terwijl de andere gemeenten er een hebben"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        return context.membersWithoutContributionLine.map { member in
            let origin = budget.organisation.member(named: member)?.origin
            var hint: String?
            var expected: Money?
            for line in budget.incomeLines where line.kind == .municipalContribution {
                let amount = budget.amount(of: line, in: budget.mainColumn, side: .income)
                if let match = context.probableMember(for: amount, among: [member]) {
                    hint = "waarschijnlijk staat de bijdrage van \(member) onder het label \"\(line.name)\" (bestandsregel \(FieldLocation.lineText(line.origin))): \(amount.dutch()) ≈ \(match.explanation)"
                    expected = match.expected
                    break
                }
            }
            return context.finding(
                name, .error, at: origin,
                "gemeente \(member) heeft geen bijdrageregel in de baten, de andere gemeenten wel",
                members: [member], expected: expected, found: .zero, hint: hint)
        }
    }
}
