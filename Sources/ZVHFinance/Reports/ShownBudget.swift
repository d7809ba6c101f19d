/// The amounts of a budget as a report shows them: rounded to the display unit so that
/// every shown group equals the sum of its shown lines and every shown total the sum of
/// its shown groups, and differences and results follow from the shown amounts.
struct ShownBudget {
    /// A position in the budget: side (0 lasten, 1 baten) then item indices.
    typealias Path = [Int]

    private(set) var amounts: [String: [Path: Money]] = [:]
    private(set) var totalCosts: [String: Money] = [:]
    private(set) var totalIncome: [String: Money] = [:]

    /// Computes the shown amounts of every column.
    /// - Parameters:
    ///   - budget: the budget.
    ///   - computed: computed member contributions, shown as an extra baten group in
    ///     their column (path `[1, income.count, member]`).
    ///   - unit: the display unit.
    init(budget: Budget, computed: (column: Column, members: [MemberContribution])?, unit: RoundingUnit) {
        let baseColumns = budget.columns.filter { !$0.isDerived }
        for column in baseColumns {
            var shown: [Path: Money] = [:]
            let costs = budget.costs.map { budget.total(of: $0, in: column, side: .costs) }
            var income = budget.income.map { budget.total(of: $0, in: column, side: .income) }
            let contributions = computed.flatMap { $0.column == column ? $0.members : nil }
            if let contributions { income.append(contributions.map(\.contribution).sum()) }
            let shownCosts = PresentationRounding.shownTotal(costs.sum(), unit: unit)
            let shownIncome = PresentationRounding.shownTotal(income.sum(), unit: unit)
            totalCosts[column.name] = shownCosts
            totalIncome[column.name] = shownIncome
            let costParts = PresentationRounding.distribute(costs, to: shownCosts, unit: unit)
            for (index, item) in budget.costs.enumerated() {
                Self.spread(item, shown: costParts[index], path: [0, index], budget: budget, column: column, side: .costs, unit: unit, into: &shown)
            }
            let incomeParts = PresentationRounding.distribute(income, to: shownIncome, unit: unit)
            for (index, item) in budget.income.enumerated() {
                Self.spread(item, shown: incomeParts[index], path: [1, index], budget: budget, column: column, side: .income, unit: unit, into: &shown)
            }
            if let contributions {
                let groupPath = [1, budget.income.count]
                let groupShown = incomeParts[budget.income.count]
                shown[groupPath] = groupShown
                let memberParts = PresentationRounding.distribute(contributions.map(\.contribution), to: groupShown, unit: unit)
                for (index, part) in memberParts.enumerated() { shown[groupPath + [index]] = part }
            }
            amounts[column.name] = shown
        }
        for column in budget.columns {
            guard case .difference(let compared, let base) = column.kind,
                let comparedShown = amounts[compared], let baseShown = amounts[base]
            else { continue }
            var shown: [Path: Money] = [:]
            for (path, value) in comparedShown {
                let change = value - (baseShown[path] ?? .zero)
                shown[path] = path.first == 1 ? change : -change
            }
            for (path, value) in baseShown where comparedShown[path] == nil {
                shown[path] = path.first == 1 ? -value : value
            }
            amounts[column.name] = shown
            totalCosts[column.name] = (totalCosts[base] ?? .zero) - (totalCosts[compared] ?? .zero)
            totalIncome[column.name] = (totalIncome[compared] ?? .zero) - (totalIncome[base] ?? .zero)
        }
    }

    private static func spread(
        _ item: BudgetItem, shown: Money, path: Path, budget: Budget, column: Column, side: BudgetSide, unit: RoundingUnit,
        into result: inout [Path: Money]
    ) {
        result[path] = shown
        guard case .group(let group) = item else { return }
        let exact = group.items.map { budget.total(of: $0, in: column, side: side) }
        let parts = PresentationRounding.distribute(exact, to: shown, unit: unit)
        for (index, child) in group.items.enumerated() {
            spread(child, shown: parts[index], path: path + [index], budget: budget, column: column, side: side, unit: unit, into: &result)
        }
    }

    /// The shown amount at a path in a column.
    func amount(_ column: Column, _ path: Path) -> Money {
        amounts[column.name]?[path] ?? .zero
    }

    /// The shown resultaat of a column: shown baten − shown lasten; for a difference
    /// column the compared result minus the base result (lasten and baten there are
    /// both oriented so that `+` is voordeel).
    func result(_ column: Column) -> Money {
        switch column.kind {
        case .difference:
            return (totalIncome[column.name] ?? .zero) + (totalCosts[column.name] ?? .zero)
        default:
            return (totalIncome[column.name] ?? .zero) - (totalCosts[column.name] ?? .zero)
        }
    }
}
