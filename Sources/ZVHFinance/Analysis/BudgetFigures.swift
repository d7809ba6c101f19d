/// The exact figures of a budget as every report shows them: each entry's amount per
/// column, the totals and the resultaat — computed once from the lines and, for a
/// begroting with computed contributions, including those contributions as baten.
///
/// Views round these for display (``PresentationRounding``) or write them as they are
/// (JSON); none of them adds up lines again.
public struct BudgetFigures: Hashable, Sendable {
    /// One row of the lasten or baten: a line, a group with its subtotal, or the
    /// computed contributions (a group with one entry per member).
    public struct Entry: Hashable, Sendable {
        /// What the entry is.
        public enum Kind: Hashable, Sendable {
            /// A line of the file.
            case line(BudgetLine)
            /// A group of the file, with its theme if it is one.
            case group(BudgetGroup)
            /// The members' contributions computed by the key.
            case computedContributions
            /// One member's computed contribution.
            case memberContribution(municipality: String)
            /// The afronding line of the contributions: computed per municipality, or as
            /// published (`vermeld.afronding`) for contributions given as lines.
            case roundingDifference
        }

        /// What the entry is.
        public var kind: Kind
        /// The name as printed.
        public var name: String
        /// The stable code that identifies the entry across years (``LineCode`` for the
        /// computed contributions); nil where the file gives none.
        public var code: String? = nil
        /// The field path of the entry in the file (`baten[4]`); nil for computed entries.
        public var path: String?
        /// The amount per column, in column order; nil where the file prints nothing.
        public var amounts: [Money?]
        /// The entries below a group, in file order.
        public var children: [Entry]

        /// Whether the entry is a reserve movement (toevoeging or onttrekking).
        public var isReserveMovement: Bool {
            if case .line(let line) = kind { return line.kind?.isReserveMovement ?? false }
            return false
        }

        /// Whether the entry has entries below it.
        public var isGroup: Bool {
            switch kind {
            case .group, .computedContributions: true
            case .line, .memberContribution, .roundingDifference: false
            }
        }
    }

    /// The columns, in file order.
    public var columns: [Column]
    /// The lasten.
    public var costs: [Entry]
    /// The baten, with the computed contributions last where there are any; the
    /// reserve movements stand apart in ``reserveMovements``.
    public var income: [Entry]
    /// The mutaties reserves: the toevoegingen (negative) and onttrekkingen lines, in
    /// file order. A reserve movement is not a baten (BBV art. 17).
    public var reserveMovements: [Entry]
    /// Total lasten per column (for a difference column: the saving, `+` = voordeel).
    public var totalCosts: [Money]
    /// Total baten per column, gross: without the reserve movements.
    public var totalIncome: [Money]
    /// The saldo van baten en lasten per column: baten − lasten, before the reserve
    /// movements (for a difference column: the change, `+` = voordeel).
    public var balanceBeforeReserves: [Money]
    /// The mutaties reserves per column: toevoegingen (negative) plus onttrekkingen.
    public var totalReserveMovements: [Money]
    /// Resultaat per column: the saldo van baten en lasten plus the mutaties reserves,
    /// `+` = voordeel; for a difference column the compared result minus the base result.
    public var result: [Money]
    /// The index of the column the computed contributions stand in, if any.
    public var contributionsColumn: Int?

    /// Computes the figures of a budget.
    /// - Parameters:
    ///   - budget: the budget.
    ///   - statement: its contributions; computed contributions are added to the baten
    ///     of their column.
    /// - Complexity: O(lines × columns).
    ///   - otherStatements: the contributions computed in further columns, added to the
    ///     baten of their columns in the same entries.
    public init(budget: Budget, statement: ContributionStatement?, otherStatements: [ContributionStatement] = []) {
        let names = budget.columns.map(\.name)
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func oriented(_ side: BudgetSide, _ change: Money) -> Money { side == .income ? change : -change }
        /// Fills the derived columns of an entry from its read columns.
        func derive(_ amounts: inout [Money?], side: BudgetSide) {
            for (position, column) in budget.columns.enumerated() {
                guard case .difference(let compared, let base) = column.kind,
                    let comparedIndex = index[compared], let baseIndex = index[base]
                else { continue }
                amounts[position] = oriented(side, (amounts[comparedIndex] ?? .zero) - (amounts[baseIndex] ?? .zero))
            }
        }
        func entries(_ items: [BudgetItem], side: BudgetSide) -> [Entry] {
            items.map { item in
                switch item {
                case .line(let line):
                    var amounts: [Money?] = budget.columns.map { $0.isDerived ? nil : line.amounts[$0.name] }
                    derive(&amounts, side: side)
                    return Entry(kind: .line(line), name: line.name, code: line.code, path: line.origin.flatMap { $0.path.isEmpty ? nil : $0.path }, amounts: amounts, children: [])
                case .group(let group):
                    let children = entries(group.items, side: side)
                    var amounts: [Money?] = budget.columns.map { column in
                        column.isDerived ? nil : children.map { $0.amounts[index[column.name] ?? 0] ?? .zero }.sum()
                    }
                    derive(&amounts, side: side)
                    return Entry(kind: .group(group), name: group.name, code: group.code, path: group.origin.flatMap { $0.path.isEmpty ? nil : $0.path }, amounts: amounts, children: children)
                }
            }
        }
        let costs = entries(budget.costs, side: .costs)
        var income = entries(budget.income, side: .income)
        // Reserve movements stand at the top of the baten (the reader sees to it).
        let reserveMovements = income.filter(\.isReserveMovement)
        income.removeAll(where: \.isReserveMovement)
        var contributionsColumn: Int?
        if let statement, case .computed = statement.basis, let position = index[statement.column.name] {
            contributionsColumn = position
            let others = otherStatements.compactMap { other in index[other.column.name].map { (position: $0, statement: other) } }
            let members = statement.members.map { member -> Entry in
                var amounts = [Money?](repeating: nil, count: budget.columns.count)
                amounts[position] = member.contribution
                for other in others {
                    amounts[other.position] = other.statement.members.first { $0.municipality == member.municipality }?.contribution
                }
                derive(&amounts, side: .income)
                return Entry(kind: .memberContribution(municipality: member.municipality), name: member.municipality, code: LineCode.memberContribution(member.municipality), path: nil, amounts: amounts, children: [])
            }
            var children = members
            if statement.hasRoundingLine || others.contains(where: { $0.statement.hasRoundingLine }) {
                var rounding = [Money?](repeating: nil, count: budget.columns.count)
                rounding[position] = statement.roundingDifference
                for other in others { rounding[other.position] = other.statement.roundingDifference }
                derive(&rounding, side: .income)
                children.append(Entry(kind: .roundingDifference, name: Self.roundingLineName, path: nil, amounts: rounding, children: []))
            }
            var amounts = [Money?](repeating: nil, count: budget.columns.count)
            amounts[position] = statement.totalDistributed
            for other in others { amounts[other.position] = other.statement.totalDistributed }
            derive(&amounts, side: .income)
            income.append(Entry(kind: .computedContributions, name: "Bijdragen gemeenten (berekend)", code: LineCode.computedContributions, path: nil, amounts: amounts, children: children))
        } else if !budget.stated.roundingDifference.isEmpty {
            // Contributions given as lines with the publisher's afronding line: the line
            // belongs to the baten as printed, so the table meets its published total.
            var rounding: [Money?] = budget.columns.map { budget.stated.roundingDifference[$0.name]?.amount }
            derive(&rounding, side: .income)
            income.append(Entry(kind: .roundingDifference, name: Self.roundingLineName, path: "vermeld.afronding", amounts: rounding, children: []))
        }
        func total(_ entries: [Entry], _ position: Int) -> Money { entries.map { $0.amounts[position] ?? .zero }.sum() }
        let costTotals = budget.columns.indices.map { total(costs, $0) }
        let incomeTotals = budget.columns.indices.map { total(income, $0) }
        let movementTotals = budget.columns.indices.map { total(reserveMovements, $0) }
        var balance = budget.columns.indices.map { incomeTotals[$0] - costTotals[$0] }
        for (position, column) in budget.columns.enumerated() {
            // In a difference column lasten and baten are both oriented so that `+` is
            // voordeel: the saldo is their sum.
            if case .difference = column.kind { balance[position] = incomeTotals[position] + costTotals[position] }
        }
        totalCosts = costTotals
        totalIncome = incomeTotals
        totalReserveMovements = movementTotals
        balanceBeforeReserves = balance
        result = budget.columns.indices.map { balance[$0] + movementTotals[$0] }
        self.costs = costs
        self.income = income
        self.reserveMovements = reserveMovements
        self.contributionsColumn = contributionsColumn
        columns = budget.columns
    }

    /// The label of the afronding line.
    public static let roundingLineName = "Afronding"

    /// The afronding line of the contributions in a column, wherever it stands (under
    /// the computed contributions, or among the baten for given lines); zero without one.
    public func roundingDifference(at position: Int) -> Money {
        for entry in income.reversed() {
            switch entry.kind {
            case .roundingDifference: return entry.amounts[position] ?? .zero
            case .computedContributions:
                return entry.children.last.flatMap { child in
                    if case .roundingDifference = child.kind { return child.amounts[position] }
                    return nil
                } ?? .zero
            case .line, .group, .memberContribution: return .zero
            }
        }
        return .zero
    }

    /// The computed contributions in a column (zero where there are none).
    public func computedContributions(at position: Int) -> Money {
        guard let contributions = income.last, case .computedContributions = contributions.kind else { return .zero }
        return contributions.amounts[position] ?? .zero
    }
}
