/// The unit to which an amount is rounded: whole euros (as published tables are) or
/// cents (exact bookkeeping).
public enum RoundingUnit: String, Hashable, Sendable, CaseIterable {
    /// Whole cents: no rounding of amounts that are already in cents.
    case cent
    /// Whole euros, as the published tables show.
    case euro

    /// The size of one unit in cents.
    public var cents: Int64 {
        switch self {
        case .cent: 1
        case .euro: 100
        }
    }
}
