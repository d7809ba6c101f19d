/// The content of `zvh gemeente NAAM`: what one municipality pays, period by period,
/// next to the other members. Every finding of `zvh check` that touches the member's
/// figures is shown beside them, never hidden.
public struct MunicipalityReport: ReportContent {
    /// One period of one organisation as the municipality sees it.
    public struct Period: Sendable {
        /// The budget report's content (budget, contributions, all its findings).
        public var entry: BudgetReportContent
        /// The contributions.
        public var statement: ContributionStatement
        /// The findings that touch the member's figures.
        public var findings: [Finding]

        /// The budget.
        public var budget: Budget { entry.budget }
    }

    /// The member, spelled as the files spell it.
    public var municipality: String
    /// The periods the member takes part in, by organisation and period.
    public var periods: [Period]

    /// Creates the content from the budget reports of the files read.
    /// - Complexity: O(entries × members).
    public init(_ municipality: String, entries: [BudgetReportContent]) {
        self.municipality = municipality
        periods = OverviewContent(entries).grouped.flatMap { _, group in
            group.compactMap { entry -> Period? in
                guard entry.budget.organisation.member(named: municipality) != nil, let statement = entry.analysed.statement else { return nil }
                return Period(entry: entry, statement: statement, findings: entry.findings.filter { $0.touches(municipality) })
            }
        }
    }

    /// The member's name as the files spell it, matched without regard to case.
    public static func canonicalName(_ name: String, in budgets: [Budget]) -> String? {
        let names = budgets.flatMap { $0.organisation.members.map(\.name) }
        return names.first { $0 == name } ?? names.first { $0.lowercased() == name.lowercased() }
    }

    /// All member names in the budgets, for suggestions.
    public static func memberNames(in budgets: [Budget]) -> [String] {
        var names: [String] = []
        for budget in budgets {
            for member in budget.organisation.members where !names.contains(member.name) { names.append(member.name) }
        }
        return names
    }

    /// The member's figures in one period.
    struct Figures {
        var member: MemberContribution
        var perInhabitant: Money?

        init?(_ period: Period, _ municipality: String) {
            guard let member = period.statement.members.first(where: { $0.municipality == municipality }) else { return nil }
            self.member = member
            perInhabitant = member.finalPerInhabitant
        }
    }

    /// The change of the final contribution against the previous period of the same
    /// organisation, the previous amount scaled to this period's months.
    struct Change {
        /// The change in euros.
        var amount: Money
        /// The change as a share of the previous amount (nil when that was zero).
        var relative: Share?
        /// What it is compared with: `2021`, `7/12 van 2023`.
        var basis: String
    }

    func change(at index: Int) -> Change? {
        let current = periods[index]
        guard let previousIndex = periods[..<index].lastIndex(where: { $0.budget.organisation.identifier == current.budget.organisation.identifier }),
            let now = Figures(current, municipality), let before = Figures(periods[previousIndex], municipality)
        else { return nil }
        let months = current.statement.column.months
        let previousMonths = periods[previousIndex].statement.column.months
        let basisAmount = ProRata.amount(before.member.final, months: months, of: previousMonths)
        let change = now.member.final - basisAmount
        let basis = months == previousMonths
            ? periods[previousIndex].budget.period.dutchDescription
            : "\(months)/\(previousMonths) van \(periods[previousIndex].budget.period.dutchDescription)"
        return Change(amount: change, relative: basisAmount.isZero ? nil : Share(change, of: basisAmount.magnitude), basis: basis)
    }

    public func presentation(_ options: ReportOptions) -> Report {
        let organisations = periods.map(\.budget.organisation.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var report = Report(
            title: "Gemeente \(municipality) — bijdragen aan \(organisations.joined(separator: " en "))",
            context: [
                "\(periods.count) periode(n); definitief = bijdrage + verrekening; verandering t.o.v. de vorige periode, naar rato van het aantal maanden.",
                options.unitDescription,
            ])
        var summary = ReportTable(
            caption: "\(municipality) per periode",
            columns: [
                .init("periode", alignsRight: false), .init("bijdrage"), .init("verrekening"), .init("definitief"), .init("aandeel"),
                .init("€ per inwoner"), .init("verandering"), .init("verandering %"), .init("t.o.v.", alignsRight: false), .init("let op", alignsRight: false),
            ])
        for (index, period) in periods.enumerated() {
            guard let figures = Figures(period, municipality) else { continue }
            let change = change(at: index)
            let warnings = period.findings.filter { $0.severity >= .warning }
            summary.rows.append(
                ReportTable.Row([
                    .text("\(period.budget.title) (\(period.budget.organisation.identifier))"), .amount(figures.member.contribution),
                    .amount(figures.member.settlement), .amount(figures.member.final), .percent(figures.member.share.percentText()),
                    figures.perInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    change.map { .amount(PresentationRounding.shownTotal($0.amount, unit: options.unit)) } ?? .empty,
                    change?.relative.map { .percent($0.percentText(decimals: 1)) } ?? .empty,
                    change.map { .text($0.basis) } ?? .empty,
                    warnings.isEmpty ? .empty : .text("⚠ " + Set(warnings.map(\.rule)).sorted().joined(separator: ", ")),
                ], notes: period.findings.isEmpty ? [] : [index + 1]))
        }
        report.sections.append(ReportSection(heading: "Overzicht", table: summary))
        report.primarySection = 0
        for period in periods {
            report.sections.append(section(for: period, options: options))
        }
        return report
    }

    func section(for period: Period, options: ReportOptions) -> ReportSection {
        var table = ReportTable(
            caption: "Alle gemeenten, \(period.budget.title) (\(period.budget.file))",
            columns: [
                .init("gemeente", alignsRight: false), .init("bijdrage"), .init("verrekening"), .init("definitief"), .init("aandeel"),
                .init("inwoners"), .init("€ per inwoner"),
            ])
        let shown = ContributionReport.ShownContributions(period.statement, unit: options.unit)
        for (index, member) in period.statement.members.enumerated() {
            let marker = member.municipality == municipality ? "▶ " : ""
            table.rows.append(
                ReportTable.Row(
                    [
                        .text(marker + member.municipality), .amount(shown.contributions[index]), .amount(shown.settlements[index]),
                        .amount(shown.finals[index]), .percent(member.share.percentText()),
                        member.inhabitants.map { .quantity(Quantity($0)) } ?? .empty, member.finalPerInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    ], style: member.municipality == municipality ? .subtotal : .line, notes: period.entry.notes(forMember: member.municipality)))
        }
        table.rows.append(
            ReportTable.Row(
                [.text("Totaal"), .amount(shown.contributions.sum()), .amount(shown.settlements.sum()), .amount(shown.finals.sum()), .percent("100,00%"), .empty, .empty],
                style: .total))
        var paragraphs = period.entry.findings.enumerated().compactMap { number, finding in
            finding.touches(municipality) || finding.municipalities.isEmpty ? "⚠\(number + 1) " + finding.summaryLine : nil
        }
        if !period.findings.isEmpty {
            paragraphs.append("De bedragen hierboven zijn berekend uit de regels zoals ze in het bestand staan; los de bevindingen op (zie 'zvh check \(period.budget.file)') voordat u ze gebruikt.")
        }
        if options.explains, let index = period.statement.members.firstIndex(where: { $0.municipality == municipality }) {
            paragraphs += ["Uitleg voor \(municipality):"] + ContributionExplanation.steps(for: period.budget, statement: period.statement, member: index).enumerated().map { "\($0.offset + 1). \($0.element)" }
        }
        return ReportSection(
            heading: "\(period.budget.title) — \(period.budget.organisation.name)", table: table, paragraphs: paragraphs,
            chart: ContributionReport.chart(for: period.statement))
    }

    /// One member of a period as JSON: its figures, share, inhabitants and the numbers
    /// of the findings that touch it.
    func memberJSON(_ member: MemberContribution, in period: Period) -> JSONOutput {
        let inhabitants: JSONOutput = member.inhabitants.map { .number(String($0)) } ?? .null
        let perInhabitant: JSONOutput = member.finalPerInhabitant.map(JSONOutput.amount) ?? .null
        let notes = period.entry.notes(forMember: member.municipality).map(JSONOutput.integer)
        return .object([
            "gemeente": .string(member.municipality), "bijdrage": .amount(member.contribution),
            "verrekening": .amount(member.settlement), "definitief": .amount(member.final), "aandeel": member.share.json,
            "inwoners": inhabitants, "per-inwoner": perInhabitant, "bevindingen": .array(notes),
        ])
    }

    /// The report as JSON: per period the member's figures, its share (a number, the
    /// percentage of the total distributed), the change, all members, and the findings
    /// that touch it (each in the one finding format).
    public func json(_ options: ReportOptions) -> JSONOutput {
        .object([
            "gemeente": .string(municipality),
            "perioden": .array(periods.indices.compactMap { index -> JSONOutput? in
                let period = periods[index]
                guard let figures = Figures(period, municipality) else { return nil }
                let change = change(at: index)
                return .object([
                    "organisatie": .string(period.budget.organisation.identifier),
                    "bestand": .string(period.budget.file),
                    "titel": .string(period.budget.title),
                    "periode": BudgetReportContent.period(period.budget.period),
                    "bijdrage": .amount(figures.member.contribution),
                    "verrekening": .amount(figures.member.settlement),
                    "definitief": .amount(figures.member.final),
                    "aandeel": figures.member.share.json,
                    "inwoners": figures.member.inhabitants.map { .number(String($0)) } ?? .null,
                    "per-inwoner": figures.perInhabitant.map(JSONOutput.amount) ?? .null,
                    "verandering": change.map { .object(["bedrag": .amount($0.amount), "procent": $0.relative?.json ?? .null, "ten-opzichte-van": .string($0.basis)]) } ?? .null,
                    "gemeenten": .array(period.statement.members.map { memberJSON($0, in: period) }),
                    "totaal": .object(ContributionReport.totals(period.statement)),
                    "bevindingen": .array(period.findings.map(\.json)),
                ])
            }),
        ])
    }
}
