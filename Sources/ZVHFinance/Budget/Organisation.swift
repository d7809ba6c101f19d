/// The cooperation whose money a budget describes, with its member municipalities.
public struct Organisation: Hashable, Sendable {
    /// The short identifier that groups the files of one organisation (`midden-limburg`).
    public var identifier: String
    /// The full name (`Zorg- en Veiligheidshuis Midden-Limburg`).
    public var name: String
    /// The member municipalities, in the order of the file.
    public var members: [Municipality]

    /// Creates an organisation.
    public init(identifier: String, name: String, members: [Municipality]) {
        self.identifier = identifier
        self.name = name
        self.members = members
    }

    /// The member with this name, if any (exact match).
    public func member(named name: String) -> Municipality? {
        members.first { $0.name == name }
    }
}

/// A member municipality (gemeente).
public struct Municipality: Hashable, Sendable {
    /// The name as used throughout the file (`Echt-Susteren`).
    public var name: String
    /// The number of inhabitants, where known.
    public var inhabitants: Inhabitants?
    /// Where the member is defined in the file.
    public var origin: FieldLocation?

    /// Creates a municipality.
    public init(name: String, inhabitants: Inhabitants? = nil, origin: FieldLocation? = nil) {
        self.name = name
        self.inhabitants = inhabitants
        self.origin = origin
    }
}

/// A count of inhabitants with its reference date and source.
public struct Inhabitants: Hashable, Sendable {
    /// The number of inhabitants.
    public var count: Int64
    /// The reference date (peildatum) as written, `JJJJ-MM-DD`.
    public var referenceDate: String?
    /// Where the figure comes from.
    public var source: String?
    /// Where the count stands in the file.
    public var origin: FieldLocation?

    /// Creates a count of inhabitants.
    public init(count: Int64, referenceDate: String? = nil, source: String? = nil, origin: FieldLocation? = nil) {
        self.count = count
        self.referenceDate = referenceDate
        self.source = source
        self.origin = origin
    }
}
