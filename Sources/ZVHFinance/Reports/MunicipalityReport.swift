import Foundation

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

    /// The member-side comparison per year of the own ramingen given
    /// (`--eigen-raming`), in the order given; empty without.
    public var estimates: [EstimateComparison] = []

    /// Creates the content from the budget reports of the files read.
    /// - Parameters:
    ///   - municipality: the member, spelled as the files spell it.
    ///   - entries: the budget reports of the files read.
    ///   - ownEstimates: the municipality's own ramingen, compared per year with its
    ///     definitief in the ZVH's begroting(en) of that year.
    /// - Complexity: O(entries × members + ownEstimates × entries).
    public init(_ municipality: String, entries: [BudgetReportContent], ownEstimates: [OwnEstimate] = []) {
        self.municipality = municipality
        periods = OverviewContent(entries).grouped.flatMap { _, group in
            group.compactMap { entry -> Period? in
                guard entry.budget.organisation.member(named: municipality) != nil, let statement = entry.analysed.statement else { return nil }
                return Period(entry: entry, statement: statement, findings: entry.findings.filter { $0.touches(municipality) })
            }
        }
        estimates = ownEstimates.map { own in
            let budgets = periods.filter { $0.budget.kind == .begroting && $0.budget.period.year == own.year }
            let finals = budgets.compactMap { Figures($0, municipality)?.member.final }
            return EstimateComparison(
                year: own.year, zvhEstimate: finals.isEmpty ? nil : finals.sum(),
                sources: budgets.map { "\($0.budget.title) (\($0.budget.organisation.identifier))" }, ownEstimate: own.amount)
        }
    }

    /// The member's name as the files spell it, matched without regard to case,
    /// surrounding spaces or Unicode normalisation.
    public static func canonicalName(_ name: String, in budgets: [Budget]) -> String? {
        let names = budgets.flatMap { $0.organisation.members.map(\.name) }
        let trimmed = name.trimmingSpaces
        return names.first { $0 == trimmed } ?? names.first { folded($0) == folded(trimmed) }
    }

    /// Every spelling the files give a member whose name matches `name` without regard
    /// to case (`Beek` in one file, `beek` in another), each with the files that use
    /// it, in file order. More than one spelling means the files disagree: the caller
    /// refuses rather than pick one.
    /// - Complexity: O(members of all budgets).
    public static func spellings(of name: String, in budgets: [Budget]) -> [(name: String, files: [String])] {
        let wanted = folded(name.trimmingSpaces)
        var result: [(name: String, files: [String])] = []
        for budget in budgets {
            for member in budget.organisation.members where folded(member.name) == wanted {
                if let index = result.firstIndex(where: { $0.name == member.name }) {
                    if result[index].files.last != budget.file { result[index].files.append(budget.file) }
                } else {
                    result.append((member.name, [budget.file]))
                }
            }
        }
        return result
    }

    static func folded(_ name: String) -> String { name.lowercased().precomposedStringWithCanonicalMapping }

    /// All member names in the budgets, for suggestions, in file order.
    /// - Complexity: O(members of all budgets).
    public static func memberNames(in budgets: [Budget]) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for budget in budgets {
            for member in budget.organisation.members where seen.insert(member.name).inserted { names.append(member.name) }
        }
        return names
    }

    /// The member's figures in one period.
    struct Figures {
        var member: MemberContribution
        /// The definitief per inhabitant (one-off settlement included).
        var perInhabitant: Money?
        /// The bijdrage per inhabitant (totaal: incidental lines included).
        var contributionPerInhabitant: Money?
        /// The structural bijdrage per inhabitant (``StructuralContributions``).
        var structuralPerInhabitant: Money?
        /// The inhabitants' count as the period's own file gives it (with its reference date).
        var inhabitants: Inhabitants?

        init?(_ period: Period, _ municipality: String) {
            guard let member = period.statement.members.first(where: { $0.municipality == municipality }) else { return nil }
            self.member = member
            perInhabitant = member.finalPerInhabitant
            contributionPerInhabitant = member.contributionPerInhabitant
            structuralPerInhabitant = period.entry.analysed.structuralContributions?.member(municipality)?.perInhabitant
            inhabitants = period.budget.organisation.member(named: municipality)?.inhabitants
        }

        /// Which inhabitants were used, in words, and whether their reference date lies
        /// after the period (a later count used for an earlier year).
        func inhabitantsNote(for period: Period) -> String? {
            guard let inhabitants else { return nil }
            let date = inhabitants.referenceDate.map { "peildatum \($0)" } ?? "peildatum onbekend"
            var note = "\(period.budget.period.dutchDescription): \(Quantity(inhabitants.count).dutch()) inwoners (\(date)" + (inhabitants.source.map { ", bron: \($0)" } ?? "") + ")"
            if let year = inhabitants.referenceDate.flatMap({ Int($0.prefix(4)) }), year > period.budget.period.year {
                note += "; let op: de peildatum ligt na \(period.budget.period.dutchDescription), dus niet de inwoners van die periode"
            }
            return note
        }
    }

    /// The change against the previous period of the same organisation, split into
    /// bijdrage and verrekening (see ``ContributionChange``); nil for a first period.
    public func change(at index: Int) -> ContributionChange? {
        let current = periods[index]
        guard let previousIndex = periods[..<index].lastIndex(where: { $0.budget.organisation.identifier == current.budget.organisation.identifier }),
            let now = Figures(current, municipality), let before = Figures(periods[previousIndex], municipality)
        else { return nil }
        let previous = periods[previousIndex]
        return ContributionChange(
            current: now.member, months: current.statement.column.months, previous: before.member, previousBudget: previous.budget,
            previousMonths: previous.statement.column.months)
    }

    /// A period as tables and charts name it: `Begroting 2022 (midden-limburg)`.
    func label(_ period: Period) -> String {
        "\(period.budget.title) (\(period.budget.organisation.identifier))"
    }

    /// The documents the figures come from, for the page footer: never the date of the run.
    var asOf: String {
        let titles = periods.map { "\($0.budget.title) \($0.budget.organisation.name)" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return "Stand van de gegevens: " + titles.joined(separator: "; ")
    }

    public func presentation(_ options: ReportOptions) -> Report {
        let organisations = periods.map(\.budget.organisation.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var report = Report(
            title: "Gemeente \(municipality) — bijdragen aan \(organisations.joined(separator: " en "))",
            context: [
                "\(periods.count) periode(n); definitief = bijdrage + verrekening. De verandering t.o.v. de vorige periode staat apart voor de bijdrage (structureel) en de verrekening (eenmalig).",
                options.unitDescription,
            ])
        report.asOf = asOf
        var summary = ReportTable(
            caption: "\(municipality) per periode",
            columns: [
                .init("periode", alignsRight: false), .init("bijdrage"), .init("verrekening"), .init("definitief"), .init("aandeel"),
                .init("bijdrage per inwoner (totaal)"), .init("structureel per inwoner"), .init("definitief per inwoner"), .init("let op", alignsRight: false),
            ])
        var inhabitantNotes: [String] = []
        var categories: [String] = []
        var contributions: [Money] = []
        var finals: [Money] = []
        for (index, period) in periods.enumerated() {
            guard let figures = Figures(period, municipality) else { continue }
            let warnings = period.findings.filter { $0.severity >= .warning }
            summary.rows.append(
                ReportTable.Row([
                    .text(label(period)), .amount(figures.member.contribution), .amount(figures.member.settlement), .amount(figures.member.final),
                    .percent(figures.member.share), figures.contributionPerInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    figures.structuralPerInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    figures.perInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    warnings.isEmpty ? .empty : .text("⚠ " + Set(warnings.map(\.rule)).sorted().joined(separator: ", ")),
                ], notes: period.findings.isEmpty ? [] : [index + 1], derivations: [3: .sum(row: summary.rows.count, columns: [1, 2])]))
            if let note = figures.inhabitantsNote(for: period) { inhabitantNotes.append(note) }
            categories.append(organisations.count > 1 ? label(period) : period.budget.title)
            contributions.append(figures.member.contribution)
            finals.append(figures.member.final)
        }
        let chart = Chart(
            title: "\(municipality): bijdrage en definitief per periode",
            description: "Lijnen over de perioden: de bijdrage (structureel) en het definitieve bedrag na verrekening.",
            categories: categories,
            series: [Chart.Series(name: "bijdrage", values: contributions), Chart.Series(name: "definitief", values: finals)], style: .line)
        let perInhabitantNote = "Per inwoner: de bijdrage (totaal: zonder de eenmalige verrekening, met de incidentele regels), de structurele bijdrage (alleen de structurele regels: de bijdragen berekend zonder de incidentele baten en lasten en zonder de verrekening) en het definitieve bedrag, elk gedeeld door de inwoners die het bestand van die periode noemt: " + (inhabitantNotes.isEmpty ? "geen inwoners bekend." : inhabitantNotes.joined(separator: "; ") + ".")
        report.sections.append(ReportSection(heading: "Overzicht", table: summary, paragraphs: [perInhabitantNote], chart: chart))
        report.primarySection = 0
        if let changes = changeSection(options) { report.sections.append(changes) }
        if !estimates.isEmpty { report.sections.append(estimateSection(options)) }
        for period in periods {
            report.sections.append(section(for: period, options: options))
            if let themes = themeSection(for: period, options: options) { report.sections.append(themes) }
        }
        return report
    }

    /// The change against the previous period, split: bijdrage (structural), verrekening
    /// (one-off), definitief; shown so that the shown bijdrage and verrekening add up
    /// to the shown definitief.
    func changeSection(_ options: ReportOptions) -> ReportSection? {
        var table = ReportTable(
            caption: "Verandering t.o.v. de vorige periode van dezelfde organisatie",
            columns: [
                .init("periode", alignsRight: false), .init("t.o.v.", alignsRight: false), .init("bijdrage (structureel)"), .init("bijdrage %"),
                .init("verrekening (eenmalig)"), .init("definitief"), .init("definitief %"),
            ])
        for index in periods.indices {
            guard let change = change(at: index) else { continue }
            let (contribution, settlement, _) = change.shown(unit: options.unit)
            table.rows.append(
                ReportTable.Row([
                    .text(label(periods[index])), .text(change.basis), .amount(contribution),
                    change.relativeContribution.map { .percent($0, decimals: 1) } ?? .empty, .amount(settlement),
                    .amount(contribution + settlement), change.relativeFinal.map { .percent($0, decimals: 1) } ?? .empty,
                ], derivations: [5: .sum(row: table.rows.count, columns: [2, 4])]))
        }
        guard !table.rows.isEmpty else { return nil }
        return ReportSection(
            heading: "Verandering", table: table,
            paragraphs: [
                "De bijdrage is wat de gemeente structureel betaalt; de verrekening is eenmalig (het resultaat van een eerder jaar, terug of bij). Een periode van een andere lengte wordt naar rato vergeleken (bijvoorbeeld 7/12 van het vorige jaar)."
            ])
    }

    /// The member-side comparison: per year the ZVH raming, the own raming and the
    /// difference (+ = voordeel for the municipality).
    func estimateSection(_ options: ReportOptions) -> ReportSection {
        var table = ReportTable(
            caption: "Eigen raming van \(municipality) naast de raming van het ZVH (verschil + = voordeel)",
            columns: [.init("jaar", alignsRight: false), .init("raming ZVH"), .init("eigen raming"), .init("verschil"), .init("bron ZVH-raming", alignsRight: false)])
        for estimate in estimates {
            let zvh = estimate.zvhEstimate.map { PresentationRounding.shownTotal($0, unit: options.unit) }
            let own = PresentationRounding.shownTotal(estimate.ownEstimate, unit: options.unit)
            table.rows.append(
                ReportTable.Row([
                    .text(String(estimate.year)), zvh.map(ReportTable.Cell.amount) ?? .empty, .amount(own), zvh.map { .amount(own - $0) } ?? .empty,
                    .text(estimate.sources.isEmpty ? "geen begroting van dit jaar gelezen" : estimate.sources.joined(separator: ", ")),
                ]))
        }
        return ReportSection(
            heading: "Eigen raming", table: table,
            paragraphs: ["Raming ZVH = het definitieve bedrag van \(municipality) in de begroting van het ZVH voor dat jaar; verschil = eigen raming − raming ZVH, + is een voordeel voor de gemeente."])
    }

    /// Per theme (financing part) of a budget with themes: what it costs, its key, who
    /// takes part, and the member's part.
    func themeSection(for period: Period, options: ReportOptions) -> ReportSection? {
        let parts = period.statement.parts
        guard parts.count > 1, let index = period.statement.members.firstIndex(where: { $0.municipality == municipality }) else { return nil }
        let shown = ContributionReport.ShownContributions(period.statement, unit: options.unit)
        var table = ReportTable(
            caption: "\(municipality) per thema, \(period.budget.title)",
            columns: [
                .init("deel", alignsRight: false), .init("verdeelsleutel", alignsRight: false), .init("deelnemers"), .init("te verdelen"),
                .init("bijdrage \(municipality)"),
            ])
        for (number, part) in parts.enumerated() {
            let takesPart = part.participants.contains(municipality)
            table.rows.append(
                ReportTable.Row([
                    .text(part.isTheme ? part.name : "algemeen"), .text(part.split.key.description), .quantity(Quantity(Int64(part.participants.count))),
                    .amount(PresentationRounding.shownTotal(part.coverage.amountToDistribute, unit: options.unit)),
                    takesPart ? .amount(shown.parts[number][index]) : .text("neemt niet deel"),
                ]))
        }
        table.rows.append(ReportTable.Row([.text("Totaal"), .empty, .empty, .empty, .amount(shown.contributions[index])], style: .total))
        return ReportSection(heading: "Per thema — \(period.budget.title)", table: table)
    }

    func section(for period: Period, options: ReportOptions) -> ReportSection {
        var table = ReportTable(
            caption: "Alle gemeenten, \(period.budget.title) (\(period.budget.file))",
            columns: [
                .init("gemeente", alignsRight: false), .init("bijdrage"), .init("verrekening"), .init("definitief"), .init("aandeel"),
                .init("inwoners"), .init("€ per inwoner"),
            ])
        let shown = ContributionReport.ShownContributions(period.statement, unit: options.unit)
        let totalRow = period.statement.members.count + (shown.roundingDifference == nil ? 0 : 1)
        // definitief = bijdrage + verrekening; aandeel = bijdrage / totaal bijdrage.
        func derivations(_ row: Int) -> [Int: ReportTable.Derivation] {
            [3: .sum(row: row, columns: [1, 2]), 4: .ratio(part: .init(row: row, column: 1), whole: .init(row: totalRow, column: 1))]
        }
        for (index, member) in period.statement.members.enumerated() {
            let marker = member.municipality == municipality ? "▶ " : ""
            table.rows.append(
                ReportTable.Row(
                    [
                        .text(marker + member.municipality), .amount(shown.contributions[index]), .amount(shown.settlements[index]),
                        .amount(shown.finals[index]), .percent(member.share),
                        member.inhabitants.map { .quantity(Quantity($0)) } ?? .empty, member.finalPerInhabitant.map(ReportTable.Cell.amount) ?? .empty,
                    ], style: member.municipality == municipality ? .subtotal : .line, notes: period.entry.notes(forMember: member.municipality),
                    derivations: derivations(index)))
        }
        let rounding = shown.roundingDifference ?? .zero
        if let shownRounding = shown.roundingDifference {
            let share = period.statement.roundingShare
            table.rows.append(ReportTable.Row(
                [.text(BudgetFigures.roundingLineName), .amount(shownRounding), .empty, .amount(shownRounding), .percent(share), .empty, .empty]))
        }
        table.rows.append(
            ReportTable.Row(
                [.text("Totaal"), .amount(shown.contributions.sum() + rounding), .amount(shown.settlements.sum()), .amount(shown.finals.sum() + rounding),
                 .percent(period.statement.wholeShare), .empty, .empty],
                style: .total, derivations: derivations(totalRow)))
        var paragraphs = period.entry.findings.enumerated().compactMap { number, finding in
            finding.touches(municipality) || finding.municipalities.isEmpty ? "⚠\(number + 1) " + finding.summaryLine : nil
        }
        if !period.findings.isEmpty {
            paragraphs.append("De bedragen hierboven zijn berekend uit de regels zoals ze in het bestand staan; los de bevindingen op (zie 'zvh check \(period.budget.file)') voordat u ze gebruikt.")
        }
        if options.explains, let index = period.statement.members.firstIndex(where: { $0.municipality == municipality }) {
            var steps = ContributionExplanation.shortSteps(for: period.budget, statement: period.statement, member: index)
            if let periodIndex = periods.firstIndex(where: { $0.budget.file == period.budget.file }), let change = change(at: periodIndex) {
                steps.append(
                    "T.o.v. \(change.basis): bijdrage \(change.contribution.signedDutch) (structureel), verrekening \(change.settlement.signedDutch) (eenmalig), definitief \(change.final.signedDutch).")
            }
            paragraphs += ["Uitleg voor \(municipality):"] + steps.enumerated().map { "\($0.offset + 1). \($0.element)" }
        }
        let perInhabitant = period.statement.members.compactMap(\.finalPerInhabitant)
        let chart = perInhabitant.count == period.statement.members.count && !perInhabitant.isEmpty
            ? Chart(
                title: "Definitief per inwoner, \(period.budget.title)",
                description: "Staven per gemeente: het definitieve bedrag gedeeld door het aantal inwoners, in euro's.",
                categories: period.statement.members.map(\.municipality),
                series: [Chart.Series(name: "€ per inwoner", values: perInhabitant)], style: .groupedColumns)
            : ContributionReport.chart(for: period.statement)
        return ReportSection(heading: "\(period.budget.title) — \(period.budget.organisation.name)", table: table, paragraphs: paragraphs, chart: chart)
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
}
