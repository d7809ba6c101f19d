/// A named column of amounts: a budget, a realisation, an expectation, or a
/// difference computed from two of them.
public struct Column: Hashable, Sendable {
    /// What a column holds.
    public enum Kind: Hashable, Sendable {
        /// Budgeted amounts (begroot).
        case budgeted
        /// Realised amounts (werkelijk), possibly up to a date.
        case actual
        /// Realised plus expected amounts for the rest of the period (verwacht).
        case expected
        /// The difference of column `compared` against column `base`, oriented so
        /// that a positive amount is a voordeel: lower lasten or higher baten.
        case difference(compared: String, base: String)
        /// A budget amendment (begrotingswijziging): the change of each line, read.
        case amendment
    }

    /// How a "begroting na wijziging" column comes about: its base budget plus amendments.
    public struct Amendment: Hashable, Sendable {
        /// The budgeted column amended.
        public var base: String
        /// The amendment columns added to it, in order.
        public var changes: [String]

        /// Creates the definition.
        public init(base: String, changes: [String]) {
            self.base = base
            self.changes = changes
        }
    }

    /// The column's name, used as key in every line's `bedragen`.
    public var name: String
    /// The heading as printed in the source (`initiële begroting 2021`).
    public var heading: String
    /// What the column holds.
    public var kind: Kind
    /// The months the column covers (12 for a full year, 7 for January–July).
    public var months: Int
    /// Where the column is defined in the file.
    public var origin: FieldLocation?
    /// For a budgeted column "na wijziging": the base and amendments its amounts are
    /// the sum of (filled in when the file is read); nil for other columns.
    public var amendment: Amendment? = nil
    /// For a realisation up to a date (`werkelijk tot`): the date, `JJJJ-MM-DD`.
    public var through: String? = nil
    /// For a computed "prognose" column (kind ``Kind/expected``): how it is computed,
    /// filled in per line when the file is read.
    public var prognosis: Prognosis? = nil
    /// For a realisation taken from bookings (`zvh boekingen --uitvoer`): the bookings
    /// no rule assigned to a line, so the column is known to be incomplete.
    public var unassigned: UnassignedBookings? = nil

    /// Creates a column.
    public init(name: String, heading: String? = nil, kind: Kind, months: Int = 12, origin: FieldLocation? = nil) {
        self.name = name
        self.heading = heading ?? name
        self.kind = kind
        self.months = months
        self.origin = origin
    }

    /// Whether the column is computed from other columns rather than read.
    public var isDerived: Bool {
        if case .difference = kind { return true }
        return false
    }

    /// Whether the column holds amounts themselves (a budget, a realisation, an
    /// expectation), not changes or differences of amounts.
    public var holdsAmounts: Bool {
        switch kind {
        case .budgeted, .actual, .expected: true
        case .difference, .amendment: false
        }
    }
}
