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
    /// The verloop of the reserves in the main column.
    public let reserveSchedule: ReserveSchedule
    /// The figures split into incidental and structural (BBV art. 19).
    public let incidentalSplit: IncidentalSplit
    /// Each member's contribution for the structural lines only, with € per inwoner
    /// (nil without contributions).
    public let structuralContributions: StructuralContributions?
    /// Each member's contribution in the contributions column, by name.
    private let contributionByMember: [String: Money]
    /// The contributions of every further computed column (raming years, na wijziging).
    public let otherColumnContributions: [(column: String, contributions: Result<ContributionStatement, ContributionError>)]

    /// Derives everything from a budget.
    /// - Complexity: O(lines × columns + members × log members) per key split.
    public init(_ budget: Budget) {
        self.budget = budget
        reserveSchedule = ReserveSchedule(budget)
        let contributions = Result { () throws(ContributionError) in try budget.contributions() }
        self.contributions = contributions
        let others = budget.otherColumnContributions()
        otherColumnContributions = others
        figures = BudgetFigures(budget: budget, statement: try? contributions.get(), otherStatements: others.compactMap { try? $0.contributions.get() })
        incidentalSplit = IncidentalSplit(figures)
        structuralContributions = (try? contributions.get()).flatMap { StructuralContributions(budget, statement: $0) }
        if budget.contributionRule != nil {
            let members = (try? contributions.get())?.members ?? []
            contributionByMember = Dictionary(members.map { ($0.municipality, $0.contribution) }, uniquingKeysWith: { first, _ in first })
        } else {
            contributionByMember = budget.contributionLinesByMember.mapValues { lines in
                lines.map { budget.amount(of: $0, in: budget.mainColumn, side: .income) }.sum()
            }
        }
    }

    /// Analyses several budgets at once (on every core).
    /// - Returns: the analysed budgets, in the order of `budgets`.
    /// - Complexity: the work of ``init(_:)`` per budget, spread over the cores.
    public static func analysing(_ budgets: [Budget]) -> [AnalysedBudget] {
        budgets.concurrentMap(AnalysedBudget.init)
    }

    /// The contributions, when they can be computed.
    public var statement: ContributionStatement? { try? contributions.get() }

    /// What a member contributes in the contributions column: its computed
    /// contribution, or the sum of its contribution lines; nil when it has none here.
    /// - Complexity: O(1).
    public func contribution(of member: String) -> Money? {
        contributionByMember[member]
    }
}
