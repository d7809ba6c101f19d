/// How a report is presented.
public struct ReportOptions: Hashable, Sendable {
    /// The unit amounts are shown in; shown lines always add up to shown totals.
    public var unit: RoundingUnit
    /// Whether to add the derivation of every contribution, in words (`--uitleg`).
    public var explains: Bool

    /// Creates options: whole euros, no explanation by default.
    public init(unit: RoundingUnit = .euro, explains: Bool = false) {
        self.unit = unit
        self.explains = explains
    }

    /// "bedragen in euro's" with how they are rounded.
    public var unitDescription: String {
        unit == .euro
            ? "bedragen in hele euro's; afgerond met de grootste-restmethode, zodat de getoonde regels optellen tot de getoonde totalen"
            : "bedragen in euro's en centen"
    }
}
