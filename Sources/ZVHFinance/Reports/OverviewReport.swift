/// The content of `zvh overzicht`: per organisation, per period, the totals and
/// resultaat of every column and what every member pays.
public struct OverviewContent: ReportContent {
    /// The budgets, each a budget report's content (with its findings).
    public var entries: [BudgetReportContent]

    /// Creates the content; entries are grouped by organisation and period.
    public init(_ entries: [BudgetReportContent]) {
        self.entries = entries
    }

    /// The entries grouped by organisation (by name), each group by period.
    /// - Complexity: O(n log n).
    public var grouped: [(organisation: Organisation, entries: [BudgetReportContent])] {
        var groups: [String: [BudgetReportContent]] = [:]
        for entry in entries { groups[entry.budget.organisation.identifier, default: []].append(entry) }
        return groups.values.map { group in
            let sorted = group.sorted { ($0.budget.period, $0.budget.file) < ($1.budget.period, $1.budget.file) }
            return (sorted[0].budget.organisation, sorted)
        }
        .sorted { ($0.organisation.name, $0.organisation.identifier) < ($1.organisation.name, $1.organisation.identifier) }
    }

    public func presentation(_ options: ReportOptions) -> Report {
        var report = Self.head(fileCount: entries.count)
        report.asOf = "Stand van de gegevens: " + grouped.map { organisation, group in "\(organisation.name): \(group.map(\.budget.title).joined(separator: ", "))" }.joined(separator: "; ")
        report.sections = sections(options)
        report.exportTable = allContributions()
        return report
    }

    /// The report's title and context, without sections, for an overview of this many
    /// files.
    static func head(fileCount: Int) -> Report {
        Report(title: "Overzicht ZVH-financiën", context: ["\(fileCount) bestand(en); bedragen in euro's; resultaat: +/+ voordeel, -/- nadeel."])
    }

    /// The sections of every organisation, in the overview's order.
    func sections(_ options: ReportOptions) -> [ReportSection] {
        var sections: [ReportSection] = []
        for (organisation, group) in grouped {
            sections.append(ReportSection(heading: organisation.name))
            for entry in group {
                let budget = entry.budget
                let figures = entry.figures
                var totals = ReportTable(
                    caption: "\(budget.title): totalen per kolom",
                    columns: [
                        ReportTable.Column("kolom", alignsRight: false), .init("lasten"), .init("baten"), .init("saldo van baten en lasten"),
                        .init("mutaties reserves"), .init("resultaat"),
                    ])
                for (index, column) in figures.columns.enumerated() {
                    totals.rows.append(ReportTable.Row([
                        .text("\(column.name) (\(column.heading))"), .amount(figures.totalCosts[index]),
                        .amount(figures.totalIncome[index]), .result(figures.balanceBeforeReserves[index]),
                        .amount(figures.totalReserveMovements[index]), .result(figures.result[index]),
                    ]))
                }
                var paragraphs = ["Bestand: \(budget.file). Bron: \(budget.source.dutchDescription)."]
                let serious = entry.findings.filter { $0.severity >= .warning }
                if !serious.isEmpty {
                    let rules = serious.map(\.rule).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                    paragraphs.append("⚠ Let op: zvh check vindt \(CheckReport.seriousCounts(serious)) (\(rules.joined(separator: ", "))); zie 'zvh check \(budget.file)' voordat u deze cijfers gebruikt.")
                }
                sections.append(ReportSection(
                    heading: "\(budget.title) — \(budget.period.dutchDescription) (\(budget.kind.rawValue))",
                    table: totals,
                    paragraphs: paragraphs))
                if let statement = entry.analysed.statement {
                    sections.append(ReportSection(
                        table: ContributionReport.table(for: statement, unit: options.unit, notes: entry.notes(forMember:)),
                        chart: ContributionReport.chart(for: statement)))
                }
            }
        }
        return sections
    }

    /// Every member's contribution in every period, one row each (exact amounts).
    func allContributions() -> ReportTable {
        var table = ReportTable(
            caption: "Bijdragen per organisatie, periode en gemeente",
            columns: [
                .init("organisatie", alignsRight: false), .init("periode", alignsRight: false), .init("bestand", alignsRight: false),
                .init("gemeente", alignsRight: false), .init("bijdrage"), .init("verrekening"), .init("definitief"),
            ])
        for (organisation, group) in grouped {
            for entry in group {
                for member in entry.analysed.statement?.members ?? [] {
                    table.rows.append(ReportTable.Row([
                        .text(organisation.name), .text(entry.budget.period.dutchDescription), .text(entry.budget.file), .text(member.municipality),
                        .amount(member.contribution), .amount(member.settlement), .amount(member.final),
                    ], notes: entry.notes(forMember: member.municipality)))
                }
            }
        }
        return table
    }

    /// `{"organisaties": [{code, naam, perioden: [budget report…]}]}`.
    public func json(_ options: ReportOptions) -> JSONOutput {
        .object([
            "organisaties": .array(grouped.map { organisation, group in
                .object([
                    "code": .string(organisation.identifier),
                    "naam": .string(organisation.name),
                    "perioden": .array(group.map { $0.json(options) }),
                ])
            }),
        ])
    }
}
