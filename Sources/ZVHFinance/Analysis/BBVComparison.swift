/// The comparison the BBV asks of a begroting: the realisation of year T−2, the
/// begroting of T−1 after amendments and the begroting of T (with its raming years),
/// per top-level entry of lasten and baten and the lines below it, with the totals, the
/// saldo van baten en lasten, the mutaties reserves and the resultaat — every figure read
/// from the `BudgetFigures` of the file it comes from, never recomputed.
///
/// Lines are matched across the years by their `code` (by label where a file gives
/// none), so a renamed line stays on one row. The rows follow begroting T's grouping:
/// a line of an earlier year counts in the group it belongs to in T, and a line or
/// group that stood elsewhere is listed in ``moved``, so a regrouping does not read as
/// one group falling and another rising.
public struct BBVComparison: Sendable {
    /// One column of the comparison and where its figures come from.
    public struct Source: Sendable {
        /// The heading (`realisatie 2020`, `begroting 2021 na wijziging`, `begroting 2022`).
        public var heading: String
        /// The file the figures are read from.
        public var file: String
        /// The column of that file.
        public var column: String
        /// The file's figures and the column's position in them.
        let figures: BudgetFigures
        let position: Int
    }

    /// A row: an entry of begroting T (or of an earlier year only) with its amount per
    /// source (nil where the source has nothing for it) and the lines below it.
    public struct Row: Sendable {
        /// The label (begroting T's where the entry is in T).
        public var name: String
        /// The code the row is matched by; nil where it is matched by label.
        public var code: String?
        /// The amount per source, in source order.
        public var amounts: [Money?]
        /// The lines below a group row, in T's order, then lines found only in earlier years.
        public var children: [Row]
        /// The headings of the sources the row is found in, when it is not in begroting T.
        public var onlyIn: [String]
    }

    /// A line or group that stands under another group in an earlier year than in T.
    public struct Move: Sendable, Hashable {
        /// The label in begroting T.
        public var name: String
        /// The code it is matched by.
        public var code: String
        /// The source (heading) where it stood elsewhere.
        public var source: String
        /// The group it stood under there (nil: the top level).
        public var from: String?
        /// The group it stands under in begroting T (nil: the top level).
        public var to: String?
    }

    /// The sources, in column order.
    public var sources: [Source]
    /// The lasten, by top-level entry of begroting T.
    public var costs: [Row]
    /// The baten (without reserve movements), by top-level entry of begroting T.
    public var income: [Row]
    /// The mutaties reserves, by movement.
    public var reserveMovements: [Row]
    /// The lines and groups that moved between groups.
    public var moved: [Move]
    /// The years of T−2 and T−1 for which no file was found.
    public var missing: [String]

    /// Total lasten per source.
    public var totalCosts: [Money] { sources.map { $0.figures.totalCosts[$0.position] } }
    /// Total baten per source, gross (without the reserve movements).
    public var totalIncome: [Money] { sources.map { $0.figures.totalIncome[$0.position] } }
    /// The resultaat per source: saldo plus mutaties reserves.
    public var result: [Money] { sources.map { $0.figures.result[$0.position] } }
    /// The saldo van baten en lasten per source: the baten without reserve movements
    /// minus the lasten (BBV art. 17).
    public var balanceBeforeReserves: [Money] { sources.map { $0.figures.balanceBeforeReserves[$0.position] } }
    /// The mutaties reserves per source: toevoegingen (negative) plus onttrekkingen.
    public var totalReserveMovements: [Money] { sources.map { $0.figures.totalReserveMovements[$0.position] } }

    /// Builds the comparison for a begroting from the other budgets of its organisation.
    /// - Parameters:
    ///   - begroting: the begroting of year T.
    ///   - others: other budgets (any organisation; those of another one are ignored).
    /// - Complexity: O(files + entries × sources).
    public init(_ begroting: AnalysedBudget, others: [AnalysedBudget]) {
        let budget = begroting.budget
        let year = budget.period.year
        let same = others.filter { $0.budget.organisation.identifier == budget.organisation.identifier && $0.budget.period.isFullYear }
        var sources: [Source] = []
        var missing: [String] = []
        func source(_ analysed: AnalysedBudget, column: Column, heading: String) -> Source? {
            guard let position = analysed.budget.columns.firstIndex(of: column) else { return nil }
            return Source(heading: heading, file: analysed.budget.file, column: column.name, figures: analysed.figures, position: position)
        }
        // Realisatie T−2: the last column of a jaarrekening of T−2 that holds realised amounts.
        if let account = same.last(where: { $0.budget.kind == .jaarrekening && $0.budget.period.year == year - 2 }),
            let column = account.budget.columns.last(where: { $0.kind == .actual || $0.kind == .expected }),
            let found = source(account, column: column, heading: "realisatie \(year - 2)")
        {
            sources.append(found)
        } else {
            missing.append("realisatie \(year - 2)")
        }
        // Begroting T−1 na wijziging: a begroting of T−1 (its amended column if any), or
        // the budgeted column of the jaarrekening of T−1.
        let previousBudget = same.last { $0.budget.kind == .begroting && $0.budget.period.year == year - 1 }
        let previousAccount = same.last { $0.budget.kind == .jaarrekening && $0.budget.period.year == year - 1 }
        if let previous = previousBudget ?? previousAccount {
            let amended = previous.budget.columns.first { $0.amendment != nil }
            let column = amended ?? previous.budget.columns.first { $0.kind == .budgeted }
            if let column, let found = source(previous, column: column, heading: "begroting \(year - 1)\(amended == nil ? "" : " na wijziging")") {
                sources.append(found)
            } else {
                missing.append("begroting \(year - 1)")
            }
        } else {
            missing.append("begroting \(year - 1)")
        }
        // Begroting T and the raming years in the same file.
        for column in budget.columns where column.kind == .budgeted && column.amendment == nil {
            let heading = column == budget.mainColumn ? "begroting \(year)" : column.heading
            if let found = source(begroting, column: column, heading: heading) { sources.append(found) }
        }
        self.sources = sources
        self.missing = missing
        let heading = "begroting \(year)"
        var costsMatcher = BBVRowMatcher(target: begroting.figures.costs, sources: sources, entries: \.costs)
        var incomeMatcher = BBVRowMatcher(target: begroting.figures.income, sources: sources, entries: \.income)
        var reservesMatcher = BBVRowMatcher(target: begroting.figures.reserveMovements, sources: sources, entries: \.reserveMovements)
        costs = costsMatcher.rows()
        income = incomeMatcher.rows()
        reserveMovements = reservesMatcher.rows()
        let earlier = sources.filter { $0.file != budget.file }
        moved = BBVRowMatcher.moves(target: begroting.figures.costs, heading: heading, sources: earlier, entries: \.costs)
            + BBVRowMatcher.moves(target: begroting.figures.income, heading: heading, sources: earlier, entries: \.income)
    }
}
