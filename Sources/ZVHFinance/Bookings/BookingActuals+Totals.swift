/// The sums `zvh boekingen` shows beside its lines, computed here once so the text, JSON
/// and every other format show the same figures: per side (lasten, baten) the totals of
/// its lines, the cumulative actuals per month, and the totals of the members' receipts.
extension BookingActuals.Target {
    /// werkelijk − werkelijk in bestand (a line without a stated figure against zero).
    public var differenceFromStated: Money { actual - (statedActual ?? .zero) }

    /// The actuals cumulated month by month, for the given months of the year.
    /// - Complexity: O(months).
    public func cumulative(over months: ClosedRange<Int>) -> [Money] {
        var running = Money.zero
        return months.map { month in
            running += perMonth[month - 1]
            return running
        }
    }
}

extension BookingActuals {
    /// The totals of one side's lines.
    public struct SideTotals: Hashable, Sendable {
        /// Lasten or baten.
        public var side: Side
        /// Σ begroot.
        public var budgeted: Money
        /// Σ werkelijk.
        public var actual: Money
        /// Σ prognose of the lines that have one.
        public var prognosis: Money
        /// Σ werkelijk in bestand of the lines that state one.
        public var statedActual: Money
        /// Per month of the period, the side's actuals cumulated.
        public var cumulative: [Money]

        /// begroot − werkelijk.
        public var remaining: Money { budgeted - actual }
        /// werkelijk / begroot.
        public var exhaustion: Share { Share(actual, of: budgeted) }
        /// werkelijk − werkelijk in bestand.
        public var differenceFromStated: Money { actual - statedActual }
    }

    /// The lines of one side, in order.
    public func targets(on side: Side) -> [Target] {
        targets.filter { $0.side == side }
    }

    /// The totals of one side's lines.
    /// - Complexity: O(lines × months).
    public func totals(of side: Side) -> SideTotals {
        let lines = targets(on: side)
        var running = Money.zero
        let cumulative = months.map { month in
            running += lines.map { $0.perMonth[month - 1] }.sum()
            return running
        }
        return SideTotals(
            side: side, budgeted: lines.map(\.budgeted).sum(), actual: lines.map(\.actual).sum(), prognosis: lines.compactMap(\.prognosis).sum(),
            statedActual: lines.compactMap(\.statedActual).sum(), cumulative: cumulative)
    }

    /// The members' receipts together.
    public struct ReceiptTotals: Hashable, Sendable {
        /// Σ begroot.
        public var budgeted: Money
        /// Σ voorschotten verschuldigd.
        public var advancesDue: Money
        /// Σ ontvangen.
        public var received: Money
        /// Σ verschil (ontvangen − verschuldigd).
        public var difference: Money
    }

    /// The members' receipts together.
    public var receiptTotals: ReceiptTotals {
        ReceiptTotals(
            budgeted: members.map(\.budgeted).sum(), advancesDue: members.map(\.advancesDue).sum(), received: members.map(\.received).sum(),
            difference: members.map(\.difference).sum())
    }
}
