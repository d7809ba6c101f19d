extension Budget {
    /// Computes what every member pays under this budget.
    ///
    /// With a ``ContributionRule`` the amount not covered by other income is split by
    /// the rule's key; otherwise the members' contribution lines are summed. The
    /// settlement components, if any, are each split by their key and added.
    /// - Returns: the statement, members in file order.
    /// - Throws: ``ContributionError`` naming the place in the file that prevents it.
    public func contributions() throws(ContributionError) -> ContributionStatement {
        let members = organisation.members
        let column: Column
        let basis: ContributionStatement.Basis
        var entries: [MemberContribution]

        if let rule = contributionRule {
            guard let ruleColumn = self.column(named: rule.column) else {
                throw .unknownColumn(name: rule.column, origin: rule.origin)
            }
            column = ruleColumn
            let key = try key(named: rule.keyName, referencedAt: rule.origin)
            let otherIncome = incomeLines.filter { $0.kind != .municipalContribution }
                .map { NamedAmount(name: $0.name, amount: amount(of: $0, in: column, side: .income)) }
            let costs = totalCosts(in: column)
            let coverage = CostCoverage(costs: costs, otherIncome: otherIncome, amountToDistribute: costs - otherIncome.map(\.amount).sum())
            let split = try key.split(coverage.amountToDistribute, over: members, members: members, unit: rule.unit)
            basis = .computed(coverage, split)
            entries = members.indices.map { index in
                MemberContribution(
                    municipality: members[index].name, weight: split.weights[index],
                    totalWeightMillionths: split.allocation.totalWeightMillionths, contribution: split.parts[index],
                    lines: [], settlementParts: [], inhabitants: members[index].inhabitants?.count)
            }
        } else {
            column = mainColumn
            basis = .givenLines
            let contributionLines = incomeLines.filter { $0.kind == .municipalContribution }
            for line in contributionLines {
                if let name = line.municipality, organisation.member(named: name) == nil {
                    throw .lineNamesNonMember(name: name, origin: line.origin)
                }
            }
            let amounts = members.map { member in
                contributionLines.filter { $0.municipality == member.name }.map { amount(of: $0, in: column, side: .income) }.sum()
            }
            let totalWeight = amounts.reduce(Int128(0)) { $0 + Int128(Quantity($1).millionths) }
            entries = members.indices.map { index in
                MemberContribution(
                    municipality: members[index].name, weight: Quantity(amounts[index]), totalWeightMillionths: totalWeight,
                    contribution: amounts[index], lines: contributionLines.filter { $0.municipality == members[index].name },
                    settlementParts: [], inhabitants: members[index].inhabitants?.count)
            }
        }

        var settlementSplits: [SettlementSplit] = []
        for component in settlement?.components ?? [] {
            let key = try key(named: component.keyName, referencedAt: component.origin)
            let split = try key.split(component.amount, over: members, members: members, unit: contributionRule?.unit ?? publicationUnit)
            settlementSplits.append(SettlementSplit(component: component, split: split))
            for index in entries.indices { entries[index].settlementParts.append(split.parts[index]) }
        }
        return ContributionStatement(column: column, basis: basis, settlementSplits: settlementSplits, members: entries)
    }

    private func key(named name: String, referencedAt origin: FieldLocation) throws(ContributionError) -> DistributionKey {
        guard let key = key(named: name) else { throw .unknownKey(name: name, origin: origin) }
        return key
    }
}
