/// Which side of the budget an entry is on; it decides how a difference is oriented.
public enum BudgetSide: Hashable, Sendable {
    /// Lasten: a lower amount than budgeted is a voordeel.
    case costs
    /// Baten: a higher amount than budgeted is a voordeel.
    case income
}

extension Budget {
    /// The main column: for a begroting the first budgeted column, for a jaarrekening
    /// the last column read from the file (the most complete realisation).
    /// - Complexity: O(columns), without allocating.
    public var mainColumn: Column {
        switch kind {
        case .begroting:
            return columns.first { $0.kind == .budgeted } ?? columns.first { !$0.isDerived } ?? columns[0]
        case .jaarrekening:
            return columns.last { !$0.isDerived } ?? columns[0]
        }
    }

    /// The amount of a line in a column; differences are computed and oriented so that
    /// a positive amount is a voordeel.
    /// - Parameters:
    ///   - line: the line.
    ///   - column: a column of this budget.
    ///   - side: whether the line is a cost or income line.
    public func amount(of line: BudgetLine, in column: Column, side: BudgetSide) -> Money {
        switch column.kind {
        case .budgeted, .actual, .expected, .amendment:
            return line.amount(in: column.name)
        case .difference(let compared, let base):
            let change = line.amount(in: compared) - line.amount(in: base)
            return side == .income ? change : -change
        }
    }

    /// The total of an entry (a line, or a group's lines) in a column.
    /// - Complexity: O(n) in the lines below the entry, without collecting them.
    public func total(of item: BudgetItem, in column: Column, side: BudgetSide) -> Money {
        switch item {
        case .line(let line): amount(of: line, in: column, side: side)
        case .group(let group): group.items.reduce(.zero) { $0 + total(of: $1, in: column, side: side) }
        }
    }

    /// The total of the lasten in a column (for a difference column: the saving).
    public func totalCosts(in column: Column) -> Money {
        costLines.map { amount(of: $0, in: column, side: .costs) }.sum()
    }

    /// The total of the baten in a column (reserve additions count negatively).
    public func totalIncome(in column: Column) -> Money {
        incomeLines.map { amount(of: $0, in: column, side: .income) }.sum()
    }

    /// The resultaat in a column: baten − lasten, `+` is voordeel. For a difference
    /// column: how much better the compared result is than the base result.
    public func result(in column: Column) -> Money {
        switch column.kind {
        case .difference(let compared, let base):
            guard let comparedColumn = self.column(named: compared), let baseColumn = self.column(named: base) else { return .zero }
            return result(in: comparedColumn) - result(in: baseColumn)
        default:
            return totalIncome(in: column) - totalCosts(in: column)
        }
    }

    /// Whether baten equal lasten in the column (sluitend).
    public func isBalanced(in column: Column) -> Bool {
        result(in: column).isZero
    }

    /// The total of the lines a stated total covers, in a column.
    public func total(coveredBy stated: StatedTotal, in column: Column) -> Money {
        incomeLines.filter { line in
            line.kind.map { stated.kinds.contains($0) } ?? false || stated.lineNames.contains(line.name)
        }
        .map { amount(of: $0, in: column, side: .income) }.sum()
    }
}
