/// Builds the report of a budget: lasten and baten per column with group subtotals,
/// totals, the resultaat, and (for a begroting) what every member pays.
public enum BudgetReport {
    /// The report of a budget.
    ///
    /// - Parameters:
    ///   - budget: the budget.
    ///   - statement: its contributions, when they should be shown (begroting); with
    ///     computed contributions the baten include them.
    public static func report(for budget: Budget, contributions statement: ContributionStatement?) -> Report {
        var report = Report(title: "\(budget.organisation.name) — \(budget.title)", context: context(of: budget))
        report.sections.append(ReportSection(table: linesTable(for: budget, contributions: statement), paragraphs: [columnLegend(of: budget)]))
        if let statement {
            report.sections.append(ContributionReport.section(for: budget, statement: statement))
        }
        if !budget.notes.isEmpty {
            report.sections.append(ReportSection(heading: "Opmerkingen bij het bestand", paragraphs: budget.notes.map { "- " + $0 }))
        }
        return report
    }

    static func context(of budget: Budget) -> [String] {
        [
            "Bron: \(budget.source.dutchDescription)",
            "Bestand: \(budget.file)",
            "Periode: \(budget.period.dutchDescription)\(budget.period.isFullYear ? "" : " (\(budget.period.months) maanden)"); bedragen in euro's",
        ]
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

    /// The lasten, baten and resultaat as one table.
    static func linesTable(for budget: Budget, contributions statement: ContributionStatement?) -> ReportTable {
        var table = ReportTable(
            caption: "Lasten, baten en resultaat — \(budget.title)",
            columns: [ReportTable.Column("", alignsRight: false)] + budget.columns.map { ReportTable.Column($0.name) })
        let computed = computedContributions(statement)
        func amounts(_ value: (Column) -> Money?) -> [ReportTable.Cell] {
            budget.columns.map { column in value(column).map(ReportTable.Cell.amount) ?? .empty }
        }
        func add(_ items: [BudgetItem], side: BudgetSide, depth: Int) {
            for item in items {
                switch item {
                case .line(let line):
                    let cells = amounts { column in
                        column.isDerived || line.amounts[column.name] != nil ? budget.amount(of: line, in: column, side: side) : nil
                    }
                    table.rows.append(ReportTable.Row([.text(line.name)] + cells, depth: depth))
                case .group(let group):
                    table.rows.append(ReportTable.Row([.text(group.name)] + amounts { budget.total(of: item, in: $0, side: side) }, style: .subtotal, depth: depth))
                    add(group.items, side: side, depth: depth + 1)
                }
            }
        }
        table.rows.append(ReportTable.Row([.text("Lasten")], style: .heading))
        add(budget.costs, side: .costs, depth: 1)
        table.rows.append(ReportTable.Row([.text("Totaal lasten")] + amounts { budget.totalCosts(in: $0) }, style: .total))
        table.rows.append(ReportTable.Row([.text("Baten")], style: .heading))
        add(budget.income, side: .income, depth: 1)
        if let computed, let statement {
            let label = "Bijdragen gemeenten (berekend)"
            table.rows.append(ReportTable.Row([.text(label)] + amounts { $0 == statement.column ? statement.totalContribution : nil }, style: .subtotal, depth: 1))
            for member in computed {
                table.rows.append(ReportTable.Row([.text(member.municipality)] + amounts { $0 == statement.column ? member.contribution : nil }, depth: 2))
            }
        }
        let extra: (Column) -> Money = { column in
            computed != nil && column == statement?.column ? statement?.totalContribution ?? .zero : .zero
        }
        table.rows.append(ReportTable.Row([.text("Totaal baten")] + amounts { budget.totalIncome(in: $0) + extra($0) }, style: .total))
        table.rows.append(
            ReportTable.Row(
                [.text("Resultaat (+/+ voordeel, -/- nadeel)")] + budget.columns.map { .result(budget.result(in: $0) + extra($0)) },
                style: .total))
        return table
    }

    static func computedContributions(_ statement: ContributionStatement?) -> [MemberContribution]? {
        guard let statement, case .computed = statement.basis else { return nil }
        return statement.members
    }
}
