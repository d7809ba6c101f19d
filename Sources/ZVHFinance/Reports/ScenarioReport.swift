/// The steering group's view: basis and scenarios side by side per member, the check
/// that the differences add up, the meerjarenraming and the sensitivity.
public enum ScenarioReport {
    /// A projection of one variant: its name and the statement of every year.
    public struct ProjectedVariant: Sendable {
        /// The variant's name.
        public var name: String
        /// Per year: the year and the contributions.
        public var years: [(year: Int, statement: ContributionStatement)]

        /// Per year what the members pay together with the afronding line.
        public var totals: [Money] { years.map(\.statement.totalWithRounding) }

        /// Per year this variant's total minus the basis's.
        public func totalDifferences(from basis: ProjectedVariant) -> [Money] {
            zip(totals, basis.totals).map { $0 - $1 }
        }

        /// Creates a projected variant.
        public init(name: String, years: [(year: Int, statement: ContributionStatement)]) {
            self.name = name
            self.years = years
        }
    }

    /// Everything the report shows.
    public struct Content: Sendable {
        /// The comparison of basis and scenarios.
        public var comparison: ScenarioComparison
        /// The meerjarenraming per variant, if asked for.
        public var projections: [ProjectedVariant]
        /// The meerjarenraming's parameters (years, yearly indexation).
        public var projectionParameters: ProjectionParameters?
        /// The sensitivity probes, if asked for.
        public var sensitivity: ScenarioComparison?
        /// The sweep over a grid of parameters, if asked for.
        public var sweep: Sweep?

        /// Creates the content.
        public init(
            comparison: ScenarioComparison, projections: [ProjectedVariant] = [], projectionParameters: ProjectionParameters? = nil,
            sensitivity: ScenarioComparison? = nil, sweep: Sweep? = nil
        ) {
            self.comparison = comparison
            self.projections = projections
            self.projectionParameters = projectionParameters
            self.sensitivity = sensitivity
            self.sweep = sweep
        }
    }

    /// Amounts of several variants shown in whole units: each variant's column adds up
    /// to its shown total. With an afronding line (``ScenarioComparison/hasRoundingLine``)
    /// each column ends with it, one entry after the members.
    static func shownColumns(_ comparison: ScenarioComparison, unit: RoundingUnit) -> [[Money]] {
        let members = comparison.members
        return ([comparison.basis] + comparison.scenarios).map { variant in
            var exact = members.map { variant.final(of: $0) ?? .zero }
            if comparison.hasRoundingLine { exact.append(variant.statement.roundingDifference) }
            return PresentationRounding.distribute(exact, to: PresentationRounding.shownTotal(exact.sum(), unit: unit), unit: unit)
        }
    }

    /// A difference's share of the basis as a percentage with one decimal, or nothing.
    static func percent(_ share: Share?) -> ReportTable.Cell {
        share.map { .percent($0, decimals: 1) } ?? .empty
    }

    /// The report.
    public static func report(_ content: Content, options: ReportOptions = ReportOptions()) -> Report {
        let comparison = content.comparison
        let budget = comparison.basis.budget
        var report = Report(
            title: "Scenario's — \(budget.organisation.name) — \(budget.title)",
            context: BudgetReportContent.context(of: budget, options: options) + ["Bedragen per gemeente: de definitieve bijdrage (bijdrage + verrekening)."])
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
        var main = comparisonSection(comparison, unit: options.unit, heading: "Definitieve bijdrage per gemeente", showsPercent: true)
        main.chart = differenceChart(comparison)
        report.sections.append(main)
        report.primarySection = report.sections.count - 1
        if let exits = exitSection(comparison, unit: options.unit) { report.sections.append(exits) }
        if let entries = entrySection(comparison) { report.sections.append(entries) }
        if !content.projections.isEmpty {
            report.sections += projectionSections(content.projections, parameters: content.projectionParameters, period: budget.period, unit: options.unit)
        }
        if let phaseIn = phaseInSection(phaseInYears(content)) { report.sections.append(phaseIn) }
        if let sensitivity = content.sensitivity {
            report.sections.append(sensitivitySection(sensitivity, unit: options.unit))
        }
        if let sweep = content.sweep { report.sections.append(sweepSection(sweep, unit: options.unit)) }
        return report
    }

    static func comparisonSection(_ comparison: ScenarioComparison, unit: RoundingUnit, heading: String, showsPercent: Bool, showsValues: Bool = true) -> ReportSection {
        let members = comparison.members
        let shown = shownColumns(comparison, unit: unit)
        var columns = [ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("basis")]
        for variant in comparison.scenarios {
            if showsValues { columns.append(ReportTable.Column(variant.name)) }
            columns.append(ReportTable.Column(showsValues ? "verschil" : variant.name))
            if showsPercent { columns.append(ReportTable.Column("%")) }
        }
        var table = ReportTable(caption: heading, columns: columns)
        // verschil = variant − basis, % = verschil / basis: formulas in a workbook.
        func derivations(_ row: Int) -> [Int: ReportTable.Derivation] {
            var derivations: [Int: ReportTable.Derivation] = [:]
            var column = 2
            for _ in comparison.scenarios {
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
            var cells: [ReportTable.Cell] = [.text(member), comparison.basis.final(of: member) == nil ? .text("–") : .amount(shown[0][row])]
            for (index, variant) in comparison.scenarios.enumerated() {
                let value = shown[index + 1][row]
                if showsValues { cells.append(variant.final(of: member) == nil ? .text("–") : .amount(value)) }
                cells.append(.amount(value - shown[0][row]))
                if showsPercent { cells.append(percent(comparison.differenceShare(of: member, in: variant))) }
            }
            table.rows.append(ReportTable.Row(cells, derivations: derivations(row)))
        }
        if comparison.hasRoundingLine {
            let row = members.count
            var cells: [ReportTable.Cell] = [.text(BudgetFigures.roundingLineName), .amount(shown[0][row])]
            for index in comparison.scenarios.indices {
                if showsValues { cells.append(.amount(shown[index + 1][row])) }
                cells.append(.amount(shown[index + 1][row] - shown[0][row]))
                if showsPercent { cells.append(.empty) }
            }
            table.rows.append(ReportTable.Row(cells))
        }
        var totals: [ReportTable.Cell] = [.text("Totaal"), .amount(shown[0].sum())]
        for (index, variant) in comparison.scenarios.enumerated() {
            if showsValues { totals.append(.amount(shown[index + 1].sum())) }
            totals.append(.amount(shown[index + 1].sum() - shown[0].sum()))
            if showsPercent { totals.append(percent(comparison.totalDifferenceShare(in: variant))) }
        }
        table.rows.append(ReportTable.Row(totals, style: .total, derivations: derivations(members.count)))
        let checks = comparison.scenarios.map { variant -> String in
            let sum = comparison.sumOfDifferences(in: variant)
            let total = comparison.totalDifference(in: variant)
            return "\(variant.name): som van de verschillen \(sum.dutch(alwaysCents: !sum.isMultiple(of: .euro))) = verschil in het totaal \(total.dutch(alwaysCents: !total.isMultiple(of: .euro))) \(comparison.differencesAddUp(in: variant) ? "✓" : "✗ KLOPT NIET")"
        }
        let paragraphs = checks.isEmpty ? [] : ["Controle (exact, in centen): " + checks.joined(separator: "; ") + "."]
        return ReportSection(heading: heading, table: table, paragraphs: paragraphs)
    }

    /// Per variant the members' differences with the basis, as bars.
    static func differenceChart(_ comparison: ScenarioComparison) -> Chart? {
        guard !comparison.scenarios.isEmpty else { return nil }
        let members = comparison.members
        return Chart(
            title: "Verschil met de basis per gemeente",
            description: "Per gemeente en per variant het verschil in de definitieve bijdrage met de basis (positief: de gemeente betaalt meer).",
            categories: members,
            series: comparison.scenarios.map { variant in Chart.Series(name: variant.name, values: members.map { comparison.difference(of: $0, in: variant) }) },
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
            var members: [String] = []
            for (_, statement) in variant.years {
                for member in statement.members where !members.contains(member.municipality) { members.append(member.municipality) }
            }
            // Under per-gemeente each year's afronding line follows the members.
            let hasRoundingLine = variant.years.contains { $0.statement.hasRoundingLine }
            let shown = variant.years.map { _, statement in
                var exact = members.map { name in statement.members.first { $0.municipality == name }?.final ?? .zero }
                if hasRoundingLine { exact.append(statement.roundingDifference) }
                return PresentationRounding.distribute(exact, to: PresentationRounding.shownTotal(exact.sum(), unit: unit), unit: unit)
            }
            var table = ReportTable(
                caption: "Meerjarenraming \(variant.name)",
                columns: [ReportTable.Column("gemeente", alignsRight: false)] + years.map { ReportTable.Column(String($0)) })
            for (row, member) in members.enumerated() {
                table.rows.append(ReportTable.Row([.text(member)] + variant.years.indices.map { column in
                    variant.years[column].statement.members.contains { $0.municipality == member } ? .amount(shown[column][row]) : .text("–")
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
            series: projections.map { Chart.Series(name: $0.name, values: $0.years.map(\.statement.totalWithRounding)) },
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

    static func sensitivitySection(_ sensitivity: ScenarioComparison, unit: RoundingUnit) -> ReportSection {
        var section = comparisonSection(sensitivity, unit: unit, heading: "Gevoeligheid: wat kost een kleine wijziging elke gemeente", showsPercent: false, showsValues: false)
        section.paragraphs.insert("Per kolom wat de wijziging elke gemeente extra kost ten opzichte van de basis: +1% loonindexatie op de personeelslasten; +1 fte per functie tegen het tarief uit 'tarieven' (in de algemene kosten, dus naar de algemene sleutel).", at: 0)
        return section
    }

    /// The report as JSON.
    public static func document(_ content: Content) -> JSONOutput {
        let comparison = content.comparison
        let budget = comparison.basis.budget
        func variants(_ comparison: ScenarioComparison) -> JSONOutput {
            .array(comparison.members.map { member in
                .object([
                    "gemeente": .string(member),
                    "basis": comparison.basis.final(of: member).map(JSONOutput.amount) ?? .null,
                    "scenarios": .object(comparison.scenarios.map { variant in
                        JSONOutput.Member(variant.name, .object([
                            "bedrag": variant.final(of: member).map(JSONOutput.amount) ?? .null,
                            "verschil": .amount(comparison.difference(of: member, in: variant)),
                        ]))
                    }),
                ])
            })
        }
        var members: [JSONOutput.Member] = [
            .init("bestand", .string(budget.file)),
            .init("organisatie", .string(budget.organisation.identifier)),
            .init("titel", .string(budget.title)),
            .init("scenarios", .array(comparison.scenarios.map { variant in
                let object = JSONOutput.object([
                    "naam": .string(variant.name),
                    "omschrijving": .optional(variant.scenario?.description),
                    "bestand": .optional(variant.scenario?.file.isEmpty == false ? variant.scenario?.file : nil),
                    "wijzigingen": .array((variant.scenario?.changes ?? []).map { .string($0.dutchDescription) }),
                    "totaal": .amount(variant.statement.totalWithRounding),
                    "verschil": .amount(comparison.totalDifference(in: variant)),
                    "verschillen-tellen-op": .bool(comparison.differencesAddUp(in: variant)),
                    "uittreding": .array(variant.exits.map(\.json)),
                    "toetreding": .array(variant.entries.map(\.json)),
                ])
                // With an afronding line (per-gemeente) the variant's line, within `totaal`.
                guard comparison.hasRoundingLine, case .object(let fields) = object else { return object }
                return .object(fields + [.init("afronding", .amount(variant.statement.roundingDifference))])
            })),
            .init("totaal-basis", .amount(comparison.basis.statement.totalWithRounding)),
            .init("gemeenten", variants(comparison)),
        ]
        if !content.projections.isEmpty {
            members.append(.init("meerjarenraming", .object([
                "jaren": .integer(content.projectionParameters?.years ?? 0),
                "indexatie": .object(IndexationKind.allCases.map { kind in
                    JSONOutput.Member(kind.rawValue, .quantity(content.projectionParameters?.indexation[kind] ?? .zero))
                }),
                "parameters": .string(content.projectionParameters?.dutchDescription ?? "geen indexatie"),
                "prijsniveau": .string((content.projectionParameters ?? ProjectionParameters()).priceLevel(from: budget.period)),
                "varianten": .array(content.projections.map { variant in
                    .object([
                        "naam": .string(variant.name),
                        "jaren": .array(variant.years.map { year, statement in
                            .object([
                                "jaar": .integer(year),
                                "totaal": .amount(statement.totalWithRounding),
                                "bijdragen": .object(statement.members.map { JSONOutput.Member($0.municipality, .amount($0.final)) }),
                            ])
                        }),
                    ])
                }),
            ])))
        }
        let phaseIn = phaseInYears(content)
        if !phaseIn.isEmpty { members.append(.init("ingroei", phaseInJSON(phaseIn))) }
        if let sensitivity = content.sensitivity {
            members.append(.init("gevoeligheid", variants(sensitivity)))
        }
        if let sweep = content.sweep {
            members.append(.init("reeks", .object([
                "assen": .array(sweep.axes.map { axis in .object(["naam": .string(axis.name), "waarden": .array(axis.values.map(JSONOutput.quantity))]) }),
                "gemeenten": .array(sweep.members.map(JSONOutput.string)),
                "basis": .object(zip(sweep.members, sweep.basis).map { JSONOutput.Member($0, .amount($1)) }),
                "punten": .array(sweep.points.map { point in
                    .object([
                        "waarden": .object(zip(sweep.axes, point.values).map { JSONOutput.Member($0.name, .quantity($1)) }),
                        "bijdragen": .object(zip(sweep.members, point.finals).map { JSONOutput.Member($0, .amount($1)) }),
                        "totaal": .amount(point.total),
                    ])
                }),
            ])))
        }
        return .object(members)
    }
}

extension ScenarioReport.Content: ReportContent {
    public func presentation(_ options: ReportOptions) -> Report {
        ScenarioReport.report(self, options: options)
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        ScenarioReport.document(self)
    }
}
