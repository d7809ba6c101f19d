/// When a member pays its final contribution: the instalments of its advances
/// (``AdvanceSchedule/instalments(of:count:)``, exact to the cent), each due on the
/// regeling's day for it in the budget's year.
///
/// An instalment whose day falls before the letter's date plus the payment term cannot
/// be paid on time; it is due at the end of the payment term instead (and marked as
/// moved). The instalments always add up to the final contribution exactly.
public struct PaymentSchedule: Hashable, Sendable {
    /// One instalment with its due date.
    public struct Payment: Hashable, Sendable {
        /// The instalment's number (1 = the first).
        public var instalment: Int
        /// The amount.
        public var amount: Money
        /// The due date, when the regeling's days are known.
        public var dueDate: BookingDate?
        /// Whether the regeling's day had passed (before the letter's date plus the
        /// payment term), so the end of the payment term is the due date.
        public var isMoved: Bool
    }

    /// The total the payments add up to.
    public var total: Money
    /// The payments, in order.
    public var payments: [Payment]

    /// The schedule of a final contribution.
    /// - Parameters:
    ///   - total: the member's final contribution (definitief).
    ///   - year: the budget's year, in which the due days fall.
    ///   - profile: the regeling's due days and payment term; without it, the default
    ///     number of instalments without dates.
    ///   - letterDate: the letter's date, when known.
    /// - Complexity: O(instalments).
    public init(total: Money, year: Int, profile: OrganisationProfile?, letterDate: BookingDate?) {
        self.total = total
        guard let profile else {
            let amounts = AdvanceSchedule.instalments(of: total, count: AdvanceSchedule.defaultCount)
            payments = amounts.enumerated().map { Payment(instalment: $0.offset + 1, amount: $0.element, dueDate: nil, isMoved: false) }
            return
        }
        let amounts = AdvanceSchedule.instalments(of: total, count: profile.dueDays.count)
        let earliest = letterDate?.adding(days: profile.paymentTermDays)
        payments = amounts.enumerated().map { index, amount in
            let due = profile.dueDays[index]
            let date = BookingDate(year: year, month: due.month, day: due.day)
            if let earliest, let date, date < earliest {
                return Payment(instalment: index + 1, amount: amount, dueDate: earliest, isMoved: true)
            }
            return Payment(instalment: index + 1, amount: amount, dueDate: date, isMoved: false)
        }
    }

    /// Whether the payments add up to the total (always, by construction; shown as a check).
    public var addsUp: Bool { payments.map(\.amount).sum() == total }
}
