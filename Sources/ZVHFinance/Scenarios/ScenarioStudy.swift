/// A steering group's question as one value: the budget, the variants to compare, the
/// meerjarenraming's parameters, whether to probe the sensitivity and a sweep — and the
/// one place that computes every figure the scenario report shows (``ScenarioFigures``;
/// `Reports/` only turns them into a report).
///
/// ```swift
/// let study = ScenarioStudy(budget: budget, scenarios: [leaving], projection: ProjectionParameters(years: 3))
/// let figures = try study.figures()   // a ReportContent, rendered in any format
/// ```
public struct ScenarioStudy: Sendable {
    /// The budget (read once).
    public var budget: Budget
    /// The variants, in the order given (files, named variants, quick options).
    public var scenarios: [Scenario]
    /// The meerjarenraming's parameters (0 years: none).
    public var projection: ProjectionParameters
    /// Whether to show what +1% wage indexation and +1 FTE per function cost.
    public var includesSensitivity: Bool
    /// The axes of a sweep, if asked for.
    public var sweepAxes: [Sweep.Axis]

    /// Creates a study.
    public init(budget: Budget, scenarios: [Scenario], projection: ProjectionParameters = ProjectionParameters(), includesSensitivity: Bool = false, sweepAxes: [Sweep.Axis] = []) {
        self.budget = budget
        self.scenarios = scenarios
        self.projection = projection
        self.includesSensitivity = includesSensitivity
        self.sweepAxes = sweepAxes
    }

    /// Computes the comparison, the meerjarenraming of every variant, the sensitivity
    /// and the sweep.
    ///
    /// - Throws: ``ScenarioFailure`` (a change that cannot be applied, with the
    ///   scenario's file where it has one) or ``ContributionError``.
    /// - Complexity: O((variants × (years + 1) + probes + grid points) × (lines + members log members)).
    public func figures() throws -> ScenarioFigures {
        let comparison = try ScenarioComparison(basis: budget, scenarios: scenarios)
        var projections: [ProjectedVariant] = []
        if projection.years > 0 {
            for variant in [comparison.basis] + comparison.scenarios { projections.append(try projected(variant)) }
        }
        let sensitivity = includesSensitivity ? try ScenarioComparison(basis: budget, scenarios: Sensitivity.probes(for: budget)) : nil
        let sweep = sweepAxes.isEmpty ? nil : try Sweep(budget: budget, axes: sweepAxes)
        return ScenarioFigures(
            comparison: comparison, projections: projections, projectionParameters: projection.years > 0 ? projection : nil,
            sensitivity: sensitivity, sweep: sweep)
    }
}

extension ScenarioStudy {
    /// The meerjarenraming of one variant: its budget year and the years after it,
    /// each with its contributions.
    ///
    /// - Throws: ``ScenarioFailure`` naming the variant, or ``ContributionError``.
    /// - Complexity: O(years × (lines + members log members)).
    public func projected(_ variant: ScenarioComparison.Variant) throws -> ProjectedVariant {
        let later: [Budget]
        do {
            later = try Projection.years(after: variant.budget, scenario: variant.scenario, parameters: projection)
        } catch {
            throw ScenarioFailure(error: error, scenario: variant.name, file: nil)
        }
        var years: [(year: Int, statement: ContributionStatement)] = [(budget.period.year, variant.statement)]
        for budget in later { years.append((budget.period.year, try budget.contributions())) }
        return ProjectedVariant(name: variant.name, years: years)
    }
}
