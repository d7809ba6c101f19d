/// How a report is presented.
public struct ReportOptions: Hashable, Sendable {
    /// The unit amounts are shown in; shown lines always add up to shown totals.
    public var unit: RoundingUnit
    /// Whether to add the derivation of every contribution, in words (`--uitleg`).
    public var explains: Bool

    /// Whether the text format marks a finding's severity in colour (ANSI), for a
    /// terminal: the command line asks for it only when standard output is one and
    /// `NO_COLOR` is unset. The other formats ignore it.
    public var colorsSeverities: Bool

    /// Creates options: whole euros, no explanation, no colour by default.
    public init(unit: RoundingUnit = .euro, explains: Bool = false, colorsSeverities: Bool = false) {
        self.unit = unit
        self.explains = explains
        self.colorsSeverities = colorsSeverities
    }

    /// "bedragen in euro's" with how they are rounded.
    public var unitDescription: String {
        unit == .euro
            ? "bedragen in hele euro's; afgerond met de grootste-restmethode, zodat de getoonde regels optellen tot de getoonde totalen"
            : "bedragen in euro's en centen"
    }
}
