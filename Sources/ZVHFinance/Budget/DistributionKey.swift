/// A distribution key (verdeelsleutel): how an amount is split over the members.
public struct DistributionKey: Hashable, Sendable {
    /// How the key weighs the members.
    public enum Kind: Hashable, Sendable {
        /// Explicit weights, e.g. last year's contributions.
        case weights([KeyEntry])
        /// Fixed percentages; they should add up to 100.
        case percentages([KeyEntry])
        /// Inhabitants: the listed counts, or (when empty) the members' inhabitants.
        case inhabitants([KeyEntry])
        /// Case counts (zaken) per member, e.g. PGA cases and detention reports.
        case cases([KeyEntry])
        /// A fixed amount per participant, the rest by inhabitants (listed counts, or
        /// the members' inhabitants when empty).
        case fixedAmountPlusInhabitants(fixedAmount: Money, inhabitants: [KeyEntry])
        /// A mix: the amount is first split over the parts by their percentages, then
        /// each part by its own key.
        case mix([MixPart])
        /// A change from one key to another phased in over years (`ingroei`).
        case phased(PhaseIn)

        /// The file's name for the kind.
        public var dutchName: String {
            switch self {
            case .weights: "gewichten"
            case .percentages: "percentages"
            case .inhabitants: "inwoners"
            case .cases: "zaken"
            case .fixedAmountPlusInhabitants: "vast-bedrag-plus-inwoners"
            case .mix: "mix"
            case .phased: "ingroei"
            }
        }

        /// Whether members without an entry are weighed by their own inhabitants (an
        /// inhabitants key that lists no counts).
        public var usesMemberInhabitants: Bool {
            switch self {
            case .inhabitants(let listed), .fixedAmountPlusInhabitants(_, let listed): listed.isEmpty
            case .weights, .percentages, .cases, .mix, .phased: false
            }
        }

        /// The entries written in the file (may be empty for inhabitant keys).
        public var entries: [KeyEntry] {
            switch self {
            case .weights(let entries), .percentages(let entries), .inhabitants(let entries), .cases(let entries):
                entries
            case .fixedAmountPlusInhabitants(_, let entries):
                entries
            case .mix, .phased:
                []
            }
        }
    }

    /// The key's name, by which lines and settlement components refer to it.
    public var name: String
    /// A description as a reader would say it ("initiële bijdragen 2022").
    public var description: String
    /// Where the key's figures come from.
    public var source: String?
    /// How the key weighs the members.
    public var kind: Kind
    /// Where the key is defined in the file.
    public var origin: FieldLocation

    /// Creates a key.
    public init(name: String, description: String? = nil, source: String? = nil, kind: Kind, origin: FieldLocation = .none) {
        self.name = name
        self.description = description ?? name
        self.source = source
        self.kind = kind
        self.origin = origin
    }
}

/// One member's entry in a key: its weight, percentage, inhabitants or cases.
public struct KeyEntry: Hashable, Sendable {
    /// The member's name.
    public var municipality: String
    /// The value.
    public var value: Quantity
    /// Where the entry stands in the file.
    public var origin: FieldLocation

    /// Creates an entry.
    public init(municipality: String, value: Quantity, origin: FieldLocation = .none) {
        self.municipality = municipality
        self.value = value
        self.origin = origin
    }
}

/// One part of a mixed key: a percentage of the amount, split by another key.
public struct MixPart: Hashable, Sendable {
    /// The share of the amount, in percent.
    public var percentage: Quantity
    /// The key that splits this part.
    public var keyName: String

    /// Creates a part.
    public init(percentage: Quantity, keyName: String) {
        self.percentage = percentage
        self.keyName = keyName
    }
}
