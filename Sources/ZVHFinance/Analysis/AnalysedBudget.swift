/// A budget with what ZVHFinance derives from it, computed once: its contributions
/// (or the error that prevents them) and its figures. Reports and check rules share one
/// value per budget per command, so no figure is derived twice.
///
/// ```swift
/// let analysed = AnalysedBudget(try BudgetLoader.load("Budgets/midden-limburg/begroting-2022.json"))
/// analysed.statement?.members.map(\.final)   // definitief per gemeente
/// ```
public struct AnalysedBudget: Sendable {
    /// The budget as read.
    public let budget: Budget
    /// Its contributions, or why they cannot be computed.
    public let contributions: Result<ContributionStatement, ContributionError>
    /// Its figures per column (with computed contributions when they could be computed).
    public let figures: BudgetFigures
    /// The contributions of every further computed column (raming years, na wijziging).
    public let otherColumnContributions: [(column: String, contributions: Result<ContributionStatement, ContributionError>)]

    /// Derives everything from a budget.
    /// - Complexity: O(lines × columns + members × log members) per key split.
    public init(_ budget: Budget) {
        self.budget = budget
        let contributions = Result { () throws(ContributionError) in try budget.contributions() }
        self.contributions = contributions
        let others = budget.otherColumnContributions()
        otherColumnContributions = others
        figures = BudgetFigures(budget: budget, statement: try? contributions.get(), otherStatements: others.compactMap { try? $0.contributions.get() })
    }

    /// The contributions, when they can be computed.
    public var statement: ContributionStatement? { try? contributions.get() }

    /// What a member contributes in the contributions column: its computed
    /// contribution, or the sum of its contribution lines; nil when it has none here.
    public func contribution(of member: String) -> Money? {
        if budget.contributionRule != nil {
            return statement?.members.first { $0.municipality == member }?.contribution
        }
        guard !budget.contributionLines(of: member).isEmpty else { return nil }
        return budget.givenContribution(of: member)
    }
}
