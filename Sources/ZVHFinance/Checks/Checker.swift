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
        StatedContributionSumRule(),
        InvalidKeyRule(),
        ProRataRule(),
        LabelVariantRule(),
        SeveralContributionLinesRule(),
        DuplicatePeriodRule(),
        InstalmentSumRule(),
        NegativeAmountRule(),
        IncompleteActualsRule(),
        ReserveContinuityRule(),
        ReserveCapRule(),
        ReserveEndDateRule(),
        UnnamedReserveMovementRule(),
        DoubleSettlementRule(),
        MissingSettlementRule(),
    ]

    /// The rule with this name.
    public static func rule(named name: String) -> (any CheckRule)? {
        allRules.first { $0.name == name }
    }

    /// Checks budgets.
    ///
    /// - Parameters:
    ///   - budgets: the budgets to check (of any organisations), each analysed once.
    ///   - rules: the rules to run (default: all).
    ///   - options: tolerance and thresholds.
    ///   - files: when given, only the budgets of these files are checked (each still
    ///     sees every budget of its organisation); a rule makes findings on the budget
    ///     under check only, so these files' findings are the same as when every budget
    ///     is checked.
    /// - Returns: the findings, ordered by file, line and rule.
    /// - Complexity: O(budgets × rules) rule runs (only the budgets of `files` when
    ///   given), spread over the cores; budgets are grouped by organisation in one pass.
    public static func check(
        _ budgets: [AnalysedBudget], rules: [any CheckRule] = allRules, options: CheckOptions = CheckOptions(), onlyIn files: Set<String>? = nil
    ) -> [Finding] {
        var byOrganisation: [String: [AnalysedBudget]] = [:]
        for analysed in budgets { byOrganisation[analysed.budget.organisation.identifier, default: []].append(analysed) }
        let organisations = byOrganisation.values.map { $0.sorted(by: CheckContext.periodOrder) }
        let ledgers = organisations.map(SettlementLedger.init)
        // Budgets are checked at once (on every core), of one organisation or of many;
        // the order of the findings is fixed by the sort, not by the scheduling.
        let budgets = organisations.indices.flatMap { group in
            organisations[group].indices.filter { files?.contains(organisations[group][$0].budget.file) ?? true }.map { (group, $0) }
        }
        let findings = budgets.concurrentMap { group, position in
            let context = CheckContext(
                organisations[group][position], organisation: organisations[group], position: position, ledger: ledgers[group], options: options)
            return rules.flatMap { $0.findings(in: context) }
        }
        return findings.joined().sorted(by: Finding.reportOrder)
    }

    /// Checks budgets that have not been analysed yet.
    public static func check(_ budgets: [Budget], rules: [any CheckRule] = allRules, options: CheckOptions = CheckOptions()) -> [Finding] {
        check(AnalysedBudget.analysing(budgets), rules: rules, options: options)
    }
}

extension Finding {
    /// The order findings are reported in: file, line, column, rule, message.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        let left = (a.file, a.place?.location.line ?? 0, a.place?.location.column ?? 0, a.rule, a.message)
        let right = (b.file, b.place?.location.line ?? 0, b.place?.location.column ?? 0, b.rule, b.message)
        return left < right
    }
}
