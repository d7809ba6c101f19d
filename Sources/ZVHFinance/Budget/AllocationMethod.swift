/// How the shares of a split are brought to whole units: the closed set of
/// allocation methods, with their Dutch name as used in budget files
/// (`bijdragen.methode`) and reports.
///
/// Both give parts that, together with the split's afronding line
/// (``Allocation/roundingDifference``), add up to the total exactly.
///
/// ```swift
/// let split = try Allocation(splitting: Money(euros: 100_000), by: [1, 1, 1].map(Quantity.init), unit: .euro, method: .perMunicipality)
/// // split.parts == [33.333, 33.333, 33.333], split.roundingDifference == 1
/// ```
public enum AllocationMethod: String, Hashable, Sendable, CaseIterable {
    /// Largest remainder (Hamilton): every share cut toward zero to the unit, the
    /// units left over one each to the largest remainders. The parts meet the total
    /// by themselves: the afronding line is always zero.
    case largestRemainder = "grootste-rest"
    /// Every member's exact share rounded on its own to the unit, a half away from
    /// zero; the difference between their sum and the total is the afronding line
    /// (the convention of many published tables: "Afronding 1").
    case perMunicipality = "per-gemeente"

    /// A short name for tables and JSON (`grootste resten`, `per gemeente`).
    public var shortDutchName: String {
        switch self {
        case .largestRemainder: "grootste resten"
        case .perMunicipality: "per gemeente"
        }
    }

    /// The rounding each share gets under this method.
    public var rule: Rounding.Rule {
        switch self {
        case .largestRemainder: .towardZero
        case .perMunicipality: .halfAwayFromZero
        }
    }
}
