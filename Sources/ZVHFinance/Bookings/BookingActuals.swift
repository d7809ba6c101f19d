/// The actuals of a budget taken from an export of bookings: per budget line the
/// budget, the bookings assigned to it per month, the remaining budget and the
/// exhaustion (uitputting); the bookings no rule took, never dropped; and the
/// reconciliation of the export's total with what was assigned. Computed once by
/// ``BookingAssigner``; the report, the produced jaarrekening and the tests read it.
public struct BookingActuals: Sendable {
    /// Whether a line is a cost or an income line, which fixes the sign of its bookings.
    public enum Side: String, Hashable, Sendable {
        /// Lasten: actual = debit − credit.
        case lasten
        /// Baten: actual = credit − debit.
        case baten
    }

    /// One budget line with its actuals.
    public struct Target: Hashable, Sendable {
        /// The line's name.
        public var name: String
        /// Lasten or baten.
        public var side: Side
        /// The member, for a municipal contribution line.
        public var municipality: String?
        /// The line's amount in the budget's `begroot` column.
        public var budgeted: Money
        /// The actuals per month of the year (index 0 = January), oriented by side.
        public var perMonth: [Money]
        /// The line's amount in the budget file's own `werkelijk` column, if it has one.
        public var statedActual: Money?
        /// The prognosis to year-end (with a date `tot`), see ``Column/Prognosis/estimate(actual:budgeted:kind:expected:)``.
        public var prognosis: Money?
        /// Where the prognosis comes from.
        public var prognosisBasis: Column.Prognosis.Basis? = nil
        /// The line's code, if any.
        public var code: String? = nil

        /// The actuals of the year to date: the sum of ``perMonth``.
        public var actual: Money { perMonth.sum() }
        /// What is left of the budget.
        public var remaining: Money { budgeted - actual }
        /// The exhaustion: actual / budgeted.
        public var exhaustion: Share { Share(actual, of: budgeted) }
    }

    /// How many bookings a rule took.
    public struct RuleUse: Hashable, Sendable {
        /// The rule's name.
        public var name: String
        /// The bookings it took.
        public var bookings: Int
        /// Where it stands in the rules file.
        public var origin: FieldLocation?
    }

    /// A booking no rule took.
    public struct UnassignedBooking: Hashable, Sendable {
        /// Its line in the CSV file.
        public var line: Int
        /// Its date.
        public var date: BookingDate
        /// Its account.
        public var account: UInt64
        /// Its cost centre (empty when none).
        public var costCentre: String
        /// Its description (cut at 120 characters).
        public var description: String
        /// Debit − credit.
        public var amount: Money
    }

    /// Bookings counted but left out of the actuals (outside the period, or after the date).
    public struct Excluded: Hashable, Sendable {
        /// How many.
        public var count = 0
        /// Their debit − credit.
        public var amount = Money.zero
    }

    /// What a member paid against the advances due.
    public struct MemberReceipts: Hashable, Sendable {
        /// The member.
        public var municipality: String
        /// Its contribution in the budget.
        public var budgeted: Money
        /// The advances due up to the date (the budgeted contribution in instalments).
        public var advancesDue: Money
        /// The instalments counted as due.
        public var instalmentsDue: Int
        /// The number of instalments of the year.
        public var instalments: Int
        /// What the bookings show as received.
        public var received: Money
        /// Received − due (+ = paid more than due).
        public var difference: Money { received - advancesDue }
    }

    /// The budget.
    public var budget: Budget
    /// The budget's `begroot` column.
    public var budgetColumn: Column
    /// The rules file.
    public var rulesFile: String
    /// The rules file's `bron`.
    public var rulesSource: String?
    /// The export.
    public var exportFile: String
    /// The date up to which bookings count (`--tot`), if given.
    public var through: BookingDate?
    /// The months shown (1–12), from the period's first month to the date's or the period's last.
    public var months: ClosedRange<Int>
    /// Every line of the budget, lasten then baten, in file order.
    public var targets: [Target]
    /// The rules with the number of bookings each took.
    public var ruleUses: [RuleUse]
    /// The bookings no rule took (the first ``listedUnassignedLimit``).
    public var unassigned: [UnassignedBooking]
    /// How many bookings no rule took.
    public var unassignedCount: Int
    /// Their debit − credit.
    public var unassignedAmount: Money
    /// Bookings dated outside the budget's period.
    public var outsidePeriod: Excluded
    /// Bookings dated after ``through``.
    public var afterThrough: Excluded
    /// The bookings read.
    public var bookingCount: Int
    /// Their debit − credit.
    public var bookingSum: Money
    /// Per member with a contribution line: received against advances due.
    public var members: [MemberReceipts]

    /// The number of unassigned bookings listed one by one; beyond it they are counted and summed.
    public static let listedUnassignedLimit = 10_000

    /// Σ lasten actuals.
    public var costActuals: Money { targets.filter { $0.side == .lasten }.map(\.actual).sum() }
    /// Σ baten actuals.
    public var incomeActuals: Money { targets.filter { $0.side == .baten }.map(\.actual).sum() }

    /// The export's total expressed as debit − credit from its parts: lasten − baten +
    /// unassigned + outside the period + after the date.
    public var reconciledSum: Money {
        costActuals - incomeActuals + unassignedAmount + outsidePeriod.amount + afterThrough.amount
    }

    /// Whether the sum of the bookings equals what was assigned plus what was not.
    public var reconciles: Bool { reconciledSum == bookingSum }

    /// The rules that took no booking: each a warning.
    public var unusedRules: [RuleUse] { ruleUses.filter { $0.bookings == 0 } }

    /// The description of the period the actuals cover: `t/m 08-11-2021` or the period.
    public var throughDescription: String {
        through.map { "t/m \($0.dutch)" } ?? budget.period.dutchDescription
    }
}
