extension Column {
    /// How a "prognose" column comes about: per line the realisation so far plus the
    /// remaining budget pro rata to year-end, unless the line states an expected amount.
    public struct Prognosis: Hashable, Sendable {
        /// The realisation column (a `werkelijk` column with a date `tot`).
        public var actual: String
        /// The budget column whose remaining part is added.
        public var budget: String
        /// The days of the year realised (up to and including the date).
        public var elapsedDays: Int
        /// The days of the year.
        public var yearDays: Int

        /// Creates the definition.
        public init(actual: String, budget: String, elapsedDays: Int, yearDays: Int) {
            self.actual = actual
            self.budget = budget
            self.elapsedDays = elapsedDays
            self.yearDays = yearDays
        }

        /// Where a line's prognosis comes from, best information first.
        public enum Basis: String, Hashable, Sendable, CaseIterable {
            /// The file names an expected amount for the line.
            case stated = "verwacht bedrag uit het bestand"
            /// The line is complete: its realisation reached its budget, it stays there.
            case complete = "volledig gerealiseerd"
            /// A fixed contribution (a member's, the Rijk's, the centrumgemeente's):
            /// the rest arrives by its advances schedule, so the budget is received.
            case advances = "volgens het voorschotschema"
            /// Only what is left of the budget is projected by the days remaining.
            case proRata = "restant naar rato van de resterende dagen"
        }

        /// The prognosis of a line with its basis: a stated expected amount; else the
        /// realisation where it reached the budget; else for a fixed contribution the
        /// budget; else `werkelijk + (begroot − werkelijk) × resterende dagen / dagen`,
        /// to the cent. Without a stated amount it never exceeds the larger of begroot
        /// and werkelijk (in magnitude, for a negative budget).
        /// - Complexity: O(1).
        public func estimate(actual realised: Money, budgeted: Money, kind: LineKind?, expected: Money? = nil) -> (amount: Money, basis: Basis) {
            if let expected { return (expected, .stated) }
            let isComplete = budgeted.isNegative ? realised <= budgeted : realised >= budgeted
            if isComplete { return (realised, .complete) }
            if kind?.isFixedContribution == true { return (budgeted, .advances) }
            let remaining = Int128(yearDays - elapsedDays)
            let rest = budgeted - realised
            return (realised + Rounding.cent.round(numerator: Int128(rest.cents) * remaining, denominator: Int128(yearDays)).amount, .proRata)
        }

        /// The prognosis of a line without a stated expected amount (``estimate(actual:budgeted:kind:expected:)``).
        public func amount(actual realised: Money, budgeted: Money, kind: LineKind?) -> Money {
            estimate(actual: realised, budgeted: budgeted, kind: kind).amount
        }

        /// A line's prognosis in the prognose column named `column` with its basis: the
        /// amount the column holds (stated in the file, or filled in by
        /// ``estimate(actual:budgeted:kind:expected:)`` when the file was read), and as
        /// basis that estimate's, or ``Basis/stated`` when the file states another amount.
        /// - Complexity: O(1).
        public func estimate(of line: BudgetLine, in column: String) -> (amount: Money, basis: Basis) {
            let computed = estimate(actual: line.amount(in: actual), budgeted: line.amount(in: budget), kind: line.kind)
            let amount = line.amount(in: column)
            return amount == computed.amount ? computed : (amount, .stated)
        }

        /// "werkelijk + 53/365 × (begroot − werkelijk) …".
        public var dutchDescription: String {
            "een verwacht bedrag uit het bestand; anders blijft een volledig gerealiseerde regel op \(actual), volgt een vaste bijdrage haar voorschotschema (\(budget)), en wordt alleen het restant naar rato geprognosticeerd: \(actual) + \(yearDays - elapsedDays)/\(yearDays) × (\(budget) − \(actual))"
        }
    }

    /// The day of the year (1–366) of a date `JJJJ-MM-DD` and the number of days in its year.
    public static func dayOfYear(_ date: String) -> (year: Int, day: Int, days: Int)? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
        return (year, lengths.prefix(month - 1).reduce(0, +) + day, isLeap ? 366 : 365)
    }
}
