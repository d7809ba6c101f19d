/// One rule of `zvh check`: looks at a budget (with the other budgets of its
/// organisation) and returns what it finds.
public protocol CheckRule: Sendable {
    /// The rule's name as reported (`dubbele-regel`).
    var name: String { get }
    /// One line saying what the rule looks for, in Dutch.
    var summary: String { get }
    /// The findings of this rule on the budget in `context`.
    func findings(in context: CheckContext) -> [Finding]
}

/// Settings that change what the rules report.
public struct CheckOptions: Hashable, Sendable {
    /// Differences up to this amount are a rounding difference (waarschuwing or info),
    /// beyond it an error.
    public var tolerance: Money
    /// A part-year amount further than this percentage from the pro-rata amount of the
    /// previous full year is reported.
    public var proRataThresholdPercent: Quantity

    /// Creates options; the defaults are €1 and 10%.
    public init(tolerance: Money = Money(euros: 1), proRataThresholdPercent: Quantity = Quantity(10)) {
        self.tolerance = tolerance
        self.proRataThresholdPercent = proRataThresholdPercent
    }
}

/// What a rule sees: the budget with its contributions and figures (computed once per
/// command and shared with the reports), and the other budgets of the organisation.
public struct CheckContext: Sendable {
    /// The budget under check, with what is derived from it.
    public var analysed: AnalysedBudget
    /// The other budgets of the same organisation, in period order.
    public var others: [AnalysedBudget]
    /// The settings.
    public var options: CheckOptions

    /// Creates a context.
    public init(_ analysed: AnalysedBudget, others: [AnalysedBudget] = [], options: CheckOptions = CheckOptions()) {
        self.init(analysed, sortedOthers: others.sorted { $0.budget.period < $1.budget.period }, options: options)
    }

    /// Creates a context whose `others` are already in period order.
    init(_ analysed: AnalysedBudget, sortedOthers: [AnalysedBudget], options: CheckOptions) {
        self.analysed = analysed
        self.others = sortedOthers
        self.options = options
    }

    /// Creates a context for a budget alone (tests, one rule on one budget).
    public init(budget: Budget, others: [Budget] = [], options: CheckOptions = CheckOptions()) {
        self.init(AnalysedBudget(budget), others: others.map(AnalysedBudget.init), options: options)
    }

    /// The budget under check.
    public var budget: Budget { analysed.budget }
    /// The contributions, or the error that prevents them.
    public var contributions: Result<ContributionStatement, ContributionError> { analysed.contributions }
    /// The contributions, when they can be computed.
    public var statement: ContributionStatement? { analysed.statement }
    /// The figures per column (computed contributions counted as baten).
    public var figures: BudgetFigures { analysed.figures }

    /// The nearest earlier budget of the organisation, if any.
    public var previous: Budget? {
        others.last { $0.budget.period < budget.period }?.budget
    }

    /// Every member's name, in member order.
    var allMembers: [String] { budget.organisation.members.map(\.name) }

    /// A finding about this budget.
    func finding(
        _ rule: String, _ severity: Finding.Severity, at place: FieldLocation, _ message: String, members: [String] = [],
        relatedFile: String? = nil, expected: Money? = nil, found: Money? = nil, hint: String? = nil
    ) -> Finding {
        Finding(
            rule: rule, severity: severity, file: budget.file, place: place, municipalities: members, relatedFile: relatedFile,
            message: message, expected: expected, found: found, hint: hint)
    }

    /// The severity of a difference: within the tolerance `within`, beyond it an error.
    func severity(of difference: Money, within: Finding.Severity = .warning) -> Finding.Severity {
        difference.magnitude <= options.tolerance ? within : .error
    }
}
