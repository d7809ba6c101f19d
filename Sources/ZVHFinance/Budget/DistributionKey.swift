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
        /// Every participant the same share (`gelijke-delen`): a shared cost split evenly.
        case equalParts

        /// The file's name for the kind.
        public var name: KeyKindName {
            switch self {
            case .weights: .gewichten
            case .percentages: .percentages
            case .inhabitants: .inwoners
            case .cases: .zaken
            case .fixedAmountPlusInhabitants: .vastBedragPlusInwoners
            case .mix: .mix
            case .phased: .ingroei
            case .equalParts: .gelijkeDelen
            }
        }

        /// The file's name for the kind, as text.
        public var dutchName: String { name.rawValue }

        /// Whether members without an entry are weighed by their own inhabitants (an
        /// inhabitants key that lists no counts).
        public var usesMemberInhabitants: Bool { unlistedMemberWeight == .inhabitants }

        /// How a participant the key lists no entry for is weighed.
        public var unlistedMemberWeight: UnlistedMemberWeight {
            switch self {
            case .inhabitants(let listed), .fixedAmountPlusInhabitants(_, let listed): listed.isEmpty ? .inhabitants : .missing
            case .weights, .percentages, .cases, .mix, .phased: .missing
            case .equalParts: .equal
            }
        }

        /// The entries written in the file (may be empty for inhabitant keys).
        public var entries: [KeyEntry] {
            switch self {
            case .weights(let entries), .percentages(let entries), .inhabitants(let entries), .cases(let entries):
                entries
            case .fixedAmountPlusInhabitants(_, let entries):
                entries
            case .mix, .phased, .equalParts:
                []
            }
        }

        /// The same kind with other entries (a kind without entries stays as it is).
        public func replacingEntries(_ entries: [KeyEntry]) -> Kind {
            switch self {
            case .weights: .weights(entries)
            case .percentages: .percentages(entries)
            case .inhabitants: .inhabitants(entries)
            case .cases: .cases(entries)
            case .fixedAmountPlusInhabitants(let fixedAmount, _): .fixedAmountPlusInhabitants(fixedAmount: fixedAmount, inhabitants: entries)
            case .mix, .phased, .equalParts: self
            }
        }

        /// The fixed amount per participant, for a kind that has one.
        public var fixedAmount: Money? {
            if case .fixedAmountPlusInhabitants(let amount, _) = self { amount } else { nil }
        }

        /// The parts of a mix (empty for other kinds).
        public var mixParts: [MixPart] {
            if case .mix(let parts) = self { parts } else { [] }
        }

        /// The phase-in of a phased key.
        public var phaseIn: PhaseIn? {
            if case .phased(let phaseIn) = self { phaseIn } else { nil }
        }

        /// The kind a file names, with what the file gives for it; nil for `ingroei`
        /// without its phase-in (a spreadsheet cannot state one).
        public init?(_ name: KeyKindName, entries: [KeyEntry] = [], fixedAmount: Money = .zero, parts: [MixPart] = [], phaseIn: PhaseIn? = nil) {
            switch name {
            case .gewichten: self = .weights(entries)
            case .percentages: self = .percentages(entries)
            case .inwoners: self = .inhabitants(entries)
            case .zaken: self = .cases(entries)
            case .vastBedragPlusInwoners: self = .fixedAmountPlusInhabitants(fixedAmount: fixedAmount, inhabitants: entries)
            case .mix: self = .mix(parts)
            case .ingroei:
                guard let phaseIn else { return nil }
                self = .phased(phaseIn)
            case .gelijkeDelen: self = .equalParts
            }
        }
    }

    /// How a participant a key lists no entry for is weighed.
    public enum UnlistedMemberWeight: Hashable, Sendable {
        /// Not at all: the member is missing from the key.
        case missing
        /// By the member's own inhabitants.
        case inhabitants
        /// As every other participant: one part each.
        case equal
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
    public var origin: FieldLocation?

    /// Creates a key.
    public init(name: String, description: String? = nil, source: String? = nil, kind: Kind, origin: FieldLocation? = nil) {
        self.name = name
        self.description = description ?? name
        self.source = source
        self.kind = kind
        self.origin = origin
    }
}

/// The kinds of key a file names (`soort` of `verdeelsleutels[…]`), read by the budget
/// and scenario files, the spreadsheet import, and written by the file and the sheets.
public enum KeyKindName: String, CaseIterable, Sendable {
    case gewichten, percentages, inwoners, zaken
    case vastBedragPlusInwoners = "vast-bedrag-plus-inwoners"
    case mix
    case ingroei
    case gelijkeDelen = "gelijke-delen"

    /// The member of the key object (and the entries of the sheet) that lists its
    /// entries, if the kind has entries.
    public var entriesKey: String? {
        switch self {
        case .gewichten, .percentages, .inwoners, .zaken: rawValue
        case .vastBedragPlusInwoners: "inwoners"
        case .mix, .ingroei, .gelijkeDelen: nil
        }
    }

    /// Whether the kind weighs by inhabitants, so that its entries may be left out
    /// (then the members' own inhabitants count).
    public var weighsByInhabitants: Bool {
        switch self {
        case .inwoners, .vastBedragPlusInwoners: true
        case .gewichten, .percentages, .zaken, .mix, .ingroei, .gelijkeDelen: false
        }
    }

    /// Whether a spreadsheet can state the kind (a phase-in is stated in the file only).
    public var isImportable: Bool {
        switch self {
        case .gewichten, .percentages, .inwoners, .zaken, .vastBedragPlusInwoners, .mix, .gelijkeDelen: true
        case .ingroei: false
        }
    }
}

/// One member's entry in a key: its weight, percentage, inhabitants or cases.
public struct KeyEntry: Hashable, Sendable {
    /// The member's name.
    public var municipality: String
    /// The value.
    public var value: Quantity
    /// Where the entry stands in the file.
    public var origin: FieldLocation?

    /// Creates an entry.
    public init(municipality: String, value: Quantity, origin: FieldLocation? = nil) {
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
