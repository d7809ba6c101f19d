/// Finds which member an amount probably belongs to: the amount equals, within the
/// tolerance, a member's contribution in another period scaled pro rata.
struct MemberMatch {
    /// The member.
    var member: String
    /// The amount expected for it in this budget's period.
    var expected: Money
    /// How the expectation was formed: `7/12 × 83.339 (Stein, Financiën 2023)`.
    var explanation: String
}

extension CheckContext {
    /// Members with no contribution line while other members have one (contributions
    /// given as lines only).
    var membersWithoutContributionLine: [String] {
        guard budget.contributionRule == nil else { return [] }
        let members = budget.organisation.members.map(\.name)
        let byMember = budget.contributionLinesByMember
        guard !byMember.isEmpty else { return [] }
        return members.filter { byMember[$0] == nil }
    }

    /// The first of `candidates` whose contribution elsewhere, pro rata, matches `amount`.
    func probableMember(for amount: Money, among candidates: [String]) -> MemberMatch? {
        let months = budget.mainColumn.months
        for candidate in candidates {
            for analysed in others {
                let other = analysed.budget
                guard let contribution = analysed.contribution(of: candidate), !contribution.isZero else { continue }
                let otherMonths = other.mainColumn.months
                let expected = ProRata.amount(contribution, months: months, of: otherMonths)
                if (amount - expected).magnitude <= options.tolerance {
                    return MemberMatch(
                        member: candidate, expected: expected,
                        explanation: "\(ProRata.formula(contribution, months: months, of: otherMonths)) (bijdrage \(candidate), \(other.title))")
                }
            }
        }
        return nil
    }
}
