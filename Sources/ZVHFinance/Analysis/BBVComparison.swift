/// The comparison the BBV asks of a begroting: the realisation of year T−2, the
/// begroting of T−1 after amendments and the begroting of T (with its raming years),
/// per top-level entry of lasten and baten, with the totals and the resultaat — every
/// figure read from the `BudgetFigures` of the file it comes from, never recomputed.
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

    /// A row: a top-level entry by name with its amount per source (nil where the
    /// source has no such entry).
    public struct Row: Sendable {
        public var name: String
        public var amounts: [Money?]
    }

    /// The sources, in column order.
    public var sources: [Source]
    /// The lasten, then the baten, by top-level entry.
    public var costs: [Row]
    public var income: [Row]
    /// The years of T−2 and T−1 for which no file was found.
    public var missing: [String]

    /// Total lasten, baten and resultaat per source.
    public var totalCosts: [Money] { sources.map { $0.figures.totalCosts[$0.position] } }
    public var totalIncome: [Money] { sources.map { $0.figures.totalIncome[$0.position] } }
    public var result: [Money] { sources.map { $0.figures.result[$0.position] } }

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
        func rows(_ entries: (BudgetFigures) -> [BudgetFigures.Entry]) -> [Row] {
            var names: [String] = []
            var seen: Set<String> = []
            for source in sources.reversed() {
                for entry in entries(source.figures) where seen.insert(entry.name).inserted { names.append(entry.name) }
            }
            // Begroting T's order first (it was added last, so its names come first).
            return names.map { name in
                Row(name: name, amounts: sources.map { source in
                    entries(source.figures).first { $0.name == name }.flatMap { $0.amounts[source.position] }
                })
            }
        }
        costs = rows(\.costs)
        income = rows(\.income)
    }
}
