/// The figures of a ``ScenarioStudy``, computed once by ``ScenarioStudy/figures()``: the
/// variants side by side with their per-member figures (``ComparisonFigures``: what each
/// pays, the differences and their shares, the sums and whether they add up), the
/// uittreedsommen and toetreedsommen of the variants, the meerjarenraming, the
/// sensitivity and the sweep. The scenario report only shows them.
public struct ScenarioFigures: Sendable {
    /// The variants: their budgets, contributions, exits and entries.
    public var comparison: ScenarioComparison
    /// The variants' figures per member.
    public var compared: ComparisonFigures
    /// The meerjarenraming per variant, if asked for (basis first).
    public var projections: [ProjectedVariant]
    /// The meerjarenraming's parameters (years, yearly indexation).
    public var projectionParameters: ProjectionParameters?
    /// The sensitivity probes' figures, if asked for.
    public var sensitivity: ComparisonFigures?
    /// The sweep over a grid of parameters, if asked for.
    public var sweep: Sweep?

    /// Creates the figures of a comparison and what was computed beside it.
    /// - Complexity: O(variants × members²) beyond what is given.
    public init(
        comparison: ScenarioComparison, projections: [ProjectedVariant] = [], projectionParameters: ProjectionParameters? = nil,
        sensitivity: ScenarioComparison? = nil, sweep: Sweep? = nil
    ) {
        self.comparison = comparison
        compared = ComparisonFigures(comparison)
        self.projections = projections
        self.projectionParameters = projectionParameters
        self.sensitivity = sensitivity.map { ComparisonFigures($0) }
        self.sweep = sweep
    }

    /// The budget the variants start from.
    public var budget: Budget { comparison.basis.budget }
}
