/// What a source prints as one member's advances: its instalments (termijnen).
public struct StatedInstalments: Hashable, Sendable {
    /// The member.
    public var municipality: String
    /// The printed instalments, in order.
    public var amounts: [StatedAmount]
    /// Where the entry stands in the file.
    public var origin: FieldLocation?

    /// Creates a stated instalment list.
    public init(municipality: String, amounts: [StatedAmount], origin: FieldLocation? = nil) {
        self.municipality = municipality
        self.amounts = amounts
        self.origin = origin
    }

    /// The sum of the printed instalments.
    public var total: Money { amounts.map(\.amount).sum() }
}
