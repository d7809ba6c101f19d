/// Calendar arithmetic on dates, for letters: a due date a number of days after the
/// letter's date, and the date written out in Dutch.
extension BookingDate {
    /// `15 september 2026`.
    public var longDutch: String { "\(day) \(Period.monthNames[month - 1]) \(year)" }

    /// The date `days` days later (or earlier, for a negative count).
    /// - Complexity: O(1).
    public func adding(days: Int) -> BookingDate {
        Self(dayNumber: dayNumber + days) ?? self
    }

    /// Days since 1 March of year 0 in the proleptic Gregorian calendar (Howard
    /// Hinnant's `days_from_civil`), for adding days without a clock or a time zone.
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    }

    /// The date of a day number (``dayNumber``); nil outside the years 1–9999.
    init?(dayNumber: Int) {
        guard dayNumber >= 0 else { return nil }
        let era = dayNumber / 146_097
        let dayOfEra = dayNumber - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }
}
