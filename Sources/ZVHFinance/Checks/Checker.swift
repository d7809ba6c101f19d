/// Runs the check rules over budgets, reading the budgets of one organisation together
/// so that rules can compare a period with the others.
public enum Checker {
    /// Every rule, in the order they are documented.
    public static let allRules: [any CheckRule] = [
        DuplicateLineRule(),
        MissingMunicipalityRule(),
        SumMismatchRule(),
        ResultMismatchRule(),
        UnbalancedRule(),
        SettlementMismatchRule(),
        ContributionMismatchRule(),
        InvalidKeyRule(),
        ProRataRule(),
        LabelVariantRule(),
        SeveralContributionLinesRule(),
    ]

    /// The rule with this name.
    public static func rule(named name: String) -> (any CheckRule)? {
        allRules.first { $0.name == name }
    }

    /// Checks budgets.
    ///
    /// - Parameters:
    ///   - budgets: the budgets to check (of any organisations).
    ///   - rules: the rules to run (default: all).
    ///   - options: tolerance and thresholds.
    /// - Returns: the findings, ordered by file, line and rule.
    public static func check(_ budgets: [Budget], rules: [any CheckRule] = allRules, options: CheckOptions = CheckOptions()) -> [Finding] {
        var findings: [Finding] = []
        for budget in budgets {
            let others = budgets.filter { $0.organisation.identifier == budget.organisation.identifier && $0.file != budget.file }
            let context = CheckContext(budget: budget, others: others, options: options)
            for rule in rules { findings += rule.findings(in: context) }
        }
        return findings.sorted { a, b in
            (a.file, a.place.location.line, a.place.location.column, a.rule, a.message)
                < (b.file, b.place.location.line, b.place.location.column, b.rule, b.message)
        }
    }
}
