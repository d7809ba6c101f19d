/// The steering group's own page as a value: the basis and every combination of a
/// grid of axes (sweep parameters as sliders, variants as switches), each with every
/// figure the page shows, computed by the engine when the page is written. The page's
/// script only chooses among these figures and writes them in Dutch notation; it
/// computes no amount (``ScenarioSessionRenderer``).
///
/// Built by ``ScenarioStudy/session(bound:)``; every amount of a combination is the
/// amount `zvh scenario` reports for the same changes as one variant.
public struct ScenarioSession: Hashable, Sendable {
    /// The largest page written by default: 5 MB (5.000.000 bytes).
    public static let defaultBound = 5_000_000

    /// What the page shows for the basis or one combination. Member figures are in the
    /// order of ``ScenarioSession/members``.
    public struct Outcome: Hashable, Sendable {
        /// What each member pays (definitief); nil for a member that is no member here.
        public var finals: [Money?]
        /// Each member's difference with the basis (absent counts as paying nothing).
        public var differences: [Money]
        /// Each difference as a percentage of the member's basis, in tenths of a
        /// percent rounded a half away from zero (``Ratio/percentScaled(_:of:decimals:)``);
        /// nil where the basis is nothing.
        public var percentTenths: [Int64?]
        /// What each member pays per inhabitant, to the cent; nil without inhabitants.
        public var perInhabitant: [Money?]
        /// The afronding line: what the members' contributions miss of the amount
        /// distributed (``ContributionStatement/roundingDifference``; zero by the
        /// largest remainder).
        public var roundingDifference: Money
        /// How the afronding line changed against the basis.
        public var roundingChange: Money
        /// The total of the finals with the afronding line, as the report's total.
        public var total: Money
        /// The total's difference with the basis.
        public var totalDifference: Money
        /// The total difference as a percentage of the basis total, in tenths.
        public var totalPercentTenths: Int64?
        /// The sum of the members' differences and the afronding line's change.
        public var sumOfDifferences: Money
        /// Whether the members' differences add up exactly to the total difference.
        public var differencesAddUp: Bool
        /// The meerjarenraming: per year the total and what each member pays.
        public var projection: [ProjectedYear]
        /// Whether the basis or this combination has an afronding line.
        public var hasRoundingLine: Bool

        /// Creates an outcome.
        public init(
            finals: [Money?], differences: [Money], percentTenths: [Int64?], perInhabitant: [Money?], roundingDifference: Money, roundingChange: Money,
            total: Money, totalDifference: Money, totalPercentTenths: Int64?, sumOfDifferences: Money, differencesAddUp: Bool, projection: [ProjectedYear],
            hasRoundingLine: Bool = false
        ) {
            self.hasRoundingLine = hasRoundingLine
            self.finals = finals
            self.differences = differences
            self.percentTenths = percentTenths
            self.perInhabitant = perInhabitant
            self.roundingDifference = roundingDifference
            self.roundingChange = roundingChange
            self.total = total
            self.totalDifference = totalDifference
            self.totalPercentTenths = totalPercentTenths
            self.sumOfDifferences = sumOfDifferences
            self.differencesAddUp = differencesAddUp
            self.projection = projection
        }
    }

    /// One year of a meerjarenraming.
    public struct ProjectedYear: Hashable, Sendable {
        /// The total of the members' finals with the afronding line.
        public var total: Money
        /// What each member pays; nil for a member that is no member that year.
        public var finals: [Money?]

        /// Creates a year.
        public init(total: Money, finals: [Money?]) {
            self.total = total
            self.finals = finals
        }
    }

    /// The page's title.
    public var title: String
    /// Lines under the title: organisation, file, what the amounts are.
    public var context: [String]
    /// What the data is (the budget and its source), never the date of the run.
    public var asOf: String?
    /// The members, basis members first.
    public var members: [String]
    /// The years of the meerjarenraming (empty: none).
    public var years: [Int]
    /// The meerjarenraming's parameters in words, if there is one.
    public var projectionDescription: String?
    /// The grid: its axes and their points.
    public var grid: ScenarioGrid
    /// Whether the contributions have an afronding line (`per-gemeente`), shown as a
    /// row under the members.
    public var hasRoundingLine: Bool
    /// The basis.
    public var basis: Outcome
    /// One outcome per combination, in the grid's order (the last axis fastest).
    public var outcomes: [Outcome]
    /// The largest size of the page, in bytes, that the page states.
    public var bound: Int

    /// Creates a session.
    public init(
        title: String, context: [String], asOf: String?, members: [String], years: [Int], projectionDescription: String?, grid: ScenarioGrid,
        hasRoundingLine: Bool = false, basis: Outcome, outcomes: [Outcome], bound: Int
    ) {
        self.hasRoundingLine = hasRoundingLine
        self.title = title
        self.context = context
        self.asOf = asOf
        self.members = members
        self.years = years
        self.projectionDescription = projectionDescription
        self.grid = grid
        self.basis = basis
        self.outcomes = outcomes
        self.bound = bound
    }

    /// The page as one self-contained HTML document (``ScenarioSessionRenderer``).
    /// - Complexity: linear in the number of outcomes.
    public func html() -> String {
        ScenarioSessionRenderer.render(self)
    }
}
