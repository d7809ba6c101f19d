/// The rule for a *toetreedsom*: what a joining member pays once when it joins.
public enum EntrySumRule: Hashable, Sendable {
    /// A fixed amount (`bedrag`).
    case fixed(Money)
    /// The member's share of the contributions in the year it joins × an amount, such as
    /// the general reserve the others built up (`aandeel-in`, with what it is).
    case shareOf(amount: Money, description: String)

    /// "vast bedrag 25.000", "aandeel in algemene reserve (120.000)".
    public var dutchDescription: String {
        switch self {
        case .fixed(let amount): "vast bedrag \(amount.dutch())"
        case .shareOf(let amount, let description): "aandeel in \(description) (\(amount.dutch()))"
        }
    }
}

/// What a member that joins pays once: the toetreedsom, with its derivation.
public struct MemberEntry: Hashable, Sendable {
    /// The member.
    public var municipality: String
    /// The rule.
    public var rule: EntrySumRule
    /// Its share of the contributions in the variant (the year it joins).
    public var share: Share
    /// The toetreedsom exactly, before its one rounding.
    public var exact: ExactAmount
    /// The toetreedsom.
    public var amount: Money

    /// The toetreedsom of a member under `rule`, by its share in `statement`, rounded
    /// once to `unit`, a half away from zero.
    static func computing(_ member: String, rule: EntrySumRule, statement: ContributionStatement, unit: RoundingUnit) -> MemberEntry {
        let contribution = statement.members.first { $0.municipality == member }?.contribution ?? .zero
        let share = Share(contribution, of: statement.totalDistributed)
        let exact: ExactAmount
        switch rule {
        case .fixed(let amount):
            exact = ExactAmount(amount)
        case .shareOf(let amount, _):
            let sign: Int128 = share.denominator < 0 ? -1 : 1
            exact = share.denominator != 0
                ? ExactAmount(numeratorCents: sign * Int128(amount.cents) * share.numerator, denominator: sign * share.denominator) : ExactAmount(.zero)
        }
        return MemberEntry(municipality: member, rule: rule, share: share, exact: exact, amount: exact.rounded(Rounding(unit: unit, rule: .halfAwayFromZero)))
    }
}
