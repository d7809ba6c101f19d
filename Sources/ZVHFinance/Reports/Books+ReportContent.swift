extension Books {
    /// The report content of a budget read, with the books' findings and what its
    /// settlement rests on.
    public func reportContent(_ analysed: AnalysedBudget, showsContributions: Bool = true, bbv: BBVComparison? = nil) -> BudgetReportContent {
        var content = BudgetReportContent(analysed, showsContributions: showsContributions, findings: findings, bbv: bbv)
        content.settledYear = settledYear(of: analysed.budget)
        return content
    }
}
