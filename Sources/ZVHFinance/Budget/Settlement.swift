/// The settlement (verrekening) of a prior year's result in a begroting: one or more
/// components, each split over the members by a key and added to their contribution.
public struct Settlement: Hashable, Sendable {
    /// The year whose result is settled.
    public var settledYear: Int?
    /// The heading as printed (`Verrekening 2021`).
    public var description: String
    /// The components, in file order.
    public var components: [SettlementComponent]
    /// What the adopted resultaatbestemming gives to reserves instead of to the members
    /// (not part of ``total``).
    public var reserveParts: [SettlementReservePart] = []
    /// Where the settlement stands in the file.
    public var origin: FieldLocation?
    /// The members of the settled year and the keys as they were then, when they may
    /// differ from the budget's (a scenario changes membership or keys afterwards);
    /// nil: the budget's own members and keys.
    public var settledMembership: SettledMembership?

    /// Creates a settlement.
    public init(settledYear: Int?, description: String, components: [SettlementComponent], origin: FieldLocation? = nil) {
        self.settledYear = settledYear
        self.description = description
        self.components = components
        self.origin = origin
    }

    /// The sum of the components: the total effect on the members' contributions.
    public var total: Money { components.map(\.amount).sum() }
    /// What goes to reserves (`+` = toevoeging).
    public var toReserves: Money { reserveParts.map(\.amount).sum() }
    /// The part of the result the settlement accounts for: what goes to reserves minus
    /// the effect on the members (a voordeel returned is a negative effect).
    public var accountedResult: Money { toReserves - total }
}

/// One named part of a settlement, such as "onderbesteding 2021" or "POK 2021".
public struct SettlementComponent: Hashable, Sendable {
    /// The name as a reader would say it.
    public var name: String
    /// The effect on the members' contributions: negative when money is returned
    /// (a voordeel), positive when it is charged (a nadeel).
    public var amount: Money
    /// The name of the key that splits it.
    public var keyName: String
    /// A note on where the amount comes from.
    public var explanation: String?
    /// Where the component stands in the file.
    public var origin: FieldLocation?

    /// Creates a component.
    public init(name: String, amount: Money, keyName: String, explanation: String? = nil, origin: FieldLocation? = nil) {
        self.name = name
        self.amount = amount
        self.keyName = keyName
        self.explanation = explanation
        self.origin = origin
    }
}

/// Who took part in a settled year, and by which keys: a settlement belongs to the
/// members of the year it settles, whatever changes afterwards. A member that leaves
/// keeps its part; a member that joins gets none.
public struct SettledMembership: Hashable, Sendable {
    /// The members of the settled year, in member order.
    public var members: [Municipality]
    /// The keys as they were (a component names one).
    public var keys: [DistributionKey]

    /// Creates the membership of a settled year.
    public init(members: [Municipality], keys: [DistributionKey]) {
        self.members = members
        self.keys = keys
    }
}
