/// One year of a municipality's own raming for its contribution to the ZVH: the amount
/// its own begroting reserves (`--eigen-raming`, a line `jaar;bedrag`).
public struct OwnEstimate: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// The amount the municipality reserved.
    public var amount: Money
    /// Where the line stands in its file.
    public var location: SourceLocation

    /// Creates an own raming.
    public init(year: Int, amount: Money, location: SourceLocation) {
        self.year = year
        self.amount = amount
        self.location = location
    }
}

/// The member-side comparison a council publishes in its kadernota, for one year: the
/// ZVH's raming (the member's definitief in the ZVH's begroting of that year), the
/// municipality's own raming, and the difference, `+` = voordeel for the municipality
/// (it reserved more than it is charged).
public struct EstimateComparison: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// The member's definitief in the ZVH's begroting(en) of that year; nil when no
    /// begroting of that year was read.
    public var zvhEstimate: Money?
    /// The documents the ZVH raming comes from (`Begroting 2022 (midden-limburg)`).
    public var sources: [String]
    /// The municipality's own raming.
    public var ownEstimate: Money

    /// `own − ZVH`: positive is a voordeel; nil without a ZVH raming.
    public var difference: Money? { zvhEstimate.map { ownEstimate - $0 } }

    /// The comparison as JSON: `jaar`, `zvh-raming`, `eigen-raming`, `verschil`, `bronnen`.
    public var json: JSONOutput {
        .object([
            "jaar": .integer(year), "zvh-raming": zvhEstimate.map(JSONOutput.amount) ?? .null, "eigen-raming": .amount(ownEstimate),
            "verschil": difference.map(JSONOutput.amount) ?? .null, "bronnen": .array(sources.map(JSONOutput.string)),
        ])
    }
}
