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
        MemberMatcher(self, candidates: candidates).match(amount)
    }
}

/// Answers "whose contribution elsewhere, pro rata, is this amount?" for many amounts:
/// every candidate's expected amount per other period is computed once and sorted, so
/// each question is a binary search instead of a walk over members × periods.
struct MemberMatcher {
    /// An expected amount with the order its candidate and period were listed in.
    private struct Expectation {
        var expected: Money
        var rank: Int
        var match: MemberMatch
    }

    private let expectations: [Expectation]
    private let tolerance: Money

    /// Prepares the expectations of `candidates` (in order) against the other periods.
    /// - Complexity: O(candidates × periods × log).
    init(_ context: CheckContext, candidates: [String]) {
        let months = context.budget.mainColumn.months
        var expectations: [Expectation] = []
        for candidate in candidates {
            for analysed in context.others {
                guard let contribution = analysed.contribution(of: candidate), !contribution.isZero else { continue }
                let otherMonths = analysed.budget.mainColumn.months
                let expected = ProRata.amount(contribution, months: months, of: otherMonths)
                let explanation = "\(ProRata.formula(contribution, months: months, of: otherMonths)) (bijdrage \(candidate), \(analysed.budget.title))"
                expectations.append(Expectation(expected: expected, rank: expectations.count, match: MemberMatch(member: candidate, expected: expected, explanation: explanation)))
            }
        }
        self.expectations = expectations.sorted { $0.expected < $1.expected }
        tolerance = context.options.tolerance
    }

    /// The first listed candidate whose expectation lies within the tolerance of `amount`.
    /// - Complexity: O(log n + k) for k expectations within the tolerance.
    func match(_ amount: Money) -> MemberMatch? {
        let low = amount - tolerance
        var lower = 0
        var upper = expectations.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if expectations[middle].expected < low { lower = middle + 1 } else { upper = middle }
        }
        var best: Expectation?
        var index = lower
        while index < expectations.count, expectations[index].expected <= amount + tolerance {
            if best == nil || expectations[index].rank < best!.rank { best = expectations[index] }
            index += 1
        }
        return best?.match
    }
}
