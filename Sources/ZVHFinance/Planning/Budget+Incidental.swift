extension Budget {
    /// Whether a line is incidental (occurs for at most three years) for the
    /// structural / incidental split of a kadernota: the line's own
    /// ``BudgetLine/isIncidental`` (its `incidenteel`, else incidental for a reserve
    /// movement), the one rule every overview uses. The settlement of a prior year is
    /// incidental by nature and is split off separately.
    public static func isIncidental(_ line: BudgetLine) -> Bool {
        line.isIncidental
    }

    /// The budget without its incidental lines and without its settlement: what the
    /// members pay structurally.
    public func structuralPart() -> Budget {
        var budget = self
        budget.costs = Budget.removing(from: costs, where: Budget.isIncidental)
        budget.income = Budget.removing(from: income, where: Budget.isIncidental)
        budget.settlement = nil
        return budget
    }
}
