extension Budget {
    /// Phases a key in: the contributions (or themes) that paid by key A now pay by a
    /// phased key from A to the requested key over `years` years from `firstYear`.
    ///
    /// - Throws: ``ScenarioError`` for an unknown key or theme, a target without a key,
    ///   or a phase-in to the key already in use.
    mutating func phaseIn(to requested: String, years: Int, cap: PhaseInCap?, target: KeyTarget, firstYear: Int, at: FieldLocation?) throws(ScenarioError) {
        let name = try keyName(matching: requested, at: at)
        guard PhaseIn.yearRange.contains(years) else { throw .outOfRange(what: "een ingroei in \(years) jaar", at: at) }
        if case .phased = key(named: name)?.kind { throw .unknownKey(name: requested, suggestion: nil, available: keys.map(\.name), at: at) }
        func phased(from oldKey: String) throws(ScenarioError) -> String {
            guard oldKey != name else { throw .phaseInToSameKey(name: name, at: at) }
            let phaseIn = PhaseIn(fromKey: oldKey, toKey: name, years: years, firstYear: firstYear, cap: cap)
            let keyName = "ingroei \(oldKey) → \(name)"
            keys.removeAll { $0.name == keyName }
            keys.append(DistributionKey(name: keyName, description: "ingroei \(phaseIn.dutchDescription)", kind: .phased(phaseIn), origin: at))
            return keyName
        }
        switch target {
        case .contributions:
            guard let oldKey = contributionRule?.keyName else { throw .unknownKey(name: requested, suggestion: nil, available: [], at: at) }
            contributionRule?.keyName = try phased(from: oldKey)
        case .everything:
            if let oldKey = contributionRule?.keyName { contributionRule?.keyName = try phased(from: oldKey) }
        case .theme: break
        }
        let theme: String?
        switch target {
        case .contributions: return
        case .everything: theme = nil
        case .theme(let requestedTheme): theme = try themeName(matching: requestedTheme, at: at)
        }
        var rekeyed: [BudgetItem] = []
        for item in costs {
            guard case .group(var group) = item, let oldKey = group.theme?.keyName, theme.map({ $0 == group.name }) ?? true else {
                rekeyed.append(item)
                continue
            }
            group.theme?.keyName = try phased(from: oldKey)
            rekeyed.append(.group(group))
        }
        costs = rekeyed
    }
}
