/// What one municipality pays, period by period, next to the other members:
/// `zvh gemeente NAAM`. Problems that `zvh check` finds in its lines are shown beside
/// the figures they affect, never hidden.
public enum MunicipalityReport {
    /// One period of one organisation as the municipality sees it.
    public struct Period: Sendable {
        /// The budget.
        public var budget: Budget
        /// Its contributions.
        public var statement: ContributionStatement
        /// The findings of `zvh check` on this budget that concern the municipality.
        public var findings: [Finding]
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

    /// The periods the municipality takes part in, by organisation and period, each
    /// with the findings of the organisation's files that mention it.
    public static func periods(of municipality: String, entries: [OverviewReport.Entry], findings: [Finding]) -> [Period] {
        OverviewReport.grouped(entries).flatMap { _, group in
            group.filter { $0.budget.organisation.member(named: municipality) != nil }.map { entry in
                Period(
                    budget: entry.budget, statement: entry.statement,
                    findings: findings.filter { $0.file == entry.budget.file && mentions($0, municipality) })
            }
        }
    }

    static func mentions(_ finding: Finding, _ municipality: String) -> Bool {
        (finding.message + " " + (finding.hint ?? "")).contains(municipality)
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
    static func change(_ periods: [Period], at index: Int, _ municipality: String) -> (amount: Money, percent: String, basis: String)? {
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
        let percent = basisAmount.isZero ? "–" : Ratio.percentText(Int128(change.cents), of: Int128(basisAmount.cents.magnitude), decimals: 1)
        return (change, percent, basis)
    }

    /// The report.
    public static func report(_ municipality: String, periods: [Period], options: ReportOptions = ReportOptions()) -> Report {
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
                .init("€ per inwoner"), .init("verandering"), .init("t.o.v.", alignsRight: false), .init("let op", alignsRight: false),
            ])
        for (index, period) in periods.enumerated() {
            guard let figures = Figures(period, municipality) else { continue }
            let change = change(periods, at: index, municipality)
            let warnings = period.findings.filter { $0.severity >= .warning }
            summary.rows.append(
                ReportTable.Row([
                    .text("\(period.budget.title) (\(period.budget.organisation.identifier))"), .amount(figures.member.contribution),
                    .amount(figures.member.settlement), .amount(figures.member.final), .percent(figures.member.sharePercentText),
                    figures.perInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    change.map { change in
                        let shown = PresentationRounding.shownTotal(change.amount, unit: options.unit)
                        return .text((shown.isNegative ? "" : "+") + shown.dutch() + " (" + change.percent + ")")
                    } ?? .empty,
                    change.map { .text($0.basis) } ?? .empty,
                    warnings.isEmpty ? .empty : .text("⚠ " + Set(warnings.map(\.rule)).sorted().joined(separator: ", ")),
                ]))
        }
        report.sections.append(ReportSection(heading: "Overzicht", table: summary))
        report.primarySection = 0
        for period in periods {
            report.sections.append(section(for: period, municipality: municipality, options: options))
        }
        return report
    }

    static func section(for period: Period, municipality: String, options: ReportOptions) -> ReportSection {
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
                        .amount(shown.finals[index]), .percent(member.sharePercentText),
                        member.inhabitants.map { .quantity(Quantity($0)) } ?? .empty, member.finalPerInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    ], style: member.municipality == municipality ? .subtotal : .line))
        }
        table.rows.append(
            ReportTable.Row(
                [.text("Totaal"), .amount(shown.contributions.sum()), .amount(shown.settlements.sum()), .amount(shown.finals.sum()), .percent("100,00%"), .empty, .empty],
                style: .total))
        var paragraphs = period.findings.map { finding in
            "Let op (\(finding.severity.rawValue), \(finding.rule), bestandsregel \(finding.place.location.line)): \(finding.message)" + (finding.hint.map { ". Hint: \($0)" } ?? "")
        }
        if !period.findings.isEmpty {
            paragraphs.append("De bedragen hierboven zijn berekend uit de regels zoals ze in het bestand staan; los de bevindingen op (zie 'zvh check \(period.budget.file)') voordat u ze gebruikt.")
        }
        if options.explains, let index = period.statement.members.firstIndex(where: { $0.municipality == municipality }) {
            paragraphs.append("Uitleg: " + ContributionExplanation.paragraph(for: period.budget, statement: period.statement, member: index))
        }
        return ReportSection(
            heading: "\(period.budget.title) — \(period.budget.organisation.name)", table: table, paragraphs: paragraphs,
            chart: ContributionReport.chart(for: period.statement))
    }

    /// The report as JSON.
    public static func document(_ municipality: String, periods: [Period]) -> JSONOutput {
        .object([
            "gemeente": .string(municipality),
            "perioden": .array(periods.indices.compactMap { index -> JSONOutput? in
                let period = periods[index]
                guard let figures = Figures(period, municipality) else { return nil }
                let change = change(periods, at: index, municipality)
                return .object([
                    "organisatie": .string(period.budget.organisation.identifier),
                    "bestand": .string(period.budget.file),
                    "titel": .string(period.budget.title),
                    "periode": BudgetJSON.period(period.budget.period),
                    "bijdrage": .amount(figures.member.contribution),
                    "verrekening": .amount(figures.member.settlement),
                    "definitief": .amount(figures.member.final),
                    "aandeel": .string(figures.member.sharePercentText),
                    "inwoners": figures.member.inhabitants.map { .number(String($0)) } ?? .null,
                    "per-inwoner": figures.perInhabitant.map(JSONOutput.amount) ?? .null,
                    "verandering": change.map { .object(["bedrag": .amount($0.amount), "procent": .string($0.percent), "ten-opzichte-van": .string($0.basis)]) } ?? .null,
                    "gemeenten": .array(period.statement.members.map { member in
                        .object([
                            "gemeente": .string(member.municipality), "bijdrage": .amount(member.contribution),
                            "verrekening": .amount(member.settlement), "definitief": .amount(member.final), "aandeel": .string(member.sharePercentText),
                        ])
                    }),
                    "opmerkingen": .array(period.findings.map { finding in
                        .object([
                            "regel": .string(finding.rule), "ernst": .string(finding.severity.rawValue), "regelnummer": .integer(finding.place.location.line),
                            "melding": .string(finding.message), "hint": .optional(finding.hint),
                        ])
                    }),
                ])
            }),
        ])
    }
}
