/// The meerjarenraming: a budget carried forward year by year with a yearly
/// indexation, membership changes taking effect in their year, and the one-off
/// settlement of the base year left out.
public enum Projection {
    /// The budgets of the years after `base`.
    ///
    /// - Parameters:
    ///   - base: the budget of the first year (with a scenario already applied).
    ///   - scenario: the scenario, for membership changes from a later year.
    ///   - indexation: the yearly growth of costs.
    ///   - years: how many years to project (1–30).
    /// - Returns: one budget per year, in order.
    /// - Throws: ``ScenarioError`` when amounts grow beyond range or a change fails.
    /// - Complexity: O(years × lines).
    public static func years(after base: Budget, scenario: Scenario?, indexation: Indexation, count years: Int) throws(ScenarioError) -> [Budget] {
        var result: [Budget] = []
        var current = base.withComputedContributions()
        let laterChanges = Scenario(
            name: scenario?.name ?? "", changes: scenario?.changes.filter { change in
                switch change.kind {
                case .memberLeaves(_, let year?, _), .memberJoins(_, _, let year?): year > base.period.year
                default: false
                }
            } ?? [], keys: [])
        for _ in 0..<years {
            current.period.year += 1
            current.title = "Raming \(current.period.year)"
            current.settlement = nil
            current.stated = StatedFigures()
            try current.index(by: indexation, at: .none)
            let due = Scenario(name: laterChanges.name, changes: laterChanges.changes.filter { change in
                switch change.kind {
                case .memberLeaves(_, let year?, _), .memberJoins(_, _, let year?): year == current.period.year
                default: false
                }
            })
            if !due.changes.isEmpty {
                current = try current.applying(due, year: current.period.year, appliesIndexation: false)
            }
            result.append(current)
        }
        return result
    }
}
