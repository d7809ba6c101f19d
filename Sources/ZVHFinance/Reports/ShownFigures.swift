/// The figures of a budget as a report shows them: rounded to the display unit (the one
/// step where a budget's figures are rounded for display) so that every shown group
/// equals the sum of its shown entries and every shown total the sum of its shown
/// groups; difference columns and results follow from the shown amounts.
struct ShownFigures {
    /// One entry's shown amounts, per column, with its children.
    struct Entry {
        var amounts: [Money?]
        var children: [Entry]
    }

    var costs: [Entry]
    var income: [Entry]
    var reserveMovements: [Entry]
    var totalCosts: [Money]
    var totalIncome: [Money]
    var totalReserveMovements: [Money]
    /// The saldo van baten en lasten: shown baten − shown lasten.
    var balance: [Money]
    var result: [Money]

    /// Rounds exact figures for display.
    /// - Complexity: O(entries × columns × log entries).
    init(_ figures: BudgetFigures, unit: RoundingUnit) {
        let columns = figures.columns
        let names = columns.map(\.name)
        func blank(_ entries: [BudgetFigures.Entry]) -> [Entry] {
            entries.map { Entry(amounts: [Money?](repeating: nil, count: columns.count), children: blank($0.children)) }
        }
        var costs = blank(figures.costs)
        var income = blank(figures.income)
        var movements = blank(figures.reserveMovements)
        var totalCosts = [Money](repeating: .zero, count: columns.count)
        var totalIncome = [Money](repeating: .zero, count: columns.count)
        var totalMovements = [Money](repeating: .zero, count: columns.count)
        func spread(_ exact: [BudgetFigures.Entry], to shown: inout [Entry], total: Money, column: Int) {
            let parts = PresentationRounding.distribute(exact.map { $0.amounts[column] ?? .zero }, to: total, unit: unit)
            for index in exact.indices {
                shown[index].amounts[column] = exact[index].amounts[column] == nil ? nil : parts[index]
                spread(exact[index].children, to: &shown[index].children, total: parts[index], column: column)
            }
        }
        for column in columns.indices where !columns[column].isDerived {
            totalCosts[column] = PresentationRounding.shownTotal(figures.totalCosts[column], unit: unit)
            totalIncome[column] = PresentationRounding.shownTotal(figures.totalIncome[column], unit: unit)
            spread(figures.costs, to: &costs, total: totalCosts[column], column: column)
            spread(figures.income, to: &income, total: totalIncome[column], column: column)
            totalMovements[column] = PresentationRounding.shownTotal(figures.totalReserveMovements[column], unit: unit)
            spread(figures.reserveMovements, to: &movements, total: totalMovements[column], column: column)
        }
        func derive(_ entries: inout [Entry], column: Int, compared: Int, base: Int, sign: Int64) {
            for index in entries.indices {
                let change = (entries[index].amounts[compared] ?? .zero) - (entries[index].amounts[base] ?? .zero)
                entries[index].amounts[column] = Money(cents: change.cents * sign)
                derive(&entries[index].children, column: column, compared: compared, base: base, sign: sign)
            }
        }
        var balance = [Money](repeating: .zero, count: columns.count)
        for (column, definition) in columns.enumerated() {
            switch definition.kind {
            case .budgeted, .actual, .expected, .amendment:
                balance[column] = totalIncome[column] - totalCosts[column]
            case .difference(let comparedName, let baseName):
                guard let compared = names.firstIndex(of: comparedName), let base = names.firstIndex(of: baseName) else { continue }
                derive(&costs, column: column, compared: compared, base: base, sign: -1)
                derive(&income, column: column, compared: compared, base: base, sign: 1)
                derive(&movements, column: column, compared: compared, base: base, sign: 1)
                totalCosts[column] = totalCosts[base] - totalCosts[compared]
                totalIncome[column] = totalIncome[compared] - totalIncome[base]
                totalMovements[column] = totalMovements[compared] - totalMovements[base]
                balance[column] = totalIncome[column] + totalCosts[column]
            }
        }
        self.costs = costs
        self.income = income
        self.reserveMovements = movements
        self.totalCosts = totalCosts
        self.totalIncome = totalIncome
        self.totalReserveMovements = totalMovements
        self.balance = balance
        self.result = columns.indices.map { balance[$0] + totalMovements[$0] }
    }
}
