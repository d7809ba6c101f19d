extension Budget {
    /// Whether a line is incidental (occurs for at most three years) for the
    /// structural / incidental split of a kadernota.
    ///
    /// For now reserve movements only (the BBV counts them as incidental unless stated
    /// otherwise); the settlement of a prior year is incidental by nature and is split
    /// off separately. The one place to extend when lines carry their own
    /// `incidenteel` flag.
    public static func isIncidental(_ line: BudgetLine) -> Bool {
        switch line.kind {
        case .reserveAddition, .reserveWithdrawal: true
        case .personnel, .material, .other, .nationalGrant, .pokFunds, .municipalContribution, .hostMunicipality, .chainPartners, nil: false
        }
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
