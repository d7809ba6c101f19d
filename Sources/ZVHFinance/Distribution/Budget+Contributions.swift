extension Budget {
    /// Computes what every member pays under this budget.
    ///
    /// With a ``ContributionRule`` the amount not covered by other income is split by a
    /// key: the general costs by the rule's key over all members, each theme's costs
    /// (minus the income lines of that theme) by the theme's key over its participants.
    /// Without a rule, contributions are the members' contribution lines. The
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
            let parts = try financingParts(rule: rule, column: column)
            basis = .computed(parts)
            let byMember = parts.map { Self.amountsInMemberOrder(participants: $0.participants, parts: $0.split.parts, members: members) }
            entries = members.indices.map { index in
                let amounts = byMember.map { $0[index] }
                return MemberContribution(
                    municipality: members[index].name, contribution: amounts.sum(), share: Share(.zero, of: .zero),
                    partAmounts: amounts, lines: [], settlementParts: [], inhabitants: members[index].inhabitants?.count)
            }
            if parts.count == 1, let split = parts.first?.split, split.participants.count == members.count, split.components.isEmpty {
                for index in entries.indices {
                    entries[index].keyWeight = split.weights[index]
                    entries[index].keyWeightTotalMillionths = split.allocation.totalWeightMillionths
                }
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
            var byMember: [String: [BudgetLine]] = [:]
            for line in contributionLines { if let name = line.municipality { byMember[name, default: []].append(line) } }
            let amounts = members.map { member in
                (byMember[member.name] ?? []).map { amount(of: $0, in: column, side: .income) }.sum()
            }
            entries = members.indices.map { index in
                MemberContribution(
                    municipality: members[index].name, contribution: amounts[index], share: Share(.zero, of: .zero),
                    lines: byMember[members[index].name] ?? [],
                    settlementParts: [], inhabitants: members[index].inhabitants?.count)
            }
        }
        let roundingDifference: Money
        let hasRoundingLine: Bool
        switch basis {
        case .computed(let parts):
            roundingDifference = parts.map(\.split.roundingDifference).sum()
            hasRoundingLine = contributionRule?.method == .perMunicipality
        case .givenLines:
            roundingDifference = stated.roundingDifference[column.name]?.amount ?? .zero
            hasRoundingLine = stated.roundingDifference[column.name] != nil
        }
        let total = entries.map(\.contribution).sum() + roundingDifference
        for index in entries.indices { entries[index].share = Share(entries[index].contribution, of: total) }

        let settlementSplits = try settlement?.splits(over: members, keys: keys, unit: contributionRule?.unit ?? publicationUnit, year: period.year) ?? []
        if let settled = settlement?.settledMembership, !settled.members.elementsEqual(members, by: { $0.name == $1.name }) {
            // A member of the settled year that has left keeps its part: it stays in
            // the statement with no contribution; a member that joined gets no part.
            for former in settled.members where organisation.member(named: former.name) == nil {
                entries.append(MemberContribution(
                    municipality: former.name, contribution: .zero, share: Share(.zero, of: total),
                    partAmounts: entries.first.map { Array(repeating: .zero, count: $0.partAmounts.count) } ?? [],
                    lines: [], settlementParts: [], inhabitants: former.inhabitants?.count, isFormerMember: true))
            }
            for split in settlementSplits {
                let byName = Dictionary(zip(split.split.participants, split.split.parts), uniquingKeysWith: { first, _ in first })
                for index in entries.indices { entries[index].settlementParts.append(byName[entries[index].municipality] ?? .zero) }
            }
        } else {
            // Split over the members of the statement, in its order (the settled year's
            // members when they are the same).
            for index in entries.indices { entries[index].settlementParts = settlementSplits.map { $0.split.parts[index] } }
        }
        return ContributionStatement(
            column: column, basis: basis, settlementSplits: settlementSplits, members: entries, roundingDifference: roundingDifference,
            hasRoundingLine: hasRoundingLine)
    }

    /// The contributions computed in each further column of the rule (``ContributionRule/otherColumns``),
    /// each by the same key and without the settlement, which belongs to the budget year.
    /// - Complexity: one ``contributions()`` per column.
    public func otherColumnContributions() -> [(column: String, contributions: Result<ContributionStatement, ContributionError>)] {
        guard let rule = contributionRule else { return [] }
        return rule.otherColumns.map { name in
            var budget = self
            budget.contributionRule?.column = name
            budget.contributionRule?.otherColumns = []
            budget.settlement = nil
            return (name, Result { () throws(ContributionError) in try budget.contributions() })
        }
    }

    /// A part's amounts in member order, zero for a member outside it (its participants'
    /// amounts summed per name). When the participants follow the member order, as the
    /// members of a theme do, by walking both lists without hashing a name.
    /// - Complexity: O(members + participants).
    static func amountsInMemberOrder(participants: [String], parts: [Money], members: [Municipality]) -> [Money] {
        var amounts: [Money] = []
        amounts.reserveCapacity(members.count)
        var position = 0
        for member in members {
            if position < participants.count, participants[position] == member.name {
                amounts.append(parts[position])
                position += 1
            } else {
                amounts.append(.zero)
            }
        }
        guard position < participants.count else { return amounts }
        let byParticipant = Dictionary(zip(participants, parts), uniquingKeysWith: +)
        return members.map { byParticipant[$0.name] ?? .zero }
    }

    /// The themes of the budget: its top-level cost groups that carry a theme.
    public var themeGroups: [BudgetGroup] {
        costs.compactMap { item in
            if case .group(let group) = item, group.theme != nil { return group }
            return nil
        }
    }

    /// The general part (costs outside themes, income not tied to a theme) and one part
    /// per theme, each split by its key.
    private func financingParts(rule: ContributionRule, column: Column) throws(ContributionError) -> [FinancingPart] {
        let members = organisation.members
        let otherIncome = incomeLines.filter { $0.kind != .municipalContribution }
        func coverage(costs: Money, income: [BudgetLine]) -> CostCoverage {
            let named = income.map { NamedAmount(name: $0.name, amount: amount(of: $0, in: column, side: .income), isPassedOn: $0.isPassedOn) }
            return CostCoverage(costs: costs, otherIncome: named, amountToDistribute: costs - named.map(\.amount).sum())
        }
        var parts: [FinancingPart] = []
        let themes = themeGroups
        if hasGeneralPart {
            let generalIncome = otherIncome.filter { $0.theme == nil }
            let general = coverage(costs: generalCosts.map { total(of: $0, in: column, side: .costs) }.sum(), income: generalIncome)
            guard let keyName = rule.keyName else { throw .missingGeneralKey(origin: rule.origin) }
            let key = try key(named: keyName, referencedAt: rule.origin)
            let split = try key.split(general.amountToDistribute, over: members, members: members, unit: rule.unit, keys: keys, method: rule.method, year: period.year)
            parts.append(FinancingPart(name: themes.isEmpty ? "bijdrage" : "algemeen", isTheme: false, coverage: general, split: split))
        }
        for group in themes {
            guard let theme = group.theme else { continue }
            let part = coverage(costs: total(of: .group(group), in: column, side: .costs), income: otherIncome.filter { $0.theme == group.name })
            let key = try key(named: theme.keyName, referencedAt: theme.origin)
            let participants = theme.participants(among: members)
            let split: KeySplit
            do {
                split = try key.split(part.amountToDistribute, over: participants, members: members, unit: rule.unit, keys: keys, method: rule.method, year: period.year)
            } catch .allocationFailed(.allWeightsZero, let keyName, _) {
                throw .themeWeightsZero(theme: group.name, key: keyName, participants: participants.map(\.name), origin: theme.origin)
            }
            parts.append(FinancingPart(name: group.name, isTheme: true, coverage: part, split: split))
        }
        return parts
    }

    /// The cost entries outside themes.
    var generalCosts: [BudgetItem] {
        costs.filter { item in
            if case .group(let group) = item, group.theme != nil { return false }
            return true
        }
    }

    /// Whether there is a general part to split by the main key: there are no themes,
    /// or there are costs outside them, or income not tied to a theme.
    var hasGeneralPart: Bool {
        themeGroups.isEmpty || !generalCosts.isEmpty
            || incomeLines.contains { $0.theme == nil && $0.kind != .municipalContribution }
    }

    /// The members who pay by each key: the participants of every part and settlement
    /// component that uses it.
    public var participantsByKey: [String: [String]] {
        var result: [String: [String]] = [:]
        func add(_ key: String?, _ names: [String]) {
            guard let key else { return }
            var seen = Set(result[key] ?? [])
            for name in names where seen.insert(name).inserted { result[key, default: []].append(name) }
        }
        let all = organisation.members.map(\.name)
        if let rule = contributionRule, hasGeneralPart { add(rule.keyName, all) }
        for group in themeGroups {
            if let theme = group.theme { add(theme.keyName, theme.participants(among: organisation.members).map(\.name)) }
        }
        for component in settlement?.components ?? [] { add(component.keyName, all) }
        return result
    }

    private func key(named name: String, referencedAt origin: FieldLocation?) throws(ContributionError) -> DistributionKey {
        guard let key = key(named: name) else { throw .unknownKey(name: name, origin: origin) }
        return key
    }
}
