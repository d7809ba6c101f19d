/// The content of `zvh brief GEMEENTE BEGROTING`: the letter (bijdragebrief) in which
/// the ZVH tells one member what it pays under a begroting and why — the amount, its
/// derivation in short, the comparison with the previous period split into the
/// structural change (bijdrage) and the one-off settlement (verrekening), and every
/// finding that touches the member's figures.
///
/// Every figure is the statement's (``MemberContribution``, ``KeySplit/derivations``
/// via ``ContributionExplanation``) or the change's (``ContributionChange``); the letter
/// adds, splits and rounds nothing of its own.
public struct ContributionLetter: ReportContent {
    /// The member, spelled as the file spells it.
    public var municipality: String
    /// The begroting's report content (budget, contributions, all its findings).
    public var entry: BudgetReportContent
    /// The contributions under the begroting.
    public var statement: ContributionStatement
    /// The member's position in the statement.
    public var memberIndex: Int
    /// The change against the previous period of the same organisation, when one was read.
    public var change: ContributionChange?
    /// The findings that touch the member's figures, in report order; the letter
    /// numbers them from 1.
    public var findings: [Finding]
    /// The arrangement's risks with the member's share, when the budget lists risks.
    public var risks: RiskProfile?
    /// The scenario the letter computes with (`zvh brief --scenario`), nil for the
    /// begroting as it stands.
    public var scenario: Scenario?
    /// The member's leaving under the scenario: its remaining settlement and
    /// uittreedsom, the scenario report's value.
    public var exit: MemberExit?
    /// The member's joining under the scenario: its toetreedsom, the scenario report's value.
    public var joining: MemberEntry?

    /// The letter's date, reference and sender's profile.
    public var details: LetterDetails
    /// When the member pays its final contribution: the instalments with their due
    /// dates, adding up to the definitief exactly.
    public var payments: PaymentSchedule

    /// Creates the letter for one member of a begroting.
    /// - Parameters:
    ///   - municipality: the member, spelled as the file spells it.
    ///   - file: the begroting's file.
    ///   - entries: the report contents of the begroting and of the other files read
    ///     (the same organisation's earlier periods give the comparison).
    ///   - details: the letter's date, reference and sender's profile.
    /// - Returns: nil when the file is not among the entries, its contributions cannot
    ///   be computed, or the municipality is not a member.
    /// - Complexity: O(entries × members).
    public init?(_ municipality: String, begroting file: String, entries: [BudgetReportContent], details: LetterDetails = LetterDetails()) {
        guard let entry = entries.first(where: { $0.budget.file == file }), let statement = entry.analysed.statement,
            let memberIndex = statement.members.firstIndex(where: { $0.municipality == municipality })
        else { return nil }
        self.municipality = municipality
        self.entry = entry
        self.statement = statement
        self.memberIndex = memberIndex
        let organisation = entry.budget.organisation.identifier
        let history = MunicipalityReport(municipality, entries: entries.filter { $0.budget.organisation.identifier == organisation })
        change = history.periods.firstIndex { $0.budget.file == file }.flatMap(history.change(at:))
        findings = entry.findings.filter { $0.touches(municipality) }
        self.details = details
        payments = PaymentSchedule(total: statement.members[memberIndex].final, year: entry.budget.period.year, profile: details.profile, letterDate: details.date)
        risks = entry.budget.risks.isEmpty ? nil : try? RiskProfile(budget: entry.budget)
    }

    /// The budget.
    public var budget: Budget { entry.budget }
    /// The member's figures.
    public var member: MemberContribution { statement.members[memberIndex] }

    /// The letter's natural file stem: `bijdragebrief-midden-limburg-2022-leudal` (no
    /// extension), lower case, letters and digits joined by hyphens. `--alle` names
    /// its files with ``LetterFileNames/names(_:organisation:year:fileExtension:)``,
    /// which makes the names of a batch distinct and short enough.
    public var fileStem: String {
        LetterFileNames.naturalStem(of: municipality, organisation: budget.organisation.identifier, year: budget.period.year)
    }

    public func presentation(_ options: ReportOptions) -> Report {
        let shown = ContributionReport.ShownContributions(statement, unit: options.unit)
        var report = Report(title: subject)
        report.letterhead = letterhead
        report.context = letterhead.contextLines
        // What the figures are, in the footer of every page: the begroting, never the
        // source description (which can name files and tools).
        report.asOf = "Stand van de gegevens: de \(budget.title) van het \(sender)"
        report.describe(budget)
        report.sections += body(shown)
        report.primarySection = 1
        report.sections += accountability(shown, options: options)
        return report
    }

    /// The derivation in short: per financing part and per settlement component the
    /// total, the key and the member's part; then the same in plain words
    /// (``derivationInWords(_:options:)``). The first section of the appendix.
    func derivationSection(_ shown: ContributionReport.ShownContributions, options: ReportOptions) -> ReportSection {
        var table = ReportTable(
            caption: "Uw bijdrage per onderdeel",
            columns: [
                .init("onderdeel", alignsRight: false), .init("alle gemeenten samen"), .init("verdeeld naar", alignsRight: false), .init(municipality),
            ])
        let parts = statement.parts
        for (number, part) in parts.enumerated() {
            let amount: ReportTable.Cell = part.participants.contains(municipality)
                ? .amount(parts.count > 1 ? shown.parts[number][memberIndex] : shown.contributions[memberIndex]) : .text("neemt niet deel")
            table.rows.append(
                ReportTable.Row([
                    .text(parts.count == 1 ? "Bijdrage in de kosten" : (part.isTheme ? "Thema \"\(part.name)\"" : "Algemeen deel")),
                    .amount(PresentationRounding.shownTotal(part.coverage.amountToDistribute, unit: options.unit)), .text(keyText(part.split.key)), amount,
                ]))
        }
        if parts.count > 1 {
            table.rows.append(
                ReportTable.Row(
                    [.text("Bijdrage in de kosten, alle onderdelen samen"), .amount(shown.contributions.sum()), .empty, .amount(shown.contributions[memberIndex])],
                    style: .subtotal))
        }
        if parts.isEmpty {
            table.rows.append(
                ReportTable.Row([
                    .text("Bijdrage (regels in de begroting)"), .amount(shown.contributions.sum()), .text("zoals vermeld"), .amount(shown.contributions[memberIndex]),
                ]))
        }
        for (number, split) in statement.settlementSplits.enumerated() {
            table.rows.append(
                ReportTable.Row([
                    .text("Afrekening \(split.component.name)"), .amount(shown.components[number].sum()), .text(keyText(split.split.key)),
                    .amount(shown.components[number][memberIndex]),
                ]))
        }
        return ReportSection(heading: "Hoe uw bijdrage is berekend", table: table, paragraphs: derivationInWords(shown, options: options), startsOnNewPage: true)
    }

    func keyText(_ key: DistributionKey) -> String {
        key.description
    }

    /// This period against the previous one: bijdrage (structural), verrekening
    /// (one-off), definitief; shown so that each row's change is its shown amounts'
    /// difference.
    func comparisonSection(_ shown: ContributionReport.ShownContributions, options: ReportOptions) -> ReportSection {
        guard let change else {
            return ReportSection(
                heading: "Vergelijking met de vorige periode",
                paragraphs: ["Er is geen eerdere periode van het \(budget.organisation.name) om mee te vergelijken."])
        }
        var table = ReportTable(
            caption: "\(budget.period.dutchDescription) t.o.v. \(change.basis) (\(change.previousTitle))",
            columns: [.init("onderdeel", alignsRight: false), .init("vorige periode"), .init("deze periode"), .init("verschil")])
        // The change is the one `zvh gemeente` shows (rounded once from the exact change);
        // the previous period is shown as this period minus it, so every row adds up.
        let changes = change.shown(unit: options.unit)
        let rows: [(String, Money, Money, ReportTable.RowStyle)] = [
            ("Bijdrage (structureel)", shown.contributions[memberIndex], changes.contribution, .line),
            ("Verrekening (eenmalig)", shown.settlements[memberIndex], changes.settlement, .line),
            ("Definitief", shown.finals[memberIndex], changes.final, .total),
        ]
        for (label, now, difference, style) in rows {
            table.rows.append(ReportTable.Row([.text(label), .amount(now - difference), .amount(now), .amount(difference)], style: style))
        }
        let shownChanges = rows.map(\.2)
        var paragraphs = [
            "Structureel verandert uw bijdrage met \(shownChanges[0].signedDutch)\(change.relativeContribution.map { " (\($0.percentText(decimals: 1)))" } ?? ""); eenmalig verschilt de verrekening met \(shownChanges[1].signedDutch). Samen: \(shownChanges[2].signedDutch)."
        ]
        if change.months != change.previousMonths {
            paragraphs.append("De vorige periode telt \(change.previousMonths) maanden, deze \(change.months): de vorige bedragen zijn naar rato omgerekend (\(change.basis)).")
        }
        return ReportSection(heading: "Vergelijking met de vorige periode", table: table, paragraphs: paragraphs)
    }
}
