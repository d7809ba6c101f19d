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
    /// Every budget of the organisation in period order (then by file), this one
    /// included at `position`; shared by the contexts of one check, never copied.
    let organisation: [AnalysedBudget]
    /// Where the budget under check stands in `organisation`.
    let position: Int
    /// The organisation's settlement ledger: per result year its result and every
    /// begroting that settles it; shared by the contexts of one organisation.
    public let ledger: SettlementLedger
    /// The settings.
    public var options: CheckOptions

    /// Creates a context.
    /// - Complexity: O(n log n) for n other budgets.
    public init(_ analysed: AnalysedBudget, others: [AnalysedBudget] = [], options: CheckOptions = CheckOptions()) {
        let organisation = (others + [analysed]).sorted(by: CheckContext.periodOrder)
        let position = organisation.lastIndex { $0.budget.file == analysed.budget.file && $0.budget.period == analysed.budget.period } ?? 0
        self.init(analysed, organisation: organisation, position: position, ledger: SettlementLedger(organisation), options: options)
    }

    /// Creates a context within an organisation already in ``periodOrder``.
    init(_ analysed: AnalysedBudget, organisation: [AnalysedBudget], position: Int, ledger: SettlementLedger, options: CheckOptions) {
        self.analysed = analysed
        self.organisation = organisation
        self.position = position
        self.ledger = ledger
        self.options = options
    }

    /// The order of an organisation's budgets: by period, then by file.
    static func periodOrder(_ a: AnalysedBudget, _ b: AnalysedBudget) -> Bool {
        (a.budget.period, a.budget.file) < (b.budget.period, b.budget.file)
    }

    /// The other budgets of the same organisation, in period order.
    /// - Complexity: O(n): prefer ``lastOther(where:)`` and ``othersInSamePeriod``.
    public var others: [AnalysedBudget] {
        Array(organisation[..<position]) + Array(organisation[(position + 1)...])
    }

    /// The latest other budget (in period order) that satisfies a condition.
    /// - Complexity: O(n) at worst; stops at the first match from the end.
    public func lastOther(where condition: (AnalysedBudget) -> Bool) -> AnalysedBudget? {
        for index in organisation.indices.reversed() where index != position && condition(organisation[index]) {
            return organisation[index]
        }
        return nil
    }

    /// The other budgets for exactly the same period.
    /// - Complexity: O(k) for k budgets of that period.
    public var othersInSamePeriod: [AnalysedBudget] {
        let period = budget.period
        var result: [AnalysedBudget] = []
        var index = position - 1
        while index >= 0, organisation[index].budget.period == period { result.append(organisation[index]); index -= 1 }
        index = position + 1
        while index < organisation.count, organisation[index].budget.period == period { result.append(organisation[index]); index += 1 }
        return result
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
    /// - Complexity: O(k) for k budgets of the same period.
    public var previous: Budget? {
        var index = position - 1
        while index >= 0 {
            if organisation[index].budget.period < budget.period { return organisation[index].budget }
            index -= 1
        }
        return nil
    }

    /// Every member's name, in member order.
    var allMembers: [String] { budget.organisation.members.map(\.name) }

    /// A finding about this budget.
    func finding(
        _ rule: String, _ severity: Finding.Severity, at place: FieldLocation?, _ message: String, members: [String] = [],
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
