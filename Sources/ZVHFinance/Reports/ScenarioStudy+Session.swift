extension ScenarioStudy {
    /// The grid of a steering group's page: the sweep's axes as sliders, then every
    /// variant as a switch.
    public var sessionGrid: ScenarioGrid {
        ScenarioGrid(axes: sweepAxes.map(ScenarioAxis.init(sweep:)) + scenarios.map(ScenarioAxis.init(switching:)))
    }

    /// The steering group's page: the basis and every combination of ``sessionGrid``
    /// computed as one variant each (the chosen points' changes in axis order), with
    /// its meerjarenraming.
    ///
    /// Each variant is first applied on its own (so a change that cannot be applied is
    /// named with its file). The page's size is estimated from the basis before any
    /// combination is computed, and measured once built; either beyond `bound` is
    /// refused.
    ///
    /// - Parameter bound: the largest page in bytes (``ScenarioSession/defaultBound``).
    /// - Throws: ``ScenarioSessionTooLarge``, ``ScenarioFailure`` (naming the
    ///   combination) or ``ContributionError``.
    /// - Complexity: O(combinations × (years + 1) × (lines + members log members)).
    public func session(bound: Int = ScenarioSession.defaultBound) throws -> ScenarioSession {
        let grid = sessionGrid
        let comparison = try ScenarioComparison(basis: budget, scenarios: scenarios)
        guard let count = grid.count else {
            throw ScenarioSessionTooLarge(combinations: nil, dimensions: grid.dimensions, bytes: nil, bound: bound)
        }
        let members = Self.members(of: comparison.basis, joiningIn: grid)
        let basisComparison = ScenarioComparison(basis: comparison.basis, scenarios: [comparison.basis])
        let basis = try outcome(basisComparison, members: members)
        var session = ScenarioSession(
            title: "Scenario's voor de stuurgroep — \(budget.organisation.name) — \(budget.title)",
            context: BudgetReportContent.context(of: budget, options: ReportOptions(unit: .cent)) + [
                "Bedragen per gemeente: de definitieve bijdrage (bijdrage + verrekening), exact zoals zvh scenario ze berekent.",
            ],
            asOf: BudgetReportContent.asOf(budget), members: members, years: basis.projection.isEmpty ? [] : (0..<basis.projection.count).map { budget.period.year + $0 },
            projectionDescription: projection.years > 0 ? projection.dutchDescription : nil, grid: grid,
            hasRoundingLine: comparison.hasRoundingLine, basis: basis, outcomes: [], bound: bound)
        let estimate = ScenarioSessionRenderer.estimatedSize(of: session, combinations: count)
        guard estimate <= bound else {
            throw ScenarioSessionTooLarge(combinations: count, dimensions: grid.dimensions, bytes: estimate, bound: bound)
        }
        let results = Array(0..<count).concurrentMap { number -> Result<ScenarioSession.Outcome, any Error> in
            let scenario = grid.scenario(at: grid.pointIndices(of: number))
            do {
                let variant: ScenarioComparison.Variant
                do {
                    variant = try ScenarioComparison.variant(scenario, of: budget, basis: comparison.basis)
                } catch let error as ScenarioError {
                    throw ScenarioFailure(error: error, scenario: scenario.name, file: nil)
                }
                return .success(try outcome(ScenarioComparison(basis: comparison.basis, scenarios: [variant]), members: members))
            } catch {
                return .failure(error)
            }
        }
        session.outcomes.reserveCapacity(count)
        for result in results { session.outcomes.append(try result.get()) }
        if session.outcomes.contains(where: { $0.hasRoundingLine }) { session.hasRoundingLine = true }
        let size = session.html().utf8.count
        guard size <= bound else {
            throw ScenarioSessionTooLarge(combinations: count, dimensions: grid.dimensions, bytes: size, bound: bound)
        }
        return session
    }

    /// The basis's members, then every member a point of the grid lets join.
    static func members(of basis: ScenarioComparison.Variant, joiningIn grid: ScenarioGrid) -> [String] {
        var members = basis.statement.members.map(\.municipality)
        for axis in grid.axes {
            for point in axis.points {
                for change in point.changes {
                    guard case .memberJoins(let member, _, _, _) = change.kind, !members.contains(member.name) else { continue }
                    members.append(member.name)
                }
            }
        }
        return members
    }

    /// The figures of the one variant of `comparison`, with its meerjarenraming: the
    /// figures of the scenario report (``ComparisonFigures``) for the page's members.
    func outcome(_ comparison: ScenarioComparison, members: [String]) throws -> ScenarioSession.Outcome {
        let variant = comparison.scenarios[0]
        let figures = ComparisonFigures(comparison, members: members).scenarios[0]
        func tenths(_ share: Share?) -> Int64? {
            share.flatMap { Ratio.percentScaled($0.numerator, of: $0.denominator, decimals: 1) }.map { Int64($0) }
        }
        var projection: [ScenarioSession.ProjectedYear] = []
        if self.projection.years > 0 {
            projection = try projected(variant).years.map { _, statement in
                ScenarioSession.ProjectedYear(
                    total: statement.totalWithRounding, finals: members.map { name in statement.members.first { $0.municipality == name }?.final })
            }
        }
        return ScenarioSession.Outcome(
            finals: figures.finals,
            differences: figures.differences,
            percentTenths: figures.differenceShares.map(tenths),
            perInhabitant: members.map { name in variant.statement.members.first { $0.municipality == name }?.finalPerInhabitant },
            roundingDifference: figures.roundingDifference, roundingChange: figures.roundingChange,
            total: figures.total, totalDifference: figures.totalDifference,
            totalPercentTenths: tenths(figures.totalDifferenceShare),
            sumOfDifferences: figures.sumOfDifferences,
            differencesAddUp: figures.differencesAddUp, projection: projection, hasRoundingLine: comparison.hasRoundingLine)
    }
}
