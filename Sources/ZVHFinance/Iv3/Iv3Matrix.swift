/// A budget's figures by Iv3 taakveld × categorie, for the host municipality's own
/// Iv3 delivery to CBS: every line of the main column in the cell its tags name,
/// reserve movements on taakveld 0.10 (toevoegingen as lasten 7.4, onttrekkingen as
/// baten 7.5), and lines without tags under "onbekend" with a finding — so that the
/// matrix's lasten and baten add up to the budget's.
///
/// ```swift
/// let matrix = Iv3Matrix(AnalysedBudget(budget))
/// matrix.costsMatchBudget   // true
/// ```
public struct Iv3Matrix: Sendable {
    /// One cell: a taakveld and a categorie with its lasten, baten and the lines in it.
    public struct Cell: Hashable, Sendable {
        /// The taakveld ("1.2"; "onbekend" for untagged lines).
        public var taakveld: String
        /// The categorie ("3.5.1"; "onbekend").
        public var category: String
        /// The lasten in the cell.
        public var costs: Money
        /// The baten in the cell.
        public var income: Money
        /// The lines in the cell, by name.
        public var lines: [String]
    }

    /// The taakveld of reserve movements.
    public static let reserveTaakveld = "0.10"
    /// The categorie of additions to reserves (lasten).
    public static let reserveAdditionCategory = "7.4"
    /// The categorie of withdrawals from reserves (baten).
    public static let reserveWithdrawalCategory = "7.5"
    /// The name of the cell for untagged lines.
    public static let unknown = "onbekend"

    /// The budget.
    public var budget: Budget
    /// The column the figures come from (the main column).
    public var column: Column
    /// The cells, by taakveld and categorie in code order.
    public var cells: [Cell]
    /// The lasten of the budget in the column (``BudgetFigures``), without reserve movements.
    public var budgetCosts: Money
    /// The baten of the budget in the column (with computed contributions), without reserve movements.
    public var budgetIncome: Money
    /// Additions to reserves (lasten on 0.10), withdrawals (baten on 0.10).
    public var reserveAdditions: Money
    /// Withdrawals from reserves.
    public var reserveWithdrawals: Money
    /// Lines without `taakveld` or `categorie`, or tagged against the BBV rule for reserves.
    public var findings: [Finding]

    /// The matrix's lasten (reserve additions included).
    public var costs: Money { cells.map(\.costs).sum() }
    /// The matrix's baten (reserve withdrawals included).
    public var income: Money { cells.map(\.income).sum() }
    /// The matrix's lasten without the additions to reserves.
    public var costsWithoutReserves: Money { costs - reserveAdditions }
    /// The matrix's baten without the withdrawals from reserves.
    public var incomeWithoutReserves: Money { income - reserveWithdrawals }
    /// Whether the matrix's lasten without the additions to reserves equal the budget's lasten.
    public var costsMatchBudget: Bool { costsWithoutReserves == budgetCosts }
    /// The budget's baten without reserve movements (a toevoeging is no negative baten):
    /// the figures' total baten, which leave the mutaties reserves apart (BBV art. 17).
    public var budgetIncomeWithoutReserves: Money { budgetIncome }
    /// Whether the matrix's baten without the withdrawals from reserves equal the
    /// budget's baten without reserve movements.
    public var incomeMatchesBudget: Bool { incomeWithoutReserves == budgetIncomeWithoutReserves }

    /// Builds the matrix.
    /// - Complexity: O(lines log lines).
    public init(_ analysed: AnalysedBudget) {
        let budget = analysed.budget
        self.budget = budget
        let column = budget.mainColumn
        self.column = column
        let position = budget.columns.firstIndex { $0.name == column.name } ?? 0
        budgetCosts = analysed.figures.totalCosts[position]
        budgetIncome = analysed.figures.totalIncome[position]
        var byCell: [String: Cell] = [:]
        var findings: [Finding] = []
        var additions = Money.zero, withdrawals = Money.zero
        func add(_ name: String, taakveld: String, category: String, costs: Money, income: Money) {
            let key = taakveld + "|" + category
            var cell = byCell[key] ?? Cell(taakveld: taakveld, category: category, costs: .zero, income: .zero, lines: [])
            cell.costs += costs
            cell.income += income
            cell.lines.append(name)
            byCell[key] = cell
        }
        func untagged(_ line: BudgetLine, side: String) {
            let missing = [line.taakveld == nil ? "taakveld" : nil, line.iv3Category == nil ? "categorie" : nil].compactMap { $0 }
            guard !missing.isEmpty else { return }
            findings.append(Finding(
                rule: "iv3-zonder-tags", severity: .warning, file: budget.file, place: line.origin,
                message: "\(side)regel \"\(line.name)\" heeft geen \(missing.joined(separator: " en ")); in de Iv3-matrix staat zij onder \"\(Self.unknown)\"",
                hint: "geef de regel \"taakveld\" (bv. 1.2) en \"categorie\" (bv. 3.8)"))
        }
        for line in budget.costLines {
            untagged(line, side: "lasten")
            add(line.name, taakveld: line.taakveld ?? Self.unknown, category: line.iv3Category ?? Self.unknown, costs: budget.amount(of: line, in: column, side: .costs), income: .zero)
        }
        for line in budget.incomeLines {
            let amount = budget.amount(of: line, in: column, side: .income)
            switch line.kind {
            case .reserveAddition, .reserveWithdrawal:
                let isAddition = line.kind == .reserveAddition
                if let taakveld = line.taakveld, taakveld != Self.reserveTaakveld {
                    findings.append(Finding(
                        rule: "iv3-reserve-taakveld", severity: .warning, file: budget.file, place: line.origin,
                        message: "mutatie reserves \"\(line.name)\" noemt taakveld \(taakveld); mutaties reserves staan in Iv3 op taakveld \(Self.reserveTaakveld)"))
                }
                let category = line.iv3Category ?? (isAddition ? Self.reserveAdditionCategory : Self.reserveWithdrawalCategory)
                if isAddition {
                    additions += -amount
                    add(line.name, taakveld: Self.reserveTaakveld, category: category, costs: -amount, income: .zero)
                } else {
                    withdrawals += amount
                    add(line.name, taakveld: Self.reserveTaakveld, category: category, costs: .zero, income: amount)
                }
            case .personnel, .material, .other, .nationalGrant, .pokFunds, .municipalContribution, .hostMunicipality, .chainPartners, nil:
                untagged(line, side: "baten")
                add(line.name, taakveld: line.taakveld ?? Self.unknown, category: line.iv3Category ?? Self.unknown, costs: .zero, income: amount)
            }
        }
        let computed = analysed.figures.computedContributions(at: position)
        if analysed.figures.contributionsColumn == position {
            add("Bijdragen gemeenten (berekend)", taakveld: Self.unknown, category: Self.unknown, costs: .zero, income: computed)
            findings.append(Finding(
                rule: "iv3-zonder-tags", severity: .warning, file: budget.file, place: budget.contributionRule?.origin,
                message: "de berekende bijdragen van de gemeenten (\(computed.dutch())) hebben geen regel en dus geen Iv3-tags; in de matrix staan zij onder \"\(Self.unknown)\"",
                hint: "bijdragen van gemeenten horen meestal op categorie 4.3.2"))
        }
        reserveAdditions = additions
        reserveWithdrawals = withdrawals
        cells = byCell.values.sorted { a, b in
            a.taakveld != b.taakveld ? Self.precedes(a.taakveld, b.taakveld) : Self.precedes(a.category, b.category)
        }
        self.findings = findings
    }

    /// Dotted codes in numeric order ("0.10" after "0.9"), "onbekend" last.
    static func precedes(_ a: String, _ b: String) -> Bool {
        if a == unknown || b == unknown { return b == unknown && a != unknown }
        let left = a.split(separator: ".").map { Int($0) ?? 0 }, right = b.split(separator: ".").map { Int($0) ?? 0 }
        return left.lexicographicallyPrecedes(right)
    }
}
