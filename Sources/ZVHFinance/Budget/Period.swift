/// The period a budget document covers: a year, or part of it.
public struct Period: Hashable, Sendable, Comparable {
    /// The calendar year.
    public var year: Int
    /// The first month covered (1 = January).
    public var firstMonth: Int
    /// The number of months covered (12 for a full year).
    public var months: Int

    /// Creates a period.
    public init(year: Int, firstMonth: Int = 1, months: Int = 12) {
        self.year = year
        self.firstMonth = firstMonth
        self.months = months
    }

    /// The years a file may name (a budget's year, a settled year, a phase-in's first
    /// year, an end date): every reader and the command line accept these and no others.
    public static let acceptedYears = 1900...2200

    /// Whether the period is a whole calendar year.
    public var isFullYear: Bool { firstMonth == 1 && months == 12 }

    /// The Dutch description: `2023`, `januari t/m juli 2024`.
    public var dutchDescription: String {
        if isFullYear { return String(year) }
        let last = firstMonth + months - 1
        if months == 1 { return "\(Period.monthNames[firstMonth - 1]) \(year)" }
        return "\(Period.monthNames[firstMonth - 1]) t/m \(Period.monthNames[last - 1]) \(year)"
    }

    /// Dutch month names, January first.
    public static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.firstMonth, lhs.months) < (rhs.year, rhs.firstMonth, rhs.months)
    }
}
