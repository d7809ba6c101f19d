/// The split of a budget's figures into incidental and structural (BBV art. 19 and the
/// Commissie BBV's notitie structurele en incidentele baten en lasten): the overview of
/// incidentele baten en lasten and the structural balance, per column that holds amounts.
///
/// A line is incidental as ``BudgetLine/isIncidental`` says (reserve movements unless
/// stated otherwise); computed contributions are structural. The structural balance is
/// the resultaat without the incidental items: structural baten − structural lasten; a
/// budget is *structureel sluitend* when it is not negative.
///
/// ```swift
/// let split = IncidentalSplit(analysed.figures)
/// split.structuralBalance      // per column
/// split.incidentalIncome       // the POK lines, with their years
/// ```
public struct IncidentalSplit: Hashable, Sendable {
    /// One incidental line with its amount per column.
    public struct Item: Hashable, Sendable {
        /// The label.
        public var name: String
        /// The code, if any.
        public var code: String?
        /// The years the line occurs, as the file names them (empty: not named).
        public var years: [Int]
        /// Whether the file states it (false: incidental by default, a reserve movement).
        public var isStated: Bool
        /// The amount per column of the split, nil where nothing is printed.
        public var amounts: [Money?]
    }

    /// The columns of the split: the budget's columns that hold amounts.
    public var columns: [Column]
    /// The incidental lasten.
    public var incidentalCosts: [Item]
    /// The incidental baten.
    public var incidentalIncome: [Item]
    /// The incidental mutaties reserves.
    public var incidentalReserveMovements: [Item]
    /// Per column: the structural lasten.
    public var structuralCosts: [Money]
    /// Per column: the structural baten.
    public var structuralIncome: [Money]
    /// Per column: the structural mutaties reserves (movements stated `incidenteel: false`).
    public var structuralReserveMovements: [Money]
    /// Per column: the incidental lasten.
    public var incidentalCostTotals: [Money]
    /// Per column: the incidental baten.
    public var incidentalIncomeTotals: [Money]
    /// Per column: the incidental mutaties reserves.
    public var incidentalReserveTotals: [Money]

    /// Per column: structural baten + structural mutaties reserves − structural lasten.
    public var structuralBalance: [Money] {
        columns.indices.map { structuralIncome[$0] + structuralReserveMovements[$0] - structuralCosts[$0] }
    }

    /// Whether the structural lasten are covered by structural baten in a column.
    public func isStructurallyBalanced(at column: Int) -> Bool {
        !structuralBalance[column].isNegative
    }

    /// Whether any line is incidental.
    public var hasIncidentalItems: Bool {
        !(incidentalCosts.isEmpty && incidentalIncome.isEmpty && incidentalReserveMovements.isEmpty)
    }

    /// Splits the figures of a budget.
    /// - Complexity: O(lines × columns).
    public init(_ figures: BudgetFigures) {
        let positions = figures.columns.indices.filter { figures.columns[$0].holdsAmounts }
        columns = positions.map { figures.columns[$0] }
        func split(_ entries: [BudgetFigures.Entry]) -> (items: [Item], incidental: [Money], structural: [Money]) {
            var items: [Item] = []
            var incidental = [Money](repeating: .zero, count: positions.count)
            var structural = [Money](repeating: .zero, count: positions.count)
            // Every entry that is no group, depth first in file order (visited in place,
            // not gathered into a list first).
            func visit(_ entries: [BudgetFigures.Entry]) {
                for entry in entries {
                    if entry.isGroup {
                        visit(entry.children)
                    } else if case .line(let line) = entry.kind, line.isIncidental {
                        let amounts = positions.map { entry.amounts[$0] }
                        for index in positions.indices { incidental[index] = incidental[index] + (amounts[index] ?? .zero) }
                        items.append(Item(name: line.name, code: line.code, years: line.incidentalYears, isStated: line.recurrence != nil, amounts: amounts))
                    } else {
                        for (index, position) in positions.enumerated() { structural[index] = structural[index] + (entry.amounts[position] ?? .zero) }
                    }
                }
            }
            visit(entries)
            return (items, incidental, structural)
        }
        let costs = split(figures.costs)
        let income = split(figures.income)
        let reserves = split(figures.reserveMovements)
        incidentalCosts = costs.items
        incidentalIncome = income.items
        incidentalReserveMovements = reserves.items
        incidentalCostTotals = costs.incidental
        incidentalIncomeTotals = income.incidental
        incidentalReserveTotals = reserves.incidental
        structuralCosts = costs.structural
        structuralIncome = income.structural
        structuralReserveMovements = reserves.structural
    }
}
