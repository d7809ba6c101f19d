/// One settlement component split over the members.
public struct SettlementSplit: Hashable, Sendable {
    /// The component.
    public var component: SettlementComponent
    /// The split by the component's key.
    public var split: KeySplit
}
