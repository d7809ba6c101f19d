extension Budget {
    /// The budget with its contributions computed by a key: unchanged when it already
    /// has a ``ContributionRule``; otherwise the members' contribution lines become
    /// the weights of a key ("last year's contributions as weights") and the rest of
    /// the baten is kept, so that a change in costs is shared the way the contributions
    /// were.
    public func withComputedContributions() -> Budget {
        guard contributionRule == nil else { return self }
        var budget = self
        let column = mainColumn
        let keyName = "bijdragen-\(period.year)"
        let entries = organisation.members.map { member in
            KeyEntry(municipality: member.name, value: Quantity(givenContribution(of: member.name)))
        }
        budget.keys.append(DistributionKey(name: keyName, description: "bijdragen \(period.dutchDescription) als gewicht", source: file, kind: .weights(entries)))
        budget.income = Budget.removing(from: income) { $0.kind == .municipalContribution }
        budget.contributionRule = ContributionRule(keyName: keyName, column: column.name, unit: publicationUnit)
        return budget
    }

    /// The budget with a scenario's changes applied, as it would be in `year`.
    ///
    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - year: the year to apply membership changes for (default: the budget's).
    ///   - appliesIndexation: whether to apply the scenario's indexation (a projection
    ///     applies it per year itself).
    /// - Returns: a new budget; printed figures are dropped (they belong to the source).
    /// - Throws: ``ScenarioError`` naming the change that cannot be applied.
    public func applying(_ scenario: Scenario, year: Int? = nil, appliesIndexation: Bool = true) throws(ScenarioError) -> Budget {
        if let organisationCode = scenario.organisation, organisationCode != organisation.identifier {
            throw .otherOrganisation(scenario: organisationCode, budget: organisation.identifier, at: scenario.organisationOrigin)
        }
        var budget = withComputedContributions()
        budget.stated = StatedFigures()
        for key in scenario.keys {
            budget.keys.removeAll { $0.name == key.name }
            budget.keys.append(key)
        }
        budget.addImplicitInhabitantsKey()
        if budget.settlement != nil, budget.settlement?.settledMembership == nil {
            // The settlement belongs to the members of the year it settles.
            budget.settlement?.settledMembership = SettledMembership(members: budget.organisation.members, keys: budget.keys)
        }
        let year = year ?? period.year
        for change in scenario.changes {
            try budget.apply(change, year: year, appliesIndexation: appliesIndexation)
            try budget.requireBoundedAmounts(at: change.origin)
        }
        return budget
    }

    /// Refuses amounts that together pass the bound every computation relies on
    /// (``Money/largestFileSum`` per side and column), so that no later sum traps.
    /// - Complexity: O(lines × columns), without collecting the lines or hashing a
    ///   column name (a scenario checks this after every change).
    func requireBoundedAmounts(at origin: FieldLocation?) throws(ScenarioError) {
        var totals: [(column: String, total: Int128)] = []
        for side in [costs, income] {
            totals.removeAll(keepingCapacity: true)
            guard Self.amountsWithinBound(side, totals: &totals) else { throw .overflow(at: origin) }
        }
    }

    /// Adds the magnitude of every amount below the entries to its column's total;
    /// false as soon as a total passes ``Money/largestFileSum``.
    private static func amountsWithinBound(_ items: [BudgetItem], totals: inout [(column: String, total: Int128)]) -> Bool {
        for item in items {
            switch item {
            case .line(let line):
                for (column, amount) in line.amounts.entries {
                    let magnitude = Int128(amount.cents.magnitude)
                    if let index = totals.firstIndex(where: { $0.column == column }) {
                        totals[index].total += magnitude
                        guard totals[index].total <= Int128(Money.largestFileSum.cents) else { return false }
                    } else {
                        guard magnitude <= Int128(Money.largestFileSum.cents) else { return false }
                        totals.append((column, magnitude))
                    }
                }
            case .group(let group):
                guard amountsWithinBound(group.items, totals: &totals) else { return false }
            }
        }
        return true
    }

    private mutating func apply(_ change: ScenarioChange, year: Int, appliesIndexation: Bool) throws(ScenarioError) {
        let at = change.origin
        switch change.kind {
        case .indexation(let indexation):
            if appliesIndexation { try index(by: indexation, at: at) }
        case .fte(let function, let delta, let theme, let rate):
            guard let price = rate ?? rates.first(where: { $0.function.lowercased() == function.lowercased() })?.amount else {
                throw .unknownFunction(name: function, suggestion: Spelling.closest(to: function, among: rates.map(\.function)), at: at)
            }
            let function = rates.first(where: { $0.function.lowercased() == function.lowercased() })?.function ?? function
            let theme = try theme.map { name throws(ScenarioError) in try themeName(matching: name, at: at) }
            guard delta <= Self.largestFTEChange, delta >= Quantity.zero - Self.largestFTEChange, !price.isNegative, price.magnitude <= Money.largestFileSum else {
                throw .outOfRange(what: "\(delta.dutch()) fte à \(price.dutch())", at: at)
            }
            let present = BudgetItem.lines(of: costs.filter { item in theme.map { item.name == $0 } ?? true })
                .compactMap(\.capacity).filter { $0.function == function }.map(\.fte).reduce(Quantity.zero, +)
            guard !(present + delta).isNegative else {
                throw .negativeFTE(function: function, theme: theme, present: present, delta: delta, at: at)
            }
            let capacity = Capacity(fte: delta, function: function, rate: price)
            var line = BudgetLine(name: "Scenario: \(delta.isNegative ? "" : "+")\(delta.dutch()) fte \(function)", kind: .personnel, amounts: [:], capacity: capacity)
            for column in columns where !column.isDerived { line.amounts[column.name] = capacity.amount }
            try add(.line(line), side: .costs, group: theme, at: at)
        case .changeLine(let name, let amount):
            try requireLine(name, at: at)
            if amount.isNegative, costLines.contains(where: { $0.name == name }) {
                throw .negativeCostLine(name: name, amount: amount, at: at)
            }
            guard amount.magnitude <= Money.largestFileSum else { throw .overflow(at: at) }
            let column = contributionRule?.column ?? mainColumn.name
            costs = Budget.mapping(costs) { line in line.name == name ? line.setting(amount, in: column) : line }
            income = Budget.mapping(income) { line in line.name == name ? line.setting(amount, in: column) : line }
        case .addLine(let name, let side, let kind, let amount, let group, let theme):
            if side == .costs, amount.isNegative { throw .negativeCostLine(name: name, amount: amount, at: at) }
            guard amount.magnitude <= Money.largestFileSum else { throw .overflow(at: at) }
            var line = BudgetLine(name: name, kind: kind, amounts: [:], theme: theme)
            line.amounts[contributionRule?.column ?? mainColumn.name] = amount
            try add(.line(line), side: side, group: group, at: at)
        case .removeLine(let name):
            try requireLine(name, at: at)
            costs = Budget.removing(from: costs) { $0.name == name }
            income = Budget.removing(from: income) { $0.name == name }
        case .endIncome(let kind):
            income = Budget.removing(from: income) { $0.kind == kind }
        case .removeSettlementComponent(let name):
            guard settlement?.components.contains(where: { $0.name == name }) == true else {
                throw .unknownSettlementComponent(name: name, at: at)
            }
            settlement?.components.removeAll { $0.name == name }
        case .key(let requested, let target, let includesSettlement):
            let name = try keyName(matching: requested, at: at)
            let rekeys: (BudgetGroup) -> Bool
            switch target {
            case .contributions:
                contributionRule?.keyName = name
                rekeys = { _ in false }
            case .everything:
                contributionRule?.keyName = name
                rekeys = { _ in true }
            case .theme(let name):
                let theme = try themeName(matching: name, at: at)
                rekeys = { $0.name == theme }
            }
            costs = costs.map { item in
                guard case .group(var group) = item, group.theme != nil, rekeys(group) else { return item }
                group.theme?.keyName = name
                return .group(group)
            }
            if includesSettlement, var settlement {
                settlement.components = settlement.components.map { component in
                    var changed = component
                    changed.keyName = name
                    return changed
                }
                self.settlement = settlement
            }
        case .phasedKey(let requested, let years, let cap, let target):
            try phaseIn(to: requested, years: years, cap: cap, target: target, firstYear: year, at: at)
        case .memberLeaves(let name, let fromYear, _):
            guard fromYear.map({ year >= $0 }) ?? true else { return }
            guard organisation.member(named: name) != nil else {
                throw .unknownMember(name: name, suggestion: Spelling.closest(to: name, among: organisation.members.map(\.name)), available: organisation.members.map(\.name), at: at)
            }
            guard organisation.members.count > 1 else { throw .noMembersLeft(at: at) }
            for group in themeGroups {
                guard let theme = group.theme else { continue }
                let remaining = theme.participants(among: organisation.members).filter { $0.name != name }
                if remaining.isEmpty { throw .themeWithoutParticipants(theme: group.name, member: name, at: at) }
            }
            organisation.members.removeAll { $0.name == name }
            keys = keys.map { $0.without(name) }
            costs = costs.map { item in
                guard case .group(var group) = item, let theme = group.theme else { return item }
                switch theme.participation {
                case .all: break
                case .only(let names): group.theme?.participation = .only(names.filter { $0 != name })
                case .except(let names): group.theme?.participation = .except(names.filter { $0 != name })
                }
                return .group(group)
            }
        case .memberJoins(let member, let weights, let fromYear, _):
            guard fromYear.map({ year >= $0 }) ?? true else { return }
            guard organisation.member(named: member.name) == nil else { throw .alreadyMember(name: member.name, at: at) }
            for keyName in weights.keys where key(named: keyName) == nil {
                throw .unknownKey(name: keyName, suggestion: Spelling.closest(to: keyName, among: keys.map(\.name)), at: at)
            }
            organisation.members.append(member)
            keys = keys.map { key in weights[key.name].map { key.adding(member.name, weight: $0) } ?? key }
        }
    }

    /// The name of the key a scenario may use whenever every member has inhabitants.
    public static let implicitInhabitantsKeyName = "inwoners"

    /// Adds the key `inwoners` (the members' own inhabitants) when every member has
    /// inhabitants and no key of that name exists.
    mutating func addImplicitInhabitantsKey() {
        guard key(named: Self.implicitInhabitantsKeyName) == nil, !organisation.members.isEmpty,
            organisation.members.allSatisfy({ $0.inhabitants != nil })
        else { return }
        keys.append(DistributionKey(
            name: Self.implicitInhabitantsKeyName, description: "inwoners van de gemeenten (uit 'gemeenten')", source: file, kind: .inhabitants([])))
    }

    /// The largest FTE change a scenario may make (the limit of `fte` in a file).
    static let largestFTEChange = Quantity(10_000)

    /// The theme with this name, matched case-insensitively.
    func themeName(matching name: String, at: FieldLocation?) throws(ScenarioError) -> String {
        let names = themeGroups.map(\.name)
        if let exact = names.first(where: { $0 == name }) ?? names.first(where: { $0.lowercased() == name.lowercased() }) { return exact }
        throw .unknownTheme(name: name, suggestion: Spelling.closest(to: name, among: names), available: names, at: at)
    }

    /// The key with this name, matched case-insensitively.
    func keyName(matching name: String, at: FieldLocation?) throws(ScenarioError) -> String {
        let names = keys.map(\.name)
        if let exact = names.first(where: { $0 == name }) ?? names.first(where: { $0.lowercased() == name.lowercased() }) { return exact }
        throw .unknownKey(name: name, suggestion: Spelling.closest(to: name, among: names), available: names, at: at)
    }

    /// Refuses a variant whose members would have to cover a negative amount: a change
    /// made the other income exceed the costs of a part.
    func requireNonNegativeBases(_ statement: ContributionStatement, scenario: Scenario) throws(ScenarioError) {
        for part in statement.parts where part.coverage.amountToDistribute.isNegative && !part.coverage.isNegativeAmountDeclared {
            let origin = scenario.changes.last?.origin
            throw .negativeContributionBasis(part: part.name, amount: part.coverage.amountToDistribute, at: origin)
        }
    }

    /// An amount grown by a percentage, rounded to cents (rekenkundig): the one
    /// rounding of an indexation, of a line's amounts and of a rate alike.
    static func indexed(_ amount: Money, by percentage: Quantity) -> Money {
        let numerator = Int128(amount.cents) * (100 * Int128(Quantity.unit) + Int128(percentage.millionths))
        return Rounding.cent.round(numerator: numerator, denominator: 100 * Int128(Quantity.unit)).amount
    }

    /// Grows every cost line (and capacity rate) by its category's percentage, to cents.
    mutating func index(by indexation: Indexation, at: FieldLocation?) throws(ScenarioError) {
        var overflowed = false
        func grown(_ amount: Money, _ percentage: Quantity) -> Money {
            let result = Self.indexed(amount, by: percentage)
            if result.magnitude > Money.largestFileSum { overflowed = true }
            return result
        }
        costs = Budget.mapping(costs) { line in
            let percentage = indexation.percentage(for: line)
            guard !percentage.isZero else { return line }
            var changed = line
            if var capacity = line.capacity {
                capacity.rate = grown(capacity.rate, percentage)
                changed.capacity = capacity
                for column in line.amounts.keys { changed.amounts[column] = capacity.amount }
            } else {
                changed.amounts = line.amounts.mapValues { grown($0, percentage) }
            }
            return changed
        }
        if !indexation.nationalGrant.isZero {
            income = Budget.mapping(income) { line in
                guard line.kind == .nationalGrant else { return line }
                var changed = line
                changed.amounts = line.amounts.mapValues { grown($0, indexation.nationalGrant) }
                return changed
            }
        }
        rates = rates.map { rate in
            var changed = rate
            changed.amount = grown(rate.amount, indexation.personnel)
            return changed
        }
        if overflowed { throw .overflow(at: at) }
    }

    private func requireLine(_ name: String, at: FieldLocation?) throws(ScenarioError) {
        let names = costLines.map(\.name) + incomeLines.map(\.name)
        guard names.contains(name) else {
            throw .unknownLine(name: name, suggestion: Spelling.closest(to: name, among: names), at: at)
        }
    }

    /// Adds an item at the top of a side, or at the end of a named group.
    private mutating func add(_ item: BudgetItem, side: BudgetSide, group: String?, at: FieldLocation?) throws(ScenarioError) {
        guard let group else {
            if side == .costs { costs.append(item) } else { income.append(item) }
            return
        }
        let found = side == .costs ? Self.append(item, toGroupNamed: group, in: &costs) : Self.append(item, toGroupNamed: group, in: &income)
        guard found else {
            let groups = sections.map { $0.name.components(separatedBy: " › ").last ?? $0.name }
            throw .unknownTheme(name: group, suggestion: Spelling.closest(to: group, among: groups), at: at)
        }
    }

    /// Appends `item` to the first group named `name`, depth first in file order,
    /// changing only the groups on the way to it; false when there is none.
    private static func append(_ item: BudgetItem, toGroupNamed name: String, in items: inout [BudgetItem]) -> Bool {
        for index in items.indices {
            guard case .group(var candidate) = items[index] else { continue }
            if candidate.name == name {
                candidate.items.append(item)
            } else if !append(item, toGroupNamed: name, in: &candidate.items) {
                continue
            }
            items[index] = .group(candidate)
            return true
        }
        return false
    }

    /// The items with every line transformed.
    static func mapping(_ items: [BudgetItem], _ transform: (BudgetLine) -> BudgetLine) -> [BudgetItem] {
        items.map { item in
            switch item {
            case .line(let line):
                return .line(transform(line))
            case .group(var group):
                group.items = mapping(group.items, transform)
                return .group(group)
            }
        }
    }

    /// The items without the lines that match.
    static func removing(from items: [BudgetItem], where matches: (BudgetLine) -> Bool) -> [BudgetItem] {
        items.compactMap { item in
            switch item {
            case .line(let line): return matches(line) ? nil : item
            case .group(var group):
                group.items = removing(from: group.items, where: matches)
                return .group(group)
            }
        }
    }
}

extension BudgetLine {
    /// The line with `amount` in a column (a capacity line becomes a plain line).
    func setting(_ amount: Money, in column: String) -> BudgetLine {
        var line = self
        line.amounts[column] = amount
        line.capacity = nil
        return line
    }
}

extension DistributionKey {
    /// The key without a member's entry.
    func without(_ member: String) -> DistributionKey {
        var key = self
        key.kind = kind.replacingEntries(kind.entries.filter { $0.municipality != member })
        return key
    }

    /// The key with an entry for a new member: unless the key has no entries, or weighs
    /// the members by their own inhabitants.
    func adding(_ member: String, weight: Quantity) -> DistributionKey {
        var key = self
        guard kind.name.entriesKey != nil, !kind.usesMemberInhabitants else { return key }
        key.kind = kind.replacingEntries(kind.entries + [KeyEntry(municipality: member, value: weight)])
        return key
    }
}
