/// How an export of bookings is written: separator, decimal mark, date format, and the
/// names of the columns that hold what a booking needs.
public struct CSVLayout: Hashable, Sendable {
    /// The decimal mark of amounts.
    public enum DecimalMark: String, Hashable, Sendable, CaseIterable {
        /// `1.234,56` (Dutch).
        case komma = ","
        /// `1,234.56` (international).
        case punt = "."

        /// The byte of the decimal mark.
        var byte: UInt8 { self == .komma ? UInt8(ascii: ",") : UInt8(ascii: ".") }
        /// The byte that groups thousands.
        var groupingByte: UInt8 { self == .komma ? UInt8(ascii: ".") : UInt8(ascii: ",") }
    }

    /// How a date is written.
    public enum DateFormat: String, Hashable, Sendable, CaseIterable {
        /// `08-11-2021` (also `8-11-2021`).
        case dagMaandJaar = "dd-mm-jjjj"
        /// `08/11/2021`.
        case dagMaandJaarSlash = "dd/mm/jjjj"
        /// `2021-11-08` (ISO 8601).
        case iso = "jjjj-mm-dd"
    }

    /// How the amount is given.
    public enum AmountColumns: Hashable, Sendable {
        /// One signed amount; `debitIsPositive` says which sign a debit booking has.
        case signed(column: String, debitIsPositive: Bool)
        /// Two columns, debit and credit, each zero or more (an empty field is zero).
        case debitCredit(debit: String, credit: String)
    }

    /// The field separator (`;`, `,` or a tab).
    public var separator: UInt8
    /// The decimal mark.
    public var decimalMark: DecimalMark
    /// The date format.
    public var dateFormat: DateFormat
    /// The column with the booking date.
    public var dateColumn: String
    /// The column with the general-ledger account.
    public var accountColumn: String
    /// The column with the cost centre, if the export has one.
    public var costCentreColumn: String?
    /// The column with the description, if the export has one.
    public var descriptionColumn: String?
    /// The amount column(s).
    public var amount: AmountColumns
    /// Where the `csv` object stands in the rules file (for a missing column).
    public var origin: FieldLocation?

    /// Creates a layout.
    public init(
        separator: UInt8 = UInt8(ascii: ";"), decimalMark: DecimalMark = .komma, dateFormat: DateFormat = .dagMaandJaar,
        dateColumn: String, accountColumn: String, costCentreColumn: String? = nil, descriptionColumn: String? = nil,
        amount: AmountColumns, origin: FieldLocation? = nil
    ) {
        self.separator = separator
        self.decimalMark = decimalMark
        self.dateFormat = dateFormat
        self.dateColumn = dateColumn
        self.accountColumn = accountColumn
        self.costCentreColumn = costCentreColumn
        self.descriptionColumn = descriptionColumn
        self.amount = amount
        self.origin = origin
    }

    /// The separators a layout may name, with their Dutch names.
    static let separators: [(String, UInt8)] = [(";", UInt8(ascii: ";")), (",", UInt8(ascii: ",")), ("tab", 9)]
}
