/// The presentation of a budget report: lasten and baten per column with group
/// subtotals, totals, the resultaat, and (for a begroting) what every member pays.
extension BudgetReportContent {
    public func presentation(_ options: ReportOptions) -> Report {
        var report = Report(title: "\(budget.organisation.name) — \(budget.title)", context: BudgetReportContent.context(of: budget, options: options))
        report.asOf = BudgetReportContent.asOf(budget)
        if let section = FindingsSection.section(findings, file: budget.file) { report.sections.append(section) }
        report.sections.append(
            ReportSection(
                table: linesTable(unit: options.unit), paragraphs: [BudgetReportContent.columnLegend(of: budget)],
                chart: costChart()))
        report.primarySection = report.sections.count - 1
        if let statement {
            let lines = report.sections.count - 1
            var contributions = ContributionReport.section(for: budget, statement: statement, options: options, notes: notes(forMember:))
            if let settledYear, !statement.settlementSplits.isEmpty { contributions.paragraphs.append(settledYear.basisDescription) }
            report.sections.append(contributions)
            report.primarySection = report.sections.count - 1
            linkContributions(in: &report, lines: lines, contributions: report.sections.count - 1)
            if options.explains {
                report.sections.append(ReportSection(heading: "Uitleg per gemeente", paragraphs: ContributionExplanation.paragraphs(for: budget, statement: statement)))
            }
        }
        if let bbv { report.sections.append(Self.bbvSection(bbv, unit: options.unit)) }
        if !budget.notes.isEmpty {
            report.sections.append(ReportSection(heading: "Opmerkingen bij het bestand", paragraphs: budget.notes.map { "- " + $0 }))
        }
        return report
    }

    /// What the figures are, for the page footer: the document, its period and source
    /// (never the date of the run).
    static func asOf(_ budget: Budget) -> String {
        "Stand van de gegevens: \(budget.title) (\(budget.period.dutchDescription)), bron: \(budget.source.dutchDescription)"
    }

    static func context(of budget: Budget, options: ReportOptions) -> [String] {
        [
            "Bron: \(budget.source.dutchDescription)",
            "Bestand: \(budget.file)",
            "Periode: \(budget.period.dutchDescription)\(budget.period.isFullYear ? "" : " (\(budget.period.months) maanden)"); \(options.unitDescription)",
        ]
    }

    /// Begroot against realised per top-level cost entry, for the HTML report.
    func costChart() -> Chart? {
        let read = figures.columns.indices.filter { !figures.columns[$0].isDerived }
        guard !figures.costs.isEmpty else { return nil }
        let columns = read.map { figures.columns[$0] }
        return Chart(
            title: "Lasten per kostengroep: \(columns.map(\.name).joined(separator: " / "))",
            description: "Staafdiagram met per kostengroep de bedragen van de kolommen \(columns.map { "\($0.name) (\($0.heading))" }.joined(separator: ", ")).",
            categories: figures.costs.map(\.name),
            series: read.map { column in Chart.Series(name: figures.columns[column].name, values: figures.costs.map { $0.amounts[column] ?? .zero }) },
            style: .groupedColumns)
    }

    static func columnLegend(of budget: Budget) -> String {
        let parts = budget.columns.map { column -> String in
            switch column.kind {
            case .difference(let compared, let base):
                return "\(column.name) = \(compared) t.o.v. \(base), + is voordeel (\(column.heading))"
            case .budgeted, .actual, .expected:
                if let prognosis = column.prognosis { return "\(column.name) = prognose: \(prognosis.dutchDescription) (\(column.heading))" }
                if let through = column.through { return "\(column.name) = \(column.heading), gerealiseerd tot en met \(through)" }
                guard let amendment = column.amendment else { return "\(column.name) = \(column.heading)" }
                return "\(column.name) = \(([amendment.base] + amendment.changes).joined(separator: " + ")), begroting na wijziging (\(column.heading))"
            case .amendment:
                return "\(column.name) = begrotingswijziging (\(column.heading))"
            }
        }
        return "Kolommen: " + parts.joined(separator: "; ") + "."
    }

    /// The label of an entry as the table shows it.
    static func label(of entry: BudgetFigures.Entry) -> String {
        switch entry.kind {
        case .line(let line):
            return line.capacity.map { "\(line.name) (\($0.fte.dutch()) fte × \($0.rate.dutch()))" } ?? line.name
        case .group(let group):
            guard let theme = group.theme else { return group.name }
            switch theme.participation {
            case .all: return "\(group.name) (thema)"
            case .only(let names): return "\(group.name) (thema; alleen \(names.joined(separator: ", ")))"
            case .except(let names): return "\(group.name) (thema; zonder \(names.joined(separator: ", ")))"
            }
        case .computedContributions, .memberContribution, .roundingDifference:
            return entry.name
        }
    }

    /// The lasten, baten and resultaat as one table, in shown (rounded) amounts that add up.
    func linesTable(unit: RoundingUnit) -> ReportTable {
        var table = ReportTable(
            caption: "Lasten, baten en resultaat — \(budget.title)",
            columns: [ReportTable.Column("", alignsRight: false)] + budget.columns.map { ReportTable.Column($0.name) })
        let shown = ShownFigures(figures, unit: unit)
        let differences = differenceColumns()
        func add(_ entries: [BudgetFigures.Entry], _ shownEntries: [ShownFigures.Entry], depth: Int, isCost: Bool) {
            for (entry, shownEntry) in zip(entries, shownEntries) {
                let cells = shownEntry.amounts.map { $0.map(ReportTable.Cell.amount) ?? .empty }
                let derivations = entry.isGroup ? [:] : Self.differenceDerivations(differences, row: table.rows.count, isCost: isCost)
                table.rows.append(ReportTable.Row([.text(Self.label(of: entry))] + cells, style: entry.isGroup ? .subtotal : .line, depth: depth,
                                                  notes: notes(for: entry), derivations: derivations))
                add(entry.children, shownEntry.children, depth: depth + 1, isCost: isCost)
            }
        }
        table.rows.append(ReportTable.Row([.text("Lasten")], style: .heading))
        add(figures.costs, shown.costs, depth: 1, isCost: true)
        let costRow = table.rows.count
        table.rows.append(ReportTable.Row([.text("Totaal lasten")] + shown.totalCosts.map(ReportTable.Cell.amount), style: .total))
        table.rows.append(ReportTable.Row([.text("Baten")], style: .heading))
        add(figures.income, shown.income, depth: 1, isCost: false)
        let incomeRow = table.rows.count
        table.rows.append(ReportTable.Row([.text("Totaal baten")] + shown.totalIncome.map(ReportTable.Cell.amount), style: .total))
        // Resultaat = baten − lasten; in a difference column both are oriented so that + is voordeel.
        var results: [Int: ReportTable.Derivation] = [:]
        for column in figures.columns.indices {
            let income = ReportTable.Position(row: incomeRow, column: column + 1), costs = ReportTable.Position(row: costRow, column: column + 1)
            results[column + 1] = differences.contains { $0.column == column + 1 }
                ? .sum(added: [income, costs], subtracted: []) : .difference(income, costs)
        }
        table.rows.append(ReportTable.Row([.text("Resultaat (+/+ voordeel, -/- nadeel)")] + shown.result.map(ReportTable.Cell.result), style: .total, derivations: results))
        return table
    }

    /// The difference columns of the lines table (its first column is the label): each
    /// with the columns of the figures it compares.
    func differenceColumns() -> [(column: Int, compared: Int, base: Int)] {
        let names = figures.columns.map(\.name)
        return figures.columns.indices.compactMap { column in
            guard case .difference(let comparedName, let baseName) = figures.columns[column].kind,
                  let compared = names.firstIndex(of: comparedName), let base = names.firstIndex(of: baseName) else { return nil }
            return (column + 1, compared + 1, base + 1)
        }
    }

    /// A line's difference cells: compared − base for baten, base − compared for
    /// lasten, so that + is voordeel.
    static func differenceDerivations(_ differences: [(column: Int, compared: Int, base: Int)], row: Int, isCost: Bool) -> [Int: ReportTable.Derivation] {
        var derivations: [Int: ReportTable.Derivation] = [:]
        for difference in differences {
            let compared = ReportTable.Position(row: row, column: difference.compared), base = ReportTable.Position(row: row, column: difference.base)
            derivations[difference.column] = isCost ? .difference(base, compared) : .difference(compared, base)
        }
        return derivations
    }
}

extension BudgetReportContent {
    /// The BBV comparison as a table: per top-level entry realisatie T−2, begroting T−1
    /// (na wijziging) and begroting T, totals and resultaat; each column rounded for
    /// display so that it adds up to its shown total.
    static func bbvSection(_ bbv: BBVComparison, unit: RoundingUnit) -> ReportSection {
        var table = ReportTable(
            caption: "Overzicht van baten en lasten (BBV): realisatie, vorige begroting en deze begroting",
            columns: [ReportTable.Column("", alignsRight: false)] + bbv.sources.map { ReportTable.Column($0.heading) })
        func shown(_ rows: [BBVComparison.Row], totals: [Money]) -> [[Money?]] {
            let columns = bbv.sources.indices.map { column in
                PresentationRounding.distribute(rows.map { $0.amounts[column] ?? .zero }, to: PresentationRounding.shownTotal(totals[column], unit: unit), unit: unit)
            }
            return rows.indices.map { row in bbv.sources.indices.map { rows[row].amounts[$0] == nil ? nil : columns[$0][row] } }
        }
        let shownCosts = shown(bbv.costs, totals: bbv.totalCosts)
        let shownIncome = shown(bbv.income, totals: bbv.totalIncome)
        let costTotals = bbv.totalCosts.map { PresentationRounding.shownTotal($0, unit: unit) }
        let incomeTotals = bbv.totalIncome.map { PresentationRounding.shownTotal($0, unit: unit) }
        table.rows.append(ReportTable.Row([.text("Lasten")], style: .heading))
        for (row, amounts) in zip(bbv.costs, shownCosts) {
            table.rows.append(ReportTable.Row([.text(row.name)] + amounts.map { $0.map(ReportTable.Cell.amount) ?? .empty }, depth: 1))
        }
        table.rows.append(ReportTable.Row([.text("Totaal lasten")] + costTotals.map(ReportTable.Cell.amount), style: .total))
        table.rows.append(ReportTable.Row([.text("Baten")], style: .heading))
        for (row, amounts) in zip(bbv.income, shownIncome) {
            table.rows.append(ReportTable.Row([.text(row.name)] + amounts.map { $0.map(ReportTable.Cell.amount) ?? .empty }, depth: 1))
        }
        table.rows.append(ReportTable.Row([.text("Totaal baten")] + incomeTotals.map(ReportTable.Cell.amount), style: .total))
        table.rows.append(ReportTable.Row([.text("Resultaat (+/+ voordeel, -/- nadeel)")] + zip(incomeTotals, costTotals).map { .result($0 - $1) }, style: .total))
        var paragraphs = ["Bronnen: " + bbv.sources.map { "\($0.heading) uit \($0.file), kolom \($0.column)" }.joined(separator: "; ") + "."]
        if !bbv.missing.isEmpty {
            paragraphs.append("Niet gevonden naast dit bestand: \(bbv.missing.joined(separator: ", ")); die kolommen ontbreken.")
        }
        return ReportSection(heading: "BBV-overzicht", table: table, paragraphs: paragraphs)
    }

    /// The BBV comparison as JSON: `bronnen` (heading, file, column), `lasten` and
    /// `baten` (name and amount per source, null where absent), totals, `resultaat`,
    /// `ontbreekt`.
    static func bbvJSON(_ bbv: BBVComparison) -> JSONOutput {
        func rows(_ rows: [BBVComparison.Row]) -> JSONOutput {
            .array(rows.map { row in
                .object(["naam": .string(row.name), "bedragen": .array(row.amounts.map { $0.map(JSONOutput.amount) ?? .null })])
            })
        }
        return .object([
            "bronnen": .array(bbv.sources.map { .object(["kop": .string($0.heading), "bestand": .string($0.file), "kolom": .string($0.column)]) }),
            "lasten": rows(bbv.costs),
            "baten": rows(bbv.income),
            "totaal-lasten": .array(bbv.totalCosts.map(JSONOutput.amount)),
            "totaal-baten": .array(bbv.totalIncome.map(JSONOutput.amount)),
            "resultaat": .array(bbv.result.map(JSONOutput.amount)),
            "ontbreekt": .array(bbv.missing.map(JSONOutput.string)),
        ])
    }
}

/// The findings listed above a report's figures: every finding of the file, numbered
/// as the rows' markers refer to them, so a flawed table is never shown without them.
enum FindingsSection {
    /// The section, or nil when there are no findings.
    static func section(_ findings: [Finding], file: String) -> ReportSection? {
        guard !findings.isEmpty else { return nil }
        let serious = findings.filter { $0.severity >= .warning }
        let lines = findings.enumerated().map { "⚠\($0.offset + 1) \($0.element.summaryLine)" }
        let heading = serious.isEmpty
            ? "Bevindingen van zvh check (alleen info)"
            : "Let op: zvh check vindt \(CheckReport.seriousCounts(serious))"
        return ReportSection(
            heading: heading,
            paragraphs: lines + ["De bedragen hieronder zijn berekend uit de regels zoals ze in het bestand staan; ⚠n bij een regel verwijst naar bevinding n. Zie 'zvh check \(file)'."],
            listsFindings: true)
    }
}
