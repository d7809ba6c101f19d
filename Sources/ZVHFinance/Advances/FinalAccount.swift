/// The final account (afrekening) of a closed year per member: what it owes — its
/// contribution as the jaarrekening records it plus its part of the settlement of the
/// year's result — against the advances it paid; the balance it pays (`+`) or receives (`−`).
public struct FinalAccount: Sendable {
    /// One member's account.
    public struct Entry: Hashable, Sendable {
        /// The member.
        public var municipality: String
        /// Its contribution in the jaarrekening's realisation column.
        public var contribution: Money
        /// Its part of the settled result (negative: returned).
        public var settlement: Money
        /// The advances it paid.
        public var paid: Money

        /// What it owes over the year: contribution plus settlement.
        public var owed: Money { contribution + settlement }
        /// What it still pays (`+`) or receives (`−`).
        public var balance: Money { owed - paid }
    }

    /// The settlement of the year, derived once.
    public let derivation: SettlementDerivation
    /// Where the advances come from (a file, or the contributions of the budget column).
    public let paidSource: String
    /// Per member, in file order.
    public let entries: [Entry]
    /// The begrotingen that settle the year's result already (from the settlement
    /// ledger): then the account does not settle it again and its verrekening is zero.
    public let settledIn: [SettlementLedger.Settling]

    /// The account of a closed year.
    /// - Parameters:
    ///   - derivation: the year's settlement.
    ///   - statement: the jaarrekening's contributions (computed once).
    ///   - paid: the advances paid per member; nil for "as budgeted" (the contributions
    ///     in the budget column).
    ///   - paidSource: where `paid` comes from, for the report.
    ///   - settledIn: the begrotingen that already settle the year (the ledger's); when
    ///     there is one, the result is not settled again here.
    public init(
        derivation: SettlementDerivation, statement: ContributionStatement, paid: [String: Money]?, paidSource: String,
        settledIn: [SettlementLedger.Settling] = []
    ) {
        self.derivation = derivation
        self.paidSource = paidSource
        self.settledIn = settledIn
        let budget = derivation.budget
        entries = statement.members.map { member in
            let budgeted: Money
            if budget.contributionRule != nil {
                budgeted = member.contribution
            } else {
                budgeted = budget.contributionLines(of: member.municipality).map { budget.amount(of: $0, in: derivation.budgetColumn, side: .income) }.sum()
            }
            return Entry(
                municipality: member.municipality, contribution: member.contribution,
                settlement: settledIn.isEmpty ? derivation.settlement(of: member.municipality) : .zero,
                paid: paid?[member.municipality] ?? budgeted)
        }
    }

    /// The sum of the balances.
    public var totalBalance: Money { entries.map(\.balance).sum() }
    /// The members' contributions together.
    public var totalContribution: Money { entries.map(\.contribution).sum() }
    /// The members' parts of the settlement together.
    public var totalSettlement: Money { entries.map(\.settlement).sum() }
    /// What the members owe together.
    public var totalOwed: Money { entries.map(\.owed).sum() }
    /// What the members paid together.
    public var totalPaid: Money { entries.map(\.paid).sum() }
}
