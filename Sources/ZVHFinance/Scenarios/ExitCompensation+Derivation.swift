extension ExitCompensationRule {
    /// The uittreedsom of a member under this rule, from the basis budget, with its terms.
    ///
    /// - Parameters:
    ///   - member: the leaving member.
    ///   - year: the year it leaves (the first year it no longer pays).
    ///   - basis: the basis budget (with computed contributions) and its statement.
    ///   - at: where the change stands, for errors.
    /// - Throws: ``ScenarioError`` for an unknown cost name or an amount out of range.
    /// - Complexity: O(lines + terms).
    func compensation(of member: String, year: Int, basis: Budget, statement: ContributionStatement, at: FieldLocation?) throws(ScenarioError) -> MemberExit {
        let remaining = try remainingCostsSum(in: basis, at: at)
        let contribution = statement.members.first { $0.municipality == member }?.contribution ?? .zero
        // The share of the amount distributed (members plus an afronding line); a
        // negative amount to distribute (money passed on) keeps its sign in the share.
        let share = Share(contribution, of: statement.totalDistributed)
        var exit = MemberExit(municipality: member, settlement: .zero, rule: self, remainingCosts: remaining, share: share, compensation: .zero, year: year)
        guard share.denominator != 0 else { return exit }
        let shareNumerator = share.denominator < 0 ? -share.numerator : share.numerator
        let shareDenominator = share.denominator.magnitude == 0 ? 1 : Int128(share.denominator.magnitude)
        // Each term's costs as numerator / denominator in cents; its share exact over
        // denominator × the share's denominator.
        var terms: [(label: String, numerator: Int128, denominator: Int128)] = []
        switch method {
        case .flat(let years):
            terms.append(("\(years) jaar × de blijvende kosten", Int128(years) * Int128(remaining.cents), 1))
        case .declining(let percentages):
            for (index, percentage) in percentages.enumerated() {
                terms.append(("jaar \(index + 1) (\(year + index)): \(percentage.dutch())% van de blijvende kosten", Int128(percentage.millionths) * Int128(remaining.cents), 100 * Int128(Quantity.unit)))
            }
        case .actualLoss(let costs):
            for cost in costs {
                let months = cost.months(from: year)
                terms.append(("\(cost.name): \(cost.yearlyAmount.dutch()) per jaar tot \(cost.endText), \(months) maanden vanaf \(year)", Int128(cost.yearlyAmount.cents) * Int128(months), 12))
            }
        }
        // A common denominator: 100 × 10⁶ × 12 covers every kind of term.
        let common: Int128 = 1_200 * Int128(Quantity.unit)
        // Terms are bounded by the reader (amounts, 30 years, 100 %); products that would
        // still leave 128 bits are refused, never trapped on.
        func product(_ a: Int128, _ b: Int128) throws(ScenarioError) -> Int128 {
            let (value, overflow) = a.multipliedReportingOverflow(by: b)
            guard !overflow else { throw .overflow(at: at) }
            return value
        }
        var total: Int128 = 0
        for term in terms {
            let scaled = try product(term.numerator, common / term.denominator)
            let (sum, overflow) = total.addingReportingOverflow(scaled)
            guard !overflow else { throw .overflow(at: at) }
            total = sum
            exit.terms.append(ExitCompensationTerm(
                label: term.label, costs: ExactAmount(numeratorCents: scaled, denominator: common),
                exact: ExactAmount(numeratorCents: try product(scaled, shareNumerator), denominator: common * shareDenominator)))
        }
        let exact = ExactAmount(numeratorCents: try product(total, shareNumerator), denominator: common * shareDenominator)
        exit.exact = exact
        exit.compensation = exact.rounded(Rounding(unit: basis.contributionRule?.unit ?? basis.publicationUnit, rule: .halfAwayFromZero))
        guard exit.compensation.magnitude <= Money.largestFileSum else { throw .overflow(at: at) }
        return exit
    }

    /// The sum of the named remaining cost lines or groups in the basis column.
    func remainingCostsSum(in basis: Budget, at: FieldLocation?) throws(ScenarioError) -> Money {
        let column = basis.column(named: basis.contributionRule?.column ?? basis.mainColumn.name) ?? basis.mainColumn
        var remaining = Money.zero
        let items = basis.costs.flatMap(\.allItems)
        for name in remainingCosts {
            guard let item = items.first(where: { $0.name == name }) else {
                throw .unknownLine(name: name, suggestion: Spelling.closest(to: name, among: items.map(\.name)), at: at)
            }
            remaining += basis.total(of: item, in: column, side: .costs)
        }
        return remaining
    }
}

extension BudgetItem {
    /// The item and every item inside it, depth first.
    var allItems: [BudgetItem] {
        switch self {
        case .line: [self]
        case .group(let group): [self] + group.items.flatMap(\.allItems)
        }
    }
}
