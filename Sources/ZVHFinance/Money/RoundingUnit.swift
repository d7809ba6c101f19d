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

    /// The whole units in a magnitude of cents, rounded toward zero: the same as
    /// dividing by ``cents``, but each unit's divisor a constant (no division
    /// instruction, which costs as much as a split's other arithmetic together).
    @inline(__always)
    func wholeUnits(inCents magnitude: UInt64) -> UInt64 {
        switch self {
        case .cent: magnitude
        case .euro: magnitude / 100
        }
    }
}
