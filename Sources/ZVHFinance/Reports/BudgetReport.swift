/// Builds the report of a budget: lasten and baten per column with group subtotals,
/// totals, the resultaat, and (for a begroting) what every member pays.
public enum BudgetReport {
    /// The report of a budget.
    ///
    /// - Parameters:
    ///   - budget: the budget.
    ///   - statement: its contributions, when they should be shown (begroting); with
    ///     computed contributions the baten include them.
    ///   - options: display unit and explanation.
    ///   - findings: what `zvh check` finds in this budget; errors and warnings are
    ///     listed so that no figure of a flawed table is shown without a warning.
    public static func report(
        for budget: Budget, contributions statement: ContributionStatement?, options: ReportOptions = ReportOptions(), findings: [Finding] = []
    ) -> Report {
        var report = Report(title: "\(budget.organisation.name) — \(budget.title)", context: context(of: budget, options: options))
        if let warning = findingsSection(findings, file: budget.file) { report.sections.append(warning) }
        report.sections.append(
            ReportSection(
                table: linesTable(for: budget, contributions: statement, unit: options.unit), paragraphs: [columnLegend(of: budget)],
                chart: costChart(for: budget)))
        report.primarySection = report.sections.count - 1
        if let statement {
            report.sections.append(ContributionReport.section(for: budget, statement: statement, options: options))
            report.primarySection = report.sections.count - 1
            if options.explains {
                report.sections.append(ReportSection(heading: "Uitleg per gemeente", paragraphs: ContributionExplanation.paragraphs(for: budget, statement: statement)))
            }
        }
        if !budget.notes.isEmpty {
            report.sections.append(ReportSection(heading: "Opmerkingen bij het bestand", paragraphs: budget.notes.map { "- " + $0 }))
        }
        return report
    }

    /// "Let op": the errors and warnings `zvh check` finds, one line each, or nil.
    static func findingsSection(_ findings: [Finding], file: String) -> ReportSection? {
        let serious = findings.filter { $0.file == file && $0.severity >= .warning }
        guard !serious.isEmpty else { return nil }
        let lines = serious.map { finding in
            "- \(finding.severity.rawValue) [\(finding.rule)] bestandsregel \(finding.place.location.line): \(finding.message)" + (finding.hint.map { " — \($0)" } ?? "")
        }
        return ReportSection(
            heading: "Let op: zvh check vindt \(CheckReport.seriousCounts(serious))",
            paragraphs: lines + ["De bedragen hieronder zijn berekend uit de regels zoals ze in het bestand staan. Zie 'zvh check \(file)'."])
    }

    static func context(of budget: Budget, options: ReportOptions) -> [String] {
        [
            "Bron: \(budget.source.dutchDescription)",
            "Bestand: \(budget.file)",
            "Periode: \(budget.period.dutchDescription)\(budget.period.isFullYear ? "" : " (\(budget.period.months) maanden)"); \(options.unitDescription)",
        ]
    }

    /// Begroot against realised per top-level cost entry, for the HTML report.
    static func costChart(for budget: Budget) -> Chart? {
        let columns = budget.columns.filter { !$0.isDerived }
        guard !budget.costs.isEmpty else { return nil }
        return Chart(
            title: "Lasten per kostengroep: \(columns.map(\.name).joined(separator: " / "))",
            description: "Staafdiagram met per kostengroep de bedragen van de kolommen \(columns.map { "\($0.name) (\($0.heading))" }.joined(separator: ", ")).",
            categories: budget.costs.map(\.name),
            series: columns.map { column in Chart.Series(name: column.name, values: budget.costs.map { budget.total(of: $0, in: column, side: .costs) }) },
            style: .groupedColumns)
    }

    static func columnLegend(of budget: Budget) -> String {
        let parts = budget.columns.map { column -> String in
            switch column.kind {
            case .difference(let compared, let base):
                return "\(column.name) = \(compared) t.o.v. \(base), + is voordeel (\(column.heading))"
            default:
                return "\(column.name) = \(column.heading)"
            }
        }
        return "Kolommen: " + parts.joined(separator: "; ") + "."
    }

    /// The lasten, baten and resultaat as one table, in shown (rounded) amounts that add up.
    static func linesTable(for budget: Budget, contributions statement: ContributionStatement?, unit: RoundingUnit) -> ReportTable {
        var table = ReportTable(
            caption: "Lasten, baten en resultaat — \(budget.title)",
            columns: [ReportTable.Column("", alignsRight: false)] + budget.columns.map { ReportTable.Column($0.name) })
        let computed = computedContributions(statement)
        let shown = ShownBudget(budget: budget, computed: computed.flatMap { members in statement.map { ($0.column, members) } }, unit: unit)
        func cells(_ value: (Column) -> Money?) -> [ReportTable.Cell] {
            budget.columns.map { column in value(column).map(ReportTable.Cell.amount) ?? .empty }
        }
        func add(_ items: [BudgetItem], path: [Int], depth: Int) {
            for (index, item) in items.enumerated() {
                let itemPath = path + [index]
                switch item {
                case .line(let line):
                    let values = cells { column in
                        column.isDerived || line.amounts[column.name] != nil ? shown.amount(column, itemPath) : nil
                    }
                    let label = line.capacity.map { "\(line.name) (\($0.fte.dutch()) fte × \($0.rate.dutch()))" } ?? line.name
                    table.rows.append(ReportTable.Row([.text(label)] + values, depth: depth))
                case .group(let group):
                    let label = group.theme.map { theme -> String in
                        switch theme.participation {
                        case .all: return "\(group.name) (thema)"
                        case .only(let names): return "\(group.name) (thema; alleen \(names.joined(separator: ", ")))"
                        case .except(let names): return "\(group.name) (thema; zonder \(names.joined(separator: ", ")))"
                        }
                    } ?? group.name
                    table.rows.append(ReportTable.Row([.text(label)] + cells { shown.amount($0, itemPath) }, style: .subtotal, depth: depth))
                    add(group.items, path: itemPath, depth: depth + 1)
                }
            }
        }
        table.rows.append(ReportTable.Row([.text("Lasten")], style: .heading))
        add(budget.costs, path: [0], depth: 1)
        table.rows.append(ReportTable.Row([.text("Totaal lasten")] + cells { shown.totalCosts[$0.name] }, style: .total))
        table.rows.append(ReportTable.Row([.text("Baten")], style: .heading))
        add(budget.income, path: [1], depth: 1)
        if let computed, let statement {
            let groupPath = [1, budget.income.count]
            let inColumn: (Column, [Int]) -> Money? = { column, path in
                column == statement.column || column.isDerived ? shown.amount(column, path) : nil
            }
            table.rows.append(ReportTable.Row([.text("Bijdragen gemeenten (berekend)")] + cells { inColumn($0, groupPath) }, style: .subtotal, depth: 1))
            for (index, member) in computed.enumerated() {
                table.rows.append(ReportTable.Row([.text(member.municipality)] + cells { inColumn($0, groupPath + [index]) }, depth: 2))
            }
        }
        table.rows.append(ReportTable.Row([.text("Totaal baten")] + cells { shown.totalIncome[$0.name] }, style: .total))
        table.rows.append(ReportTable.Row([.text("Resultaat (+/+ voordeel, -/- nadeel)")] + budget.columns.map { .result(shown.result($0)) }, style: .total))
        return table
    }

    static func computedContributions(_ statement: ContributionStatement?) -> [MemberContribution]? {
        guard let statement, case .computed = statement.basis else { return nil }
        return statement.members
    }
}
