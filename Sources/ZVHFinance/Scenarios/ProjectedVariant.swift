/// The meerjarenraming of one variant of a scenario study: its budget year and the
/// years after it, each with its contributions, and the figures the report shows of
/// them, computed once.
public struct ProjectedVariant: Sendable {
    /// The variant's name.
    public var name: String
    /// Per year: the year and the contributions.
    public let years: [(year: Int, statement: ContributionStatement)]
    /// Every member that pays in any year, in the order they first appear.
    public let members: [String]
    /// Per year what each of ``members`` pays (nil when it is no member that year).
    public let finals: [[Money?]]
    /// Whether any year has an afronding line (`per-gemeente`).
    public let hasRoundingLine: Bool
    /// Per year what the members pay together with the afronding line.
    public let totals: [Money]

    /// Creates a projected variant.
    /// - Complexity: O(years × members²).
    public init(name: String, years: [(year: Int, statement: ContributionStatement)]) {
        self.name = name
        self.years = years
        var members: [String] = []
        for (_, statement) in years {
            for member in statement.members where !members.contains(member.municipality) { members.append(member.municipality) }
        }
        self.members = members
        finals = years.map { _, statement in members.map { name in statement.members.first { $0.municipality == name }?.final } }
        hasRoundingLine = years.contains { $0.statement.hasRoundingLine }
        totals = years.map(\.statement.totalWithRounding)
    }

    /// Per year this variant's total minus the basis's.
    public func totalDifferences(from basis: ProjectedVariant) -> [Money] {
        zip(totals, basis.totals).map { $0 - $1 }
    }
}
