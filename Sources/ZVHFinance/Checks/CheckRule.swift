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

/// What a rule sees: the budget, its computed contributions (or why they cannot be
/// computed), and the other budgets of the same organisation.
public struct CheckContext: Sendable {
    /// The budget under check.
    public var budget: Budget
    /// The other budgets of the same organisation, in period order.
    public var others: [Budget]
    /// The settings.
    public var options: CheckOptions
    /// The contributions, or the error that prevents them.
    public let contributions: Result<ContributionStatement, ContributionError>

    /// Creates a context, computing the contributions once for all rules.
    public init(budget: Budget, others: [Budget] = [], options: CheckOptions = CheckOptions()) {
        self.budget = budget
        self.others = others.sorted { $0.period < $1.period }
        self.options = options
        self.contributions = Result { () throws(ContributionError) in try budget.contributions() }
    }

    /// The contributions, when they can be computed.
    public var statement: ContributionStatement? { try? contributions.get() }

    /// The nearest earlier budget of the organisation, if any.
    public var previous: Budget? {
        others.last { $0.period < budget.period }
    }

    /// A finding about this budget.
    func finding(
        _ rule: String, _ severity: Finding.Severity, at place: FieldLocation, _ message: String,
        expected: Money? = nil, found: Money? = nil, hint: String? = nil
    ) -> Finding {
        Finding(rule: rule, severity: severity, file: budget.file, place: place, message: message, expected: expected, found: found, hint: hint)
    }

    /// The severity of a difference: within the tolerance `within`, beyond it an error.
    func severity(of difference: Money, within: Finding.Severity = .warning) -> Finding.Severity {
        difference.magnitude <= options.tolerance ? within : .error
    }
}
