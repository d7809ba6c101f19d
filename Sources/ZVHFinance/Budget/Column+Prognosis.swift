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

        /// The prognosis of a line: `werkelijk + begroot × resterende dagen / dagen`, to the cent.
        public func amount(actual realised: Money, budgeted: Money) -> Money {
            let remaining = Int128(yearDays - elapsedDays)
            return realised + Rounding.cent.round(numerator: Int128(budgeted.cents) * remaining, denominator: Int128(yearDays)).amount
        }

        /// "werkelijk + 53/365 × begroot".
        public var dutchDescription: String {
            "\(actual) + \(yearDays - elapsedDays)/\(yearDays) × \(budget) (het restant van de begroting naar rato), tenzij de regel een verwacht bedrag noemt"
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
