/// The overview of many budget files: per organisation, per period, the totals and
/// resultaat of every column and what every member pays.
public enum OverviewReport {
    /// One budget with its contributions, as the overview shows it.
    public struct Entry: Sendable {
        /// The budget.
        public var budget: Budget
        /// Its contributions.
        public var statement: ContributionStatement
        /// What `zvh check` finds in it.
        public var findings: [Finding]

        /// Creates an entry.
        public init(budget: Budget, statement: ContributionStatement, findings: [Finding] = []) {
            self.budget = budget
            self.statement = statement
            self.findings = findings
        }
    }

    /// The entries grouped by organisation (by name), each group by period.
    public static func grouped(_ entries: [Entry]) -> [(organisation: Organisation, entries: [Entry])] {
        let identifiers = Set(entries.map(\.budget.organisation.identifier))
        return identifiers.map { identifier in
            let group = entries.filter { $0.budget.organisation.identifier == identifier }
                .sorted { ($0.budget.period, $0.budget.file) < ($1.budget.period, $1.budget.file) }
            return (group[0].budget.organisation, group)
        }
        .sorted { ($0.organisation.name, $0.organisation.identifier) < ($1.organisation.name, $1.organisation.identifier) }
    }

    /// The overview as a report; its main table (for CSV) lists every member's
    /// contribution in every period.
    public static func report(_ entries: [Entry], options: ReportOptions = ReportOptions()) -> Report {
        var report = Report(
            title: "Overzicht ZVH-financiën",
            context: ["\(entries.count) bestand(en); bedragen in euro's; resultaat: +/+ voordeel, -/- nadeel."])
        for (organisation, group) in grouped(entries) {
            report.sections.append(ReportSection(heading: organisation.name))
            for entry in group {
                let budget = entry.budget
                var totals = ReportTable(
                    caption: "\(budget.title): totalen per kolom",
                    columns: [ReportTable.Column("kolom", alignsRight: false), .init("lasten"), .init("baten"), .init("resultaat")])
                let extra = BudgetReport.computedContributions(entry.statement) != nil ? entry.statement.totalContribution : .zero
                for column in budget.columns {
                    let added = column == entry.statement.column ? extra : .zero
                    totals.rows.append(ReportTable.Row([
                        .text("\(column.name) (\(column.heading))"), .amount(budget.totalCosts(in: column)),
                        .amount(budget.totalIncome(in: column) + added), .result(budget.result(in: column) + added),
                    ]))
                }
                var paragraphs = ["Bestand: \(budget.file). Bron: \(budget.source.dutchDescription)."]
                let serious = entry.findings.filter { $0.severity >= .warning }
                if !serious.isEmpty {
                    let rules = serious.map(\.rule).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                    paragraphs.append("⚠ Let op: zvh check vindt \(CheckReport.seriousCounts(serious)) (\(rules.joined(separator: ", "))); zie 'zvh check \(budget.file)' voordat u deze cijfers gebruikt.")
                }
                report.sections.append(ReportSection(
                    heading: "\(budget.title) — \(budget.period.dutchDescription) (\(budget.kind.rawValue))",
                    table: totals,
                    paragraphs: paragraphs))
                report.sections.append(ReportSection(table: ContributionReport.table(for: entry.statement, unit: options.unit), chart: ContributionReport.chart(for: entry.statement)))
            }
        }
        report.exportTable = allContributions(entries)
        return report
    }

    /// Every member's contribution in every period, one row each (exact amounts).
    static func allContributions(_ entries: [Entry]) -> ReportTable {
        var table = ReportTable(
            caption: "Bijdragen per organisatie, periode en gemeente",
            columns: [
                .init("organisatie", alignsRight: false), .init("periode", alignsRight: false), .init("bestand", alignsRight: false),
                .init("gemeente", alignsRight: false), .init("bijdrage"), .init("verrekening"), .init("definitief"),
            ])
        for (organisation, group) in grouped(entries) {
            for entry in group {
                for member in entry.statement.members {
                    table.rows.append(ReportTable.Row([
                        .text(organisation.name), .text(entry.budget.period.dutchDescription), .text(entry.budget.file), .text(member.municipality),
                        .amount(member.contribution), .amount(member.settlement), .amount(member.final),
                    ]))
                }
            }
        }
        return table
    }

    /// The overview as JSON: `{"organisaties": [{code, naam, perioden: [...]}]}`.
    public static func document(_ entries: [Entry]) -> JSONOutput {
        .object([
            "organisaties": .array(grouped(entries).map { organisation, group in
                .object([
                    "code": .string(organisation.identifier),
                    "naam": .string(organisation.name),
                    "perioden": .array(group.map { BudgetJSON.document(for: $0.budget, contributions: $0.statement) }),
                ])
            }),
        ])
    }
}
