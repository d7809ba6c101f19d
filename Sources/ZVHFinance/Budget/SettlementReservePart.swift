/// The part of a settled year's result that the adopted resultaatbestemming gives to a
/// reserve instead of to the members: in the begroting that settles the year it is a
/// movement of that reserve outside the exploitation (the verloop shows it), so it does
/// not change what the members pay (`verrekening.naar-reserves`).
public struct SettlementReservePart: Hashable, Sendable {
    /// The component of the result it comes from, as a reader would say it.
    public var name: String
    /// The reserve.
    public var reserve: String
    /// The amount: positive a toevoeging (from a voordeel), negative an onttrekking
    /// (covering a nadeel).
    public var amount: Money
    /// The decision it follows, in words.
    public var explanation: String?
    /// Where the part stands in the file.
    public var origin: FieldLocation?

    /// Creates a part.
    public init(name: String, reserve: String, amount: Money, explanation: String? = nil, origin: FieldLocation? = nil) {
        self.name = name
        self.reserve = reserve
        self.amount = amount
        self.explanation = explanation
        self.origin = origin
    }
}
