/// One booking as the CSV reader hands it over: valid only during the call that
/// receives it (its texts point into the reader's buffer), so a million bookings cost
/// no allocation each.
struct BookingRecord {
    /// The line in the CSV file (from 1).
    var line: Int
    /// The booking date.
    var date: BookingDate
    /// The general-ledger account.
    var account: UInt64
    /// Debit minus credit, in cents (a cost is positive, income negative).
    var debitMinusCredit: Int64
    /// The cost centre as written (empty when the export has none).
    var costCentre: UnsafeBufferPointer<UInt8>
    /// The description, lowercased (ASCII) for matching.
    var loweredDescription: UnsafeBufferPointer<UInt8>
    /// The description as written.
    var description: UnsafeBufferPointer<UInt8>
}

/// A calendar date of a booking.
public struct BookingDate: Hashable, Comparable, Sendable {
    /// The year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day, 1–31.
    public var day: Int

    /// Creates a date; nil when it does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.length(of: month, in: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `JJJJ-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The days of a month.
    static func length(of month: Int, in year: Int) -> Int {
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// `2021-11-08`.
    public var iso: String { "\(year)-\(Self.two(month))-\(Self.two(day))" }
    /// `08-11-2021`.
    public var dutch: String { "\(Self.two(day))-\(Self.two(month))-\(year)" }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    public static func < (lhs: BookingDate, rhs: BookingDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
