/// The mapping rules of `zvh boekingen` (a `boekingsregels.json` file): how the
/// financial administration's CSV export is laid out, and which bookings belong to
/// which budget line.
///
/// Rules are tried in file order; the first rule whose every condition holds takes the
/// booking (first match wins), so every booking's destination names its rule.
///
/// ```json
/// { "bron": "…", "csv": { "scheidingsteken": ";", "decimaalteken": ",", "datumformaat": "dd-mm-jjjj",
///     "kolommen": { "datum": "Boekdatum", "rekening": "Grootboekrekening", "debet": "Debet", "credit": "Credit" } },
///   "regels": [ { "naam": "Huur pand", "rekeningen": ["4300-4399"], "regel": "Huur" } ] }
/// ```
public struct BookingRules: Hashable, Sendable {
    /// The file the rules were read from.
    public var file: String
    /// Where the rules (and the export they describe) come from; an example says it is synthetic.
    public var source: String?
    /// The organisation the rules are for (`midden-limburg`), if stated.
    public var organisation: String?
    /// How the export is written.
    public var layout: CSVLayout
    /// The rules, in file order.
    public var rules: [BookingRule]

    /// Creates rules.
    public init(file: String, source: String? = nil, organisation: String? = nil, layout: CSVLayout, rules: [BookingRule]) {
        self.file = file
        self.source = source
        self.organisation = organisation
        self.layout = layout
        self.rules = rules
    }
}

/// One rule: conditions on a booking and the budget line(s) it goes to.
public struct BookingRule: Hashable, Sendable {
    /// The rule's name, shown with every booking it takes.
    public var name: String
    /// Account ranges (`4300-4399`) and single accounts; empty means any account.
    public var accounts: [AccountRange]
    /// Cost centres (kostenplaatsen), matched exactly; empty means any.
    public var costCentres: [String]
    /// Patterns on the description, any of which may match; empty means any.
    public var descriptions: [DescriptionPattern]
    /// Where the booking goes: one line (100%) or several by percentage.
    public var parts: [SplitPart]
    /// Where the rule stands in the file.
    public var origin: FieldLocation?

    /// Creates a rule.
    public init(name: String, accounts: [AccountRange] = [], costCentres: [String] = [], descriptions: [DescriptionPattern] = [], parts: [SplitPart], origin: FieldLocation? = nil) {
        self.name = name
        self.accounts = accounts
        self.costCentres = costCentres
        self.descriptions = descriptions
        self.parts = parts
        self.origin = origin
    }

    /// Whether the rule selects by account alone (no cost centre, no description):
    /// such a rule takes every booking in its ranges.
    public var selectsByAccountOnly: Bool { costCentres.isEmpty && descriptions.isEmpty }
}

/// A range of general-ledger accounts (grootboekrekeningen), both ends included.
public struct AccountRange: Hashable, Sendable {
    /// The first account.
    public var lower: UInt64
    /// The last account.
    public var upper: UInt64
    /// The range as written (`4300-4399`).
    public var text: String
    /// Where it is written.
    public var origin: FieldLocation?

    /// Creates a range.
    public init(lower: UInt64, upper: UInt64, text: String, origin: FieldLocation? = nil) {
        self.lower = lower
        self.upper = upper
        self.text = text
        self.origin = origin
    }

    /// Whether the range contains an account.
    public func contains(_ account: UInt64) -> Bool { account >= lower && account <= upper }

    /// Whether two ranges share an account.
    public func overlaps(_ other: AccountRange) -> Bool { lower <= other.upper && other.lower <= upper }
}

/// One destination of a rule: a budget line and its percentage of the booking.
public struct SplitPart: Hashable, Sendable {
    /// The budget line's name (`Huur`).
    public var line: String
    /// The percentage (100 for a rule without split).
    public var percentage: Quantity
    /// Where the line is named in the rules file.
    public var origin: FieldLocation?

    /// Creates a part.
    public init(line: String, percentage: Quantity = Quantity(100), origin: FieldLocation? = nil) {
        self.line = line
        self.percentage = percentage
        self.origin = origin
    }
}
