/// Bookings of an export that no rule assigned to a budget line: a `werkelijk` column
/// made from that export is incomplete by this much (`kolommen[…].niet-toegewezen`,
/// flagged by the check `werkelijk-onvolledig`).
public struct UnassignedBookings: Hashable, Sendable {
    /// How many bookings.
    public var count: Int
    /// Their debit − credit.
    public var amount: Money
    /// The export and rules they come from, if stated.
    public var source: String?
    /// Where the figure stands in the file.
    public var origin: FieldLocation?

    /// Creates the figure.
    public init(count: Int, amount: Money, source: String? = nil, origin: FieldLocation? = nil) {
        self.count = count
        self.amount = amount
        self.source = source
        self.origin = origin
    }

    /// As the object `niet-toegewezen` of a column.
    var json: JSONOutput {
        var fields: [JSONOutput.Member] = [.init("boekingen", .integer(count)), .init("bedrag", .amount(amount))]
        if let source { fields.append(.init("bron", .string(source))) }
        return .object(fields)
    }
}
