/// The content of `zvh begroting` and `zvh jaarrekening`: one budget's figures, its
/// contributions (for a begroting) and what `zvh check` finds in it.
public struct BudgetReportContent: ReportContent {
    /// The budget with its contributions and figures.
    public var analysed: AnalysedBudget
    /// Whether the members' contributions are shown (begroting).
    public var showsContributions: Bool
    /// The findings of `zvh check` on this budget, in report order; rows refer to them
    /// by number (the first is 1).
    public var findings: [Finding]

    /// Creates the content.
    /// - Parameters:
    ///   - analysed: the budget, analysed once for the command.
    ///   - showsContributions: whether to show what every member pays.
    ///   - findings: findings of any files; those of this budget's file are kept.
    /// The BBV comparison (realisatie T−2, begroting T−1 na wijziging, begroting T),
    /// when asked for (`zvh begroting --bbv`).
    public var bbv: BBVComparison?
    /// The result year the begroting settles, from the books' settlement ledger: whether
    /// the settlement rests on a voorlopig or definitief result (nil when not known).
    public var settledYear: SettlementLedger.ResultYear?

    public init(_ analysed: AnalysedBudget, showsContributions: Bool, findings: [Finding] = [], bbv: BBVComparison? = nil) {
        self.analysed = analysed
        self.showsContributions = showsContributions
        self.findings = findings.filter { $0.file == analysed.budget.file }
        self.bbv = bbv
    }

    /// The budget.
    public var budget: Budget { analysed.budget }
    /// The budget, so the report's workbook also holds it in the import layout.
    public var importableBudget: Budget? { analysed.budget }
    /// The figures per column.
    public var figures: BudgetFigures { analysed.figures }
    /// The contributions, when shown and computable.
    public var statement: ContributionStatement? { showsContributions ? analysed.statement : nil }

    /// The numbers of the findings that stand at or inside the entry with this path.
    public func notes(forPath path: String?) -> [Int] {
        guard let path else { return [] }
        return findings.indices.filter { findings[$0].isInside(path: path) }.map { $0 + 1 }
    }

    /// The numbers of the findings that touch a member's figures.
    public func notes(forMember municipality: String) -> [Int] {
        findings.indices.filter { findings[$0].touches(municipality) }.map { $0 + 1 }
    }

    /// The numbers of the findings on an entry: at its place, or for a member's
    /// contribution line or computed contribution, touching that member.
    func notes(for entry: BudgetFigures.Entry) -> [Int] {
        switch entry.kind {
        case .line(let line):
            // Both lists are in ascending order already: merged only when both count.
            let byPath = notes(forPath: entry.path)
            guard let municipality = line.municipality else { return byPath }
            let byMember = notes(forMember: municipality)
            guard !byPath.isEmpty else { return byMember }
            return byMember.isEmpty ? byPath : Array(Set(byPath + byMember)).sorted()
        case .group:
            return notes(forPath: entry.path)
        case .computedContributions:
            return []
        case .roundingDifference:
            return notes(forPath: entry.path)
        case .memberContribution(let municipality):
            return notes(forMember: municipality)
        }
    }
}
