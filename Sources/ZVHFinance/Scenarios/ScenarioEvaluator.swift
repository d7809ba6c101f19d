/// What every member pays under many scenarios of indexation and extra FTE on one
/// budget, each worked out from the lines those changes touch instead of a changed copy
/// of the budget: the figures of a sweep's grid points.
///
/// Prepared once from a budget (its lines flattened into arrays of cents, each line's
/// financing part, each part's key weights and participants, the settlement per member
/// of the basis), an evaluation indexes and adds FTE on those arrays exactly as
/// ``Budget/applying(_:year:appliesIndexation:)`` does on the budget (the same
/// rounding to cents per line, the same checks), totals each part, splits it by its key
/// (``Allocation/split(_:by:unit:into:)``, or ``DistributionKey/split(_:over:members:unit:keys:method:year:)``
/// for a mixed, phased or fixed-plus key or a split per municipality) and adds the
/// settlement, which these changes leave as it is.
///
/// Anything else — another kind of change, scenario keys, a change the budget would
/// refuse, a negative amount to distribute that is not declared, a budget laid out
/// otherwise than this path assumes — gives nil, and the caller takes the budget's own
/// path, which then computes the same figures or throws its error. Its outcomes are
/// those of the budget's own path to the cent (`ScenarioEvaluatorTests` compares both
/// over seeded budgets and changes).
///
/// ```swift
/// let evaluator = ScenarioEvaluator(budget: budget)
/// let outcome = evaluator.outcome(of: Scenario(name: "+2%", changes: [ScenarioChange(.indexation(Indexation(personnel: Quantity(2))))]))
/// outcome?.total   // what the members pay together, settlement included
/// ```
public struct ScenarioEvaluator: Sendable {
    /// The final contributions of one evaluated scenario.
    public struct Outcome: Hashable, Sendable {
        /// Each member's final contribution (bijdrage + verrekening), in ``ScenarioEvaluator/members`` order.
        public var finals: [Money]
        /// The sum of `finals`.
        public var total: Money
    }

    /// The members of the statement, in its order (former members of the settled year last).
    public let members: [String]
    /// The prepared budget; nil when this path does not apply to the budget.
    let plan: Plan?

    /// Prepares the evaluation of scenarios on `budget`.
    ///
    /// - Parameter budget: the budget as the scenarios are applied to it.
    /// - Complexity: O(lines × columns + one contribution statement).
    public init(budget: Budget) {
        let plan = Plan(budget)
        self.plan = plan
        members = plan?.statementMembers ?? []
    }

    /// What every member pays under `scenario`, or nil when this path does not apply
    /// (then ``Budget/applying(_:year:appliesIndexation:)`` and
    /// ``Budget/contributions()`` give the figures, or the error).
    ///
    /// - Parameter scenario: the scenario, applied in the budget's year with its indexation.
    /// - Returns: the final contribution of every member and their total.
    /// - Complexity: O(changes × lines × columns + parts × members log members).
    public func outcome(of scenario: Scenario) -> Outcome? {
        guard let plan, scenario.keys.isEmpty, scenario.organisation.map({ $0 == plan.organisation }) ?? true else { return nil }
        var state = State(plan)
        for change in scenario.changes {
            switch change.kind {
            case .indexation(let indexation):
                guard state.index(by: indexation, plan: plan) else { return nil }
            case .fte(let function, let delta, let theme, let rate):
                guard state.addFTE(function: function, delta: delta, theme: theme, rate: rate, plan: plan) else { return nil }
            case .changeLine, .addLine, .removeLine, .endIncome, .removeSettlementComponent, .key, .phasedKey, .memberLeaves, .memberJoins:
                return nil
            }
            guard state.isWithinBound(plan) else { return nil }
        }
        return state.outcome(plan)
    }
}
