/// The meerjarenraming: a budget carried forward year by year with a yearly
/// indexation, membership changes taking effect in their year, and the one-off
/// settlement of the base year left out.
///
/// The yearly indexation is a parameter of the projection, applied alike to the basis
/// and every variant; a scenario's own indexation is a one-time step in its first year
/// (already in the budget the projection starts from).
public enum Projection {
    /// The budgets of the years after `base`.
    ///
    /// - Parameters:
    ///   - base: the budget of the first year (with a scenario already applied).
    ///   - scenario: the scenario, for membership changes from a later year.
    ///   - parameters: the yearly indexation and the number of years.
    /// - Returns: one budget per year, in order.
    /// - Throws: ``ScenarioError`` when amounts grow beyond range or a change fails.
    /// - Complexity: O(years × lines).
    public static func years(after base: Budget, scenario: Scenario?, parameters: ProjectionParameters) throws(ScenarioError) -> [Budget] {
        var result: [Budget] = []
        result.reserveCapacity(parameters.years)
        var current = base.withComputedContributions()
        let laterChanges = (scenario?.changes ?? []).filter { change in
            switch change.kind {
            case .memberLeaves(_, let year?, _), .memberJoins(_, _, let year?, _): year > base.period.year
            default: false
            }
        }
        for _ in 0..<parameters.years {
            current.period.year += 1
            current.title = "Raming \(current.period.year)"
            current.settlement = nil
            current.stated = StatedFigures()
            try current.index(by: parameters.indexation, at: parameters.origin)
            try current.requireBoundedAmounts(at: parameters.origin)
            let due = laterChanges.filter { change in
                switch change.kind {
                case .memberLeaves(_, let year?, _), .memberJoins(_, _, let year?, _): year == current.period.year
                default: false
                }
            }
            if !due.isEmpty {
                current = try current.applying(Scenario(name: scenario?.name ?? "", changes: due), year: current.period.year, appliesIndexation: false)
            }
            result.append(current)
        }
        return result
    }

    /// The budgets of the years after `base` with a yearly indexation (no later
    /// membership changes).
    public static func years(after base: Budget, scenario: Scenario?, indexation: Indexation, count years: Int) throws(ScenarioError) -> [Budget] {
        try self.years(after: base, scenario: scenario, parameters: ProjectionParameters(years: years, indexation: indexation))
    }
}

/// The parameters of a meerjarenraming: how many years after the budget year, and the
/// yearly indexation per cost kind and of the rijksbijdrage.
public struct ProjectionParameters: Hashable, Sendable {
    /// The default number of years after the budget year: the BBV asks for a
    /// meerjarenraming of at least three years after the budget year.
    public static let defaultYears = 3
    /// The years a projection may cover (after the budget year).
    public static let yearRange = 0...30
    /// The yearly indexation range, in percent.
    public static let indexationRange = Quantity(-50)...Quantity(100)

    /// The number of years after the budget year (0: no projection).
    public var years: Int
    /// The yearly indexation, the same for basis and variants.
    public var indexation: Indexation
    /// Where the parameters come from, for errors (none for options).
    public var origin: FieldLocation?

    /// Creates the parameters.
    public init(years: Int = defaultYears, indexation: Indexation = Indexation(), origin: FieldLocation? = nil) {
        self.years = years
        self.indexation = indexation
        self.origin = origin
    }

    /// The price level of a projection from `base`: "constante prijzen 2022" without a
    /// yearly indexation, else "lopende prijzen (prijspeil 2022, jaarlijks geïndexeerd: …)".
    public func priceLevel(from base: Period) -> String {
        indexation.isZero
            ? "constante prijzen \(base.dutchDescription)"
            : "lopende prijzen (prijspeil \(base.dutchDescription), jaarlijks geïndexeerd: \(indexation.dutchDescription))"
    }

    /// "3 jaar na het begrotingsjaar, jaarlijkse indexatie personeel 2%, …".
    public var dutchDescription: String {
        "\(years) jaar na het begrotingsjaar; jaarlijkse indexatie voor basis en elke variant gelijk: \(indexation.dutchDescription)"
    }
}
