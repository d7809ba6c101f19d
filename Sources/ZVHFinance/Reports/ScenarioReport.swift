/// The steering group's view of ``ScenarioFigures``: basis and scenarios side by side per
/// member, the check that the differences add up, the meerjarenraming and the
/// sensitivity. Every figure comes from the value; the views only round for show.
public enum ScenarioReport {
    /// Amounts of several variants shown in whole units: each variant's column adds up
    /// to its shown total. With an afronding line (``ScenarioComparison/hasRoundingLine``)
    /// each column ends with it, one entry after the members.
    static func shownColumns(_ figures: ComparisonFigures, unit: RoundingUnit) -> [[Money]] {
        ([figures.basis] + figures.scenarios).map { variant in
            var exact = variant.finals.map { $0 ?? .zero }
            if figures.hasRoundingLine { exact.append(variant.roundingDifference) }
            return PresentationRounding.distribute(exact, to: PresentationRounding.shownTotal(exact.sum(), unit: unit), unit: unit)
        }
    }

    /// A difference's share of the basis as a percentage with one decimal, or nothing.
    static func percent(_ share: Share?) -> ReportTable.Cell {
        share.map { .percent($0, decimals: 1) } ?? .empty
    }

    /// The report.
    public static func report(_ figures: ScenarioFigures, options: ReportOptions = ReportOptions()) -> Report {
        let comparison = figures.comparison
        let budget = comparison.basis.budget
        var report = Report(
            "Scenario's", of: budget, options: options, notes: ["Bedragen per gemeente: de definitieve bijdrage (bijdrage + verrekening)."])
        report.asOf = BudgetReportContent.asOf(budget)
        report.describe(budget)
        var descriptions: [String] = []
        for variant in comparison.scenarios {
            guard let scenario = variant.scenario else { continue }
            var text = "\"\(scenario.name)\""
            if let description = scenario.description { text += ": \(description)" }
            text += " Wijzigingen: " + scenario.changes.map(\.dutchDescription).joined(separator: "; ") + "."
            if !scenario.file.isEmpty { text += " (\(scenario.file))" }
            descriptions.append(text)
        }
        if descriptions.isEmpty {
            descriptions.append("Geen scenario gekozen: alleen de basis. Kies met --scenario NAAM een bestand uit scenarios/, of gebruik --index, --fte, --sleutel, --zonder-baten, --uittreden.")
        }
        report.sections.append(ReportSection(heading: "Scenario's", paragraphs: descriptions))
        var main = comparisonSection(figures.compared, unit: options.unit, heading: "Definitieve bijdrage per gemeente", showsPercent: true)
        main.chart = differenceChart(figures.compared)
        report.sections.append(main)
        report.primarySection = report.sections.count - 1
        if let exits = exitSection(comparison, unit: options.unit) { report.sections.append(exits) }
        if let entries = entrySection(comparison) { report.sections.append(entries) }
        if !figures.projections.isEmpty {
            report.sections += projectionSections(figures.projections, parameters: figures.projectionParameters, period: budget.period, unit: options.unit)
        }
        if let phaseIn = phaseInSection(phaseInYears(figures)) { report.sections.append(phaseIn) }
        if let sensitivity = figures.sensitivity {
            report.sections.append(sensitivitySection(sensitivity, unit: options.unit))
        }
        if let sweep = figures.sweep { report.sections.append(sweepSection(sweep, unit: options.unit)) }
        return report
    }

    static func comparisonSection(_ figures: ComparisonFigures, unit: RoundingUnit, heading: String, showsPercent: Bool, showsValues: Bool = true) -> ReportSection {
        let members = figures.members
        let shown = shownColumns(figures, unit: unit)
        var columns = [ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("basis")]
        for variant in figures.scenarios {
            if showsValues { columns.append(ReportTable.Column(variant.name)) }
            columns.append(ReportTable.Column(showsValues ? "verschil" : variant.name))
            if showsPercent { columns.append(ReportTable.Column("%")) }
        }
        var table = ReportTable(caption: heading, columns: columns)
        // verschil = variant − basis, % = verschil / basis: formulas in a workbook.
        func derivations(_ row: Int) -> [Int: ReportTable.Derivation] {
            var derivations: [Int: ReportTable.Derivation] = [:]
            var column = 2
            for _ in figures.scenarios {
                let basis = ReportTable.Position(row: row, column: 1)
                if showsValues {
                    derivations[column + 1] = .difference(ReportTable.Position(row: row, column: column), basis)
                    column += 1
                }
                if showsPercent { derivations[column + 1] = .ratio(part: ReportTable.Position(row: row, column: column), whole: basis) }
                column += showsPercent ? 2 : 1
            }
            return derivations
        }
        for (row, member) in members.enumerated() {
            var cells: [ReportTable.Cell] = [.text(member), figures.basis.finals[row] == nil ? .text("–") : .amount(shown[0][row])]
            for (index, variant) in figures.scenarios.enumerated() {
                let value = shown[index + 1][row]
                if showsValues { cells.append(variant.finals[row] == nil ? .text("–") : .amount(value)) }
                cells.append(.amount(value - shown[0][row]))
                if showsPercent { cells.append(percent(variant.differenceShares[row])) }
            }
            table.rows.append(ReportTable.Row(cells, derivations: derivations(row)))
        }
        if figures.hasRoundingLine {
            let row = members.count
            var cells: [ReportTable.Cell] = [.text(BudgetFigures.roundingLineName), .amount(shown[0][row])]
            for index in figures.scenarios.indices {
                if showsValues { cells.append(.amount(shown[index + 1][row])) }
                cells.append(.amount(shown[index + 1][row] - shown[0][row]))
                if showsPercent { cells.append(.empty) }
            }
            table.rows.append(ReportTable.Row(cells))
        }
        var totals: [ReportTable.Cell] = [.text("Totaal"), .amount(shown[0].sum())]
        for (index, variant) in figures.scenarios.enumerated() {
            if showsValues { totals.append(.amount(shown[index + 1].sum())) }
            totals.append(.amount(shown[index + 1].sum() - shown[0].sum()))
            if showsPercent { totals.append(percent(variant.totalDifferenceShare)) }
        }
        table.rows.append(ReportTable.Row(totals, style: .total, derivations: derivations(members.count)))
        let checks = figures.scenarios.map { variant -> String in
            let sum = variant.sumOfDifferences, total = variant.totalDifference
            return "\(variant.name): som van de verschillen \(sum.dutch(alwaysCents: !sum.isMultiple(of: .euro))) = verschil in het totaal \(total.dutch(alwaysCents: !total.isMultiple(of: .euro))) \(variant.differencesAddUp ? "✓" : "✗ KLOPT NIET")"
        }
        let paragraphs = checks.isEmpty ? [] : ["Controle (exact, in centen): " + checks.joined(separator: "; ") + "."]
        return ReportSection(heading: heading, table: table, paragraphs: paragraphs)
    }

    /// Per variant the members' differences with the basis, as bars.
    static func differenceChart(_ figures: ComparisonFigures) -> Chart? {
        guard !figures.scenarios.isEmpty else { return nil }
        return Chart(
            title: "Verschil met de basis per gemeente",
            description: "Per gemeente en per variant het verschil in de definitieve bijdrage met de basis (positief: de gemeente betaalt meer).",
            categories: figures.members,
            series: figures.scenarios.map { variant in Chart.Series(name: variant.name, values: variant.differences) },
            style: .groupedColumns)
    }

    /// The members that leave: their remaining settlement and uittreedsom.
    static func exitSection(_ comparison: ScenarioComparison, unit: RoundingUnit) -> ReportSection? {
        let exits = comparison.scenarios.flatMap { variant in variant.exits.map { (variant.name, $0) } }
        guard !exits.isEmpty else { return nil }
        var table = ReportTable(caption: "Uittreding", columns: [
            ReportTable.Column("variant", alignsRight: false), ReportTable.Column("gemeente", alignsRight: false),
            ReportTable.Column("verrekening"), ReportTable.Column("uittreedsom"), ReportTable.Column("regel", alignsRight: false),
        ])
        var notes: [String] = []
        for (name, exit) in exits {
            table.rows.append(ReportTable.Row([
                .text(name), .text(exit.municipality), .amount(exit.settlement), exit.rule == nil ? .text("–") : .amount(exit.compensation),
                .text(exit.rule?.dutchDescription ?? "geen uittreedsom in het scenario"),
            ]))
            notes += exit.derivation
        }
        let rule = "Een gemeente die uittreedt houdt haar deel van de verrekening van het jaar waaraan zij deelnam (verdeeld over de gemeenten van dat jaar); zij betaalt geen bijdrage meer. Een toetredende gemeente krijgt geen deel van de verrekening."
        return ReportSection(heading: "Uittreding: resterende verrekening en uittreedsom", table: table, paragraphs: [rule] + notes)
    }

    static func projectionSections(_ projections: [ProjectedVariant], parameters: ProjectionParameters?, period: Period, unit: RoundingUnit) -> [ReportSection] {
        var sections: [ReportSection] = projections.map { variant in
            let years = variant.years.map(\.year)
            let members = variant.members
            // Under per-gemeente each year's afronding line follows the members.
            let hasRoundingLine = variant.hasRoundingLine
            let shown = zip(variant.years, variant.finals).map { year, finals in
                var exact = finals.map { $0 ?? .zero }
                if hasRoundingLine { exact.append(year.statement.roundingDifference) }
                return PresentationRounding.distribute(exact, to: PresentationRounding.shownTotal(exact.sum(), unit: unit), unit: unit)
            }
            var table = ReportTable(
                caption: "Meerjarenraming \(variant.name)",
                columns: [ReportTable.Column("gemeente", alignsRight: false)] + years.map { ReportTable.Column(String($0)) })
            for (row, member) in members.enumerated() {
                table.rows.append(ReportTable.Row([.text(member)] + variant.finals.indices.map { column in
                    variant.finals[column][row] == nil ? .text("–") : .amount(shown[column][row])
                }))
            }
            if hasRoundingLine {
                table.rows.append(ReportTable.Row([.text(BudgetFigures.roundingLineName)] + shown.map { .amount($0[members.count]) }))
            }
            table.rows.append(ReportTable.Row([.text("Totaal")] + shown.map { .amount($0.sum()) }, style: .total))
            let priceLevel = (parameters ?? ProjectionParameters()).priceLevel(from: period)
            let note = "Prijsniveau: \(priceLevel). Parameters: \(parameters?.dutchDescription ?? "geen indexatie") (per regel afgerond op centen). Het eerste jaar is de begroting zelf (met verrekening en de eenmalige stap van het scenario); de volgende jaren zonder verrekening en met uit- of toetreding vanaf het genoemde jaar."
            return ReportSection(heading: "Meerjarenraming — \(variant.name)", table: table, paragraphs: [note])
        }
        guard let basis = projections.first else { return sections }
        let years = basis.years.map(\.year)
        var table = ReportTable(caption: "Meerjarenraming: totaal per variant", columns: [ReportTable.Column("variant", alignsRight: false)] + years.map { ReportTable.Column(String($0)) })
        for variant in projections {
            table.rows.append(ReportTable.Row([.text(variant.name)] + variant.totals.map(ReportTable.Cell.amount)))
            if variant.name != basis.name {
                table.rows.append(ReportTable.Row([.text("verschil \(variant.name)")] + variant.totalDifferences(from: basis).map(ReportTable.Cell.amount)))
            }
        }
        let chart = Chart(
            title: "Meerjarenraming: totaal van de bijdragen per jaar",
            description: "Per jaar het totaal van de definitieve bijdragen van basis en varianten.",
            categories: years.map(String.init),
            series: projections.map { Chart.Series(name: $0.name, values: $0.totals) },
            style: .line)
        sections.append(ReportSection(heading: "Meerjarenraming — totaal per variant", table: table, paragraphs: ["Exact, in euro's en centen."], chart: chart))
        return sections
    }

    /// The sweep: per grid point the axis values and what each member pays.
    static func sweepSection(_ sweep: Sweep, unit: RoundingUnit) -> ReportSection {
        var table = ReportTable(
            caption: "Reeks: bijdrage per gemeente per rasterpunt",
            columns: sweep.axes.map { ReportTable.Column($0.name) } + sweep.members.map { ReportTable.Column($0) } + [ReportTable.Column("totaal")])
        for point in sweep.points {
            table.rows.append(ReportTable.Row(point.values.map { .quantity(millionths: Int128($0.millionths)) } + point.finals.map { .amount($0) } + [.amount(point.total)]))
        }
        let chart = Chart(
            title: "Reeks: bijdrage per gemeente",
            description: "Per rasterpunt (\(sweep.axes.map(\.name).joined(separator: " × "))) de definitieve bijdrage van elke gemeente.",
            categories: sweep.points.map { point in point.values.map { $0.dutch() }.joined(separator: " / ") },
            series: sweep.members.indices.map { index in Chart.Series(name: sweep.members[index], values: sweep.points.map { $0.finals[index] }) },
            style: .line)
        let text = "\(sweep.points.count) rasterpunten (\(sweep.axes.map { "\($0.name): \($0.values.count) waarden" }.joined(separator: " × "))), elk als scenario op dezelfde begroting doorgerekend (exact, in euro's en centen); de laatste as varieert het snelst."
        return ReportSection(heading: "Reeks", table: table, paragraphs: [text], chart: chart)
    }

    static func sensitivitySection(_ sensitivity: ComparisonFigures, unit: RoundingUnit) -> ReportSection {
        var section = comparisonSection(sensitivity, unit: unit, heading: "Gevoeligheid: wat kost een kleine wijziging elke gemeente", showsPercent: false, showsValues: false)
        section.paragraphs.insert("Per kolom wat de wijziging elke gemeente extra kost ten opzichte van de basis: +1% loonindexatie op de personeelslasten; +1 fte per functie tegen het tarief uit 'tarieven' (in de algemene kosten, dus naar de algemene sleutel).", at: 0)
        return section
    }
}
