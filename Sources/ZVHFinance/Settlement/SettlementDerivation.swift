/// The settlement of a closed year derived from its jaarrekening: the result split into
/// components that add up to it exactly — lasten under or over budget, each kind of baten
/// more or less than budgeted, and the gap of a begroting that was not sluitend — each
/// component that is settled split over that year's members by a key.
///
/// `result = (begrote lasten − werkelijke lasten) + Σ per soort (werkelijke baten −
/// begrote baten) + (begrote baten − begrote lasten)`: an identity, so the components
/// always add up to the result.
///
/// ```swift
/// let derivation = try SettlementDerivation(AnalysedBudget(jaarrekening2021))
/// derivation.result                 // 83.584 (+ = voordeel)
/// derivation.settlement.total       // −83.584: returned to the members
/// ```
public struct SettlementDerivation: Sendable {
    /// Where a component comes from.
    public enum Origin: Hashable, Sendable {
        /// The lasten: budgeted minus actual.
        case costs
        /// One kind of baten: actual minus budgeted.
        case income(LineKind)
        /// The begroting itself: its baten minus its lasten (the gap of a begroting
        /// that was not sluitend).
        case budgetGap

        /// The name a controller types to refer to the component (`lasten`, `pok`,
        /// `begrotingssaldo`).
        public var identifier: String {
            switch self {
            case .costs: "lasten"
            case .income(let kind): kind.rawValue
            case .budgetGap: "begrotingssaldo"
            }
        }
    }

    /// One part of the result.
    public struct Component: Hashable, Sendable {
        /// Where the part comes from (several when components were merged).
        public var origins: [Origin]
        /// The name as a report shows it (`onderbesteding lasten 2021`).
        public var name: String
        /// The amount budgeted for what the component compares (nil for the gap).
        public var budgeted: Money?
        /// The actual amount (nil for the gap).
        public var actual: Money?
        /// The component's part of the result, `+` = voordeel.
        public var result: Money
        /// Where the figures come from, in words.
        public var explanation: String
        /// Whether the component is settled with the members (in full or for the part the
        /// adopted resultaatbestemming leaves); otherwise it goes to (or comes from) a reserve.
        public var isSettled: Bool
        /// The split over the members, for a settled component.
        public var split: KeySplit?
        /// What the adopted resultaatbestemming gives to a reserve (`+` = toevoeging).
        public var toReserve: Money = .zero
        /// The reserve the adopted resultaatbestemming names, if any.
        public var reserve: String? = nil

        /// The part settled with the members (`+` = voordeel returned): the result
        /// minus what goes to a reserve; zero when the component is not settled.
        public var settledPart: Money { isSettled ? result - toReserve : .zero }
        /// The part that goes to (or comes from) a reserve: the result minus the settled
        /// part, so the two always add up to the result.
        public var reservedPart: Money { result - settledPart }

        /// The identifier a controller types (`lasten`, `pok`; merged: `lasten+pok`).
        public var identifier: String { origins.map(\.identifier).joined(separator: "+") }
        /// The effect on the members' contributions: the settled part negated (a voordeel
        /// is returned, so it lowers what they pay).
        public var settlementAmount: Money { -settledPart }
        /// The members' parts of the split added up (nil when not split): what must
        /// equal ``settlementAmount``.
        public var splitSum: Money? { split?.parts.sum() }
    }

    /// The jaarrekening.
    public let budget: Budget
    /// The column with the (initial) budget.
    public let budgetColumn: Column
    /// The column with the realisation (the most complete: realised plus expected).
    public let realisationColumn: Column
    /// The result of the year, `+` = voordeel.
    public let result: Money
    /// The components, adding up exactly to ``result``.
    public let components: [Component]
    /// The key that splits the settled components.
    public let key: DistributionKey
    /// Whether the key was derived from the year's contributions (and so must be
    /// written along with the settlement).
    public let keyIsDerived: Bool
    /// The members the settlement is split over, in file order.
    public let members: [String]
    /// The settled components as the `verrekening` of a begroting, with the parts the
    /// adopted resultaatbestemming gives to reserves.
    public let settlement: Settlement
    /// The adopted resultaatbestemming the derivation follows (the jaarrekening's
    /// `vastgestelde-resultaatbestemming`), nil when the file records none.
    public let adoption: AdoptedAppropriation?

    /// Derives the settlement of a jaarrekening.
    ///
    /// - Parameters:
    ///   - analysed: the jaarrekening, analysed once.
    ///   - keyName: the key to split by (from the file or `extraKeys`); nil for the key
    ///     of that year (its contribution rule's key, or the contributions as weights).
    ///   - extraKeys: keys from elsewhere (another budget file) that `keyName` may name.
    ///   - merging: groups of component identifiers to merge into one component each.
    ///   - unsettled: identifiers of components not settled (added to a reserve).
    /// - Throws: ``SettlementError`` naming what prevents the derivation.
    /// - Complexity: O(lines × columns + components × members log members).
    public init(
        _ analysed: AnalysedBudget, keyName: String? = nil, extraKeys: [DistributionKey] = [], merging: [[String]] = [], unsettled: [String] = []
    ) throws(SettlementError) {
        let budget = analysed.budget
        guard budget.kind == .jaarrekening else { throw .notAnAccount(file: budget.file) }
        let readColumns = budget.columns.filter { !$0.isDerived }
        guard let budgetColumn = readColumns.first(where: { $0.kind == .budgeted }) else { throw .noBudgetColumn(file: budget.file) }
        guard let realisationColumn = readColumns.last(where: { $0.kind == .actual || $0.kind == .expected }) else {
            throw .noRealisationColumn(file: budget.file)
        }
        self.budget = budget
        self.budgetColumn = budgetColumn
        self.realisationColumn = realisationColumn
        let figures = analysed.figures
        guard let budgetIndex = budget.columns.firstIndex(of: budgetColumn), let actualIndex = budget.columns.firstIndex(of: realisationColumn) else {
            throw .noBudgetColumn(file: budget.file)
        }
        result = figures.result[actualIndex]
        let year = budget.period.year

        var derived: [Component] = []
        let budgetedCosts = figures.totalCosts[budgetIndex]
        let actualCosts = figures.totalCosts[actualIndex]
        let costResult = budgetedCosts - actualCosts
        let costName = costResult.isNegative ? "overschrijding lasten \(year)" : "onderbesteding lasten \(year)"
        derived.append(Component(
            origins: [.costs], name: costName, budgeted: budgetedCosts, actual: actualCosts, result: costResult,
            explanation: "lasten \"\(budgetColumn.heading)\" \(budgetedCosts.dutch()) − \"\(realisationColumn.heading)\" \(actualCosts.dutch())",
            isSettled: true))
        for kind in LineKind.incomeKinds {
            let budgeted = Self.income(of: kind, in: budgetColumn, index: budgetIndex, analysed: analysed)
            let actual = Self.income(of: kind, in: realisationColumn, index: actualIndex, analysed: analysed)
            let difference = actual - budgeted
            guard !difference.isZero else { continue }
            let label = Self.incomeLabel(kind)
            let name: String
            if budgeted.isZero {
                name = "\(label) \(year) niet begroot"
            } else if actual.isZero {
                name = "\(label) \(year) begroot, niet ontvangen"
            } else {
                name = "\(label) \(year) \(difference.isNegative ? "minder" : "meer") dan begroot"
            }
            derived.append(Component(
                origins: [.income(kind)], name: name, budgeted: budgeted, actual: actual, result: difference,
                explanation: "baten \(label): \"\(realisationColumn.heading)\" \(actual.dutch()) − \"\(budgetColumn.heading)\" \(budgeted.dutch())",
                isSettled: true))
        }
        let gap = figures.result[budgetIndex]
        if !gap.isZero {
            derived.append(Component(
                origins: [.budgetGap], name: gap.isNegative ? "tekort in de begroting \(year) (niet sluitend)" : "overschot in de begroting \(year) (niet sluitend)",
                budgeted: nil, actual: nil, result: gap,
                explanation: "baten \(figures.totalIncome[budgetIndex].dutch()) − lasten \(figures.totalCosts[budgetIndex].dutch())"
                    + (figures.totalReserveMovements[budgetIndex].isZero ? "" : " + mutaties reserves \(figures.totalReserveMovements[budgetIndex].dutch())")
                    + " in \"\(budgetColumn.heading)\"",
                isSettled: true))
        }
        var components = try Self.merged(derived, groups: merging, file: budget.file)
        var known: [String] = []
        for name in components.flatMap({ [$0.identifier] + $0.origins.map(\.identifier) }) where !known.contains(name) { known.append(name) }
        for identifier in unsettled {
            guard let index = components.firstIndex(where: { $0.identifier == identifier || $0.origins.map(\.identifier).contains(identifier) }) else {
                throw .unknownComponent(name: identifier, known: known)
            }
            if components[index].origins.count > 1, components[index].identifier != identifier {
                throw .partlyUnsettledMerge(name: identifier, merged: components[index].identifier)
            }
            components[index].isSettled = false
        }
        let adopted = budget.adoptedAppropriation
        adoption = adopted
        if let adopted { try Self.apply(adopted, to: &components, file: budget.file) }

        let key = try Self.key(named: keyName, analysed: analysed, extraKeys: extraKeys)
        self.key = key.key
        keyIsDerived = key.isDerived
        let memberList = budget.organisation.members
        members = memberList.map(\.name)
        let settled = components.filter(\.isSettled).map { component in
            SettlementComponent(
                name: component.name, amount: component.settlementAmount, keyName: key.key.name,
                explanation: component.explanation + (component.appropriationText.map { "; \($0)" } ?? ""))
        }
        var settlement = Settlement(settledYear: year, description: "Verrekening \(year)", components: settled)
        settlement.reserveParts = components.compactMap { component in
            guard let reserve = component.reserve, !component.reservedPart.isZero else { return nil }
            return SettlementReservePart(name: component.name, reserve: reserve, amount: component.reservedPart, explanation: adopted?.dutchDescription)
        }
        let splits: [SettlementSplit]
        do throws(ContributionError) {
            splits = try settlement.splits(over: memberList, keys: budget.keys + extraKeys + (key.isDerived ? [key.key] : []), unit: budget.publicationUnit)
        } catch {
            throw .split(file: budget.file, error)
        }
        var next = splits.makeIterator()
        for index in components.indices where components[index].isSettled {
            components[index].split = next.next()?.split
        }
        self.components = components
        self.settlement = settlement
    }

    /// The sum of the settled parts (`+` = voordeel returned).
    public var settledResult: Money { components.map(\.settledPart).sum() }
    /// The sum of the parts left to a reserve (`+` = toevoeging).
    public var unsettledResult: Money { components.map(\.reservedPart).sum() }
    /// Whether the components add up to the result exactly (always, by construction).
    public var componentsAddUp: Bool { components.map(\.result).sum() == result }

    /// A member's total settlement over the settled components (negative: returned).
    public func settlement(of member: String) -> Money {
        guard let index = members.firstIndex(of: member) else { return .zero }
        return components.compactMap { $0.split?.parts[index] }.sum()
    }

    /// The baten of one kind in a column; computed contributions count as municipal
    /// contributions in their column.
    static func income(of kind: LineKind, in column: Column, index: Int, analysed: AnalysedBudget) -> Money {
        let budget = analysed.budget
        var total = budget.incomeLines.filter { ($0.kind ?? .other) == kind }.map { budget.amount(of: $0, in: column, side: .income) }.sum()
        if kind == .municipalContribution, analysed.figures.contributionsColumn == index, let statement = analysed.statement {
            total += statement.totalDistributed
        }
        return total
    }

    /// How a report names a kind of baten.
    public static func incomeLabel(_ kind: LineKind) -> String {
        switch kind {
        case .nationalGrant: "rijksbijdrage"
        case .pokFunds: "POK-gelden"
        case .municipalContribution: "bijdragen gemeenten"
        case .hostMunicipality: "bijdrage centrumgemeente"
        case .chainPartners: "bijdragen ketenpartners"
        case .reserveAddition: "toevoeging reserve"
        case .reserveWithdrawal: "onttrekking reserve"
        case .other: "overige baten"
        case .personnel: "personeel"
        case .material: "materieel"
        }
    }

    static func merged(_ components: [Component], groups: [[String]], file: String) throws(SettlementError) -> [Component] {
        var result = components
        let known = components.map(\.identifier)
        for group in groups {
            guard group.count >= 2 else { throw .mergeNeedsTwo(group: group.joined(separator: ",")) }
            var indices: [Int] = []
            for identifier in group {
                guard let index = result.firstIndex(where: { $0.origins.count == 1 && $0.identifier == identifier }) else {
                    throw .unknownComponent(name: identifier, known: known)
                }
                indices.append(index)
            }
            let parts = indices.sorted().map { result[$0] }
            let merged = Component(
                origins: parts.flatMap(\.origins), name: parts.map(\.name).joined(separator: " + "), budgeted: nil, actual: nil,
                result: parts.map(\.result).sum(), explanation: parts.map(\.explanation).joined(separator: "; "), isSettled: true)
            let first = indices.min() ?? 0
            for index in indices.sorted(by: >) { result.remove(at: index) }
            result.insert(merged, at: min(first, result.count))
        }
        return result
    }

    static func key(named name: String?, analysed: AnalysedBudget, extraKeys: [DistributionKey]) throws(SettlementError) -> (key: DistributionKey, isDerived: Bool) {
        let budget = analysed.budget
        let available = budget.keys + extraKeys
        if let name {
            guard let key = available.first(where: { $0.name == name }) else {
                throw .unknownKey(name: name, available: available.map(\.name))
            }
            return (key, false)
        }
        if let rule = budget.contributionRule, let keyName = rule.keyName, budget.themeGroups.isEmpty, let key = budget.key(named: keyName) {
            return (key, false)
        }
        guard let statement = analysed.statement, !statement.totalContribution.isZero else {
            throw .noYearKey(file: budget.file, available: available.map(\.name))
        }
        let year = budget.period.year
        let entries = statement.members.map { KeyEntry(municipality: $0.municipality, value: Quantity($0.contribution)) }
        let key = DistributionKey(
            name: "bijdragen-\(year)", description: "bijdragen gemeenten \(year)",
            source: "kolom '\(statement.column.heading)' van \(budget.title) (\(budget.source.dutchDescription))", kind: .weights(entries))
        return (key, true)
    }
}
