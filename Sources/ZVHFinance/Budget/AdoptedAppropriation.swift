/// The resultaatbestemming as the board adopted it, recorded in the jaarrekening
/// (`vastgestelde-resultaatbestemming`): the decision and its date, and per component of
/// the result what goes to which reserve. ``SettlementDerivation`` follows it: what goes
/// to a reserve is not settled with the members, the rest of the component is.
///
/// ```json
/// "vastgestelde-resultaatbestemming": {
///   "datum": "2022-07-07", "besluit": "Stuurgroep 7 juli 2022, besluit 2022-14",
///   "componenten": [ { "component": "pok", "reserve": "31265", "naar-reserve": 97800 } ] }
/// ```
public struct AdoptedAppropriation: Hashable, Sendable {
    /// One component's decided part for a reserve.
    public struct Entry: Hashable, Sendable {
        /// The component's code (`lasten`, `begrotingssaldo`, or a kind of baten such as `pok`).
        public var component: String
        /// The reserve of the file it goes to.
        public var reserve: String
        /// The part of the component's result that goes to the reserve: positive (a
        /// toevoeging from a voordeel) or negative (an onttrekking that covers a nadeel),
        /// never beyond the component's result.
        public var toReserve: Money
        /// Why, if the decision says.
        public var explanation: String?
        /// Where the entry stands in the file.
        public var origin: FieldLocation?

        /// Creates an entry.
        public init(component: String, reserve: String, toReserve: Money, explanation: String? = nil, origin: FieldLocation? = nil) {
            self.component = component
            self.reserve = reserve
            self.toReserve = toReserve
            self.explanation = explanation
            self.origin = origin
        }
    }

    /// The date of the decision (`JJJJ-MM-DD`).
    public var date: String
    /// The decision (body, date, reference).
    public var decision: String
    /// The components with a part for a reserve, in file order; a component not listed
    /// is settled with the members in full.
    public var entries: [Entry]
    /// Where the block stands in the file.
    public var origin: FieldLocation?

    /// Creates an adopted resultaatbestemming.
    public init(date: String, decision: String, entries: [Entry], origin: FieldLocation? = nil) {
        self.date = date
        self.decision = decision
        self.entries = entries
        self.origin = origin
    }

    /// What goes to reserves in total (`+` = toevoeging).
    public var toReserves: Money { entries.map(\.toReserve).sum() }

    /// The decision in words: `vastgestelde resultaatbestemming (Stuurgroep …, 2022-07-07)`.
    public var dutchDescription: String { "vastgestelde resultaatbestemming (\(decision), \(date))" }
}
