/// The content of `zvh boekingen`: per budget line the budget, the actuals from the
/// bookings (per month and cumulative), the remaining budget and the exhaustion; the
/// members' contributions received against the advances due; the bookings no rule
/// took; the rules' use; and the reconciliation of the export's total.
public struct BookingsReport: ReportContent {
    /// The actuals, computed once.
    public var actuals: BookingActuals

    /// Creates the content.
    public init(_ actuals: BookingActuals) {
        self.actuals = actuals
    }

    var monthNames: [String] { actuals.months.map { ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][$0 - 1] } }

    public func presentation(_ options: ReportOptions) -> Report {
        let actuals = actuals
        let budget = actuals.budget
        var report = Report(
            title: "Werkelijk uit boekingen \(actuals.throughDescription) — \(budget.organisation.name)",
            context: [
                "Begroting: \(budget.file) (kolom \"\(actuals.budgetColumn.heading)\"; bron: \(budget.source.dutchDescription))",
                "Boekingen: \(actuals.exportFile) (\(actuals.bookingCount) boekingen); regels: \(actuals.rulesFile)" + (actuals.rulesSource.map { " — \($0)" } ?? ""),
                "Lasten: debet − credit; baten: credit − debet. Uitputting = werkelijk / begroot." + (actuals.through == nil ? "" : " Prognose: een volledig gerealiseerde regel blijft op werkelijk, een vaste bijdrage (gemeente, Rijk, centrumgemeente) volgt haar voorschotschema tot begroot, van de andere regels wordt alleen het restant (begroot − werkelijk) naar rato van de resterende dagen van het jaar geprognosticeerd."),
            ])
        report.describe(budget)
        report.asOf = "Boekingen \(actuals.exportFile) \(actuals.throughDescription), regels \(actuals.rulesFile), begroting \(budget.title)"
        report.sections.append(ReportSection(heading: "Begroot en werkelijk per regel", table: linesTable(), paragraphs: comparisonParagraphs()))
        report.primarySection = 0
        report.sections.append(ReportSection(heading: "Per maand", table: monthTable()))
        if !actuals.members.isEmpty {
            report.sections.append(ReportSection(heading: "Bijdragen van de gemeenten", table: membersTable(), paragraphs: [
                "Voorschotten verschuldigd: de begrote bijdrage in \(actuals.members[0].instalments) termijnen (als 'zvh voorschotten'), de termijnen die vallen in de maanden t/m \(Period.monthNames[actuals.months.upperBound - 1]). Verschil + = meer ontvangen dan verschuldigd.",
            ]))
        }
        report.sections.append(unassignedSection())
        report.sections.append(ReportSection(heading: "Boekingsregels", table: rulesTable(), paragraphs: actuals.unusedRules.map {
            "waarschuwing: boekingsregel \"\($0.name)\" (\(actuals.rulesFile)\($0.origin.map { ":" + $0.lineAndColumn } ?? "")) kreeg geen enkele boeking"
        }))
        report.sections.append(ReportSection(heading: "Aansluiting", table: reconciliationTable(), paragraphs: [
            "Controle (exact, in centen): som van de boekingen = lasten − baten + niet toegewezen + buiten de periode + na de datum \(actuals.reconciles ? "✓" : "✗ KLOPT NIET")."
        ]))
        return report
    }

    func linesTable() -> ReportTable {
        let actuals = actuals
        let hasPrognosis = actuals.through != nil
        let hasStated = actuals.targets.contains { $0.statedActual != nil }
        var columns = [
            ReportTable.Column("regel", alignsRight: false), ReportTable.Column("begroot"), ReportTable.Column("werkelijk \(actuals.throughDescription)"),
            ReportTable.Column("restant"), ReportTable.Column("uitputting"),
        ]
        if hasPrognosis { columns.append(ReportTable.Column("prognose")) }
        if hasStated { columns += [ReportTable.Column("werkelijk in bestand"), ReportTable.Column("verschil")] }
        var table = ReportTable(caption: "Begroot en werkelijk per regel", columns: columns)
        // restant = begroot − werkelijk, uitputting = werkelijk / begroot, verschil = werkelijk − in bestand.
        func derivations(_ row: Int) -> [Int: ReportTable.Derivation] {
            let budgeted = ReportTable.Position(row: row, column: 1), actual = ReportTable.Position(row: row, column: 2)
            var derivations: [Int: ReportTable.Derivation] = [3: .difference(budgeted, actual), 4: .ratio(part: actual, whole: budgeted)]
            let stated = hasPrognosis ? 6 : 5
            if hasStated { derivations[stated + 1] = .difference(actual, ReportTable.Position(row: row, column: stated)) }
            return derivations
        }
        for side in [BookingActuals.Side.lasten, .baten] {
            let targets = actuals.targets(on: side)
            guard !targets.isEmpty else { continue }
            table.rows.append(ReportTable.Row([.text(side == .lasten ? "Lasten" : "Baten")] + Array(repeating: .empty, count: columns.count - 1), style: .heading))
            for target in targets {
                var cells: [ReportTable.Cell] = [.text(target.name), .amount(target.budgeted), .amount(target.actual), .amount(target.remaining), .percent(target.exhaustion, decimals: 1)]
                if hasPrognosis { cells.append(target.prognosis.map(ReportTable.Cell.amount) ?? .empty) }
                if hasStated {
                    cells.append(target.statedActual.map(ReportTable.Cell.amount) ?? .empty)
                    cells.append(.amount(target.differenceFromStated))
                }
                table.rows.append(ReportTable.Row(cells, depth: 1, derivations: derivations(table.rows.count)))
            }
            let totals = actuals.totals(of: side)
            var cells: [ReportTable.Cell] = [
                .text("Totaal \(side.rawValue)"), .amount(totals.budgeted), .amount(totals.actual), .amount(totals.remaining), .percent(totals.exhaustion, decimals: 1),
            ]
            if hasPrognosis { cells.append(.amount(totals.prognosis)) }
            if hasStated { cells += [.amount(totals.statedActual), .amount(totals.differenceFromStated)] }
            table.rows.append(ReportTable.Row(cells, style: .total, derivations: derivations(table.rows.count)))
        }
        return table
    }

    func comparisonParagraphs() -> [String] {
        let stated = actuals.targets.filter { $0.statedActual != nil || $0.actual != .zero }
        guard actuals.budget.columns.contains(where: { $0.kind == .actual }) else { return [] }
        let differing = stated.filter { $0.differenceFromStated != .zero }
        return [differing.isEmpty
            ? "De werkelijke bedragen uit de boekingen zijn per regel gelijk aan de kolom werkelijk van het begrotingsbestand ✓."
            : "\(differing.count) regel(s) wijken af van de kolom werkelijk van het begrotingsbestand: \(differing.map { "\($0.name) (\($0.differenceFromStated.signedDutch))" }.joined(separator: ", "))."]
    }

    func monthTable() -> ReportTable {
        let months = Array(actuals.months)
        var table = ReportTable(caption: "Werkelijk per maand", columns: [ReportTable.Column("regel", alignsRight: false)] + monthNames.map { ReportTable.Column($0) } + [ReportTable.Column("totaal")])
        for target in actuals.targets {
            table.rows.append(ReportTable.Row([.text(target.name)] + months.map { .amount(target.perMonth[$0 - 1]) } + [.amount(target.actual)]))
        }
        for side in [BookingActuals.Side.lasten, .baten] {
            let totals = actuals.totals(of: side)
            table.rows.append(ReportTable.Row([.text("\(side.rawValue) cumulatief")] + totals.cumulative.map(ReportTable.Cell.amount) + [.amount(totals.cumulative.last ?? .zero)], style: .total))
        }
        return table
    }

    func membersTable() -> ReportTable {
        var table = ReportTable(caption: "Ontvangen bijdragen tegen verschuldigde voorschotten", columns: [
            ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("begroot"), ReportTable.Column("voorschotten verschuldigd"),
            ReportTable.Column("ontvangen"), ReportTable.Column("verschil"),
        ])
        for member in actuals.members {
            table.rows.append(ReportTable.Row([.text(member.municipality), .amount(member.budgeted), .amount(member.advancesDue), .amount(member.received), .amount(member.difference)]))
        }
        let totals = actuals.receiptTotals
        table.rows.append(ReportTable.Row([.text("Totaal"), .amount(totals.budgeted), .amount(totals.advancesDue), .amount(totals.received), .amount(totals.difference)], style: .total))
        return table
    }

    func unassignedSection() -> ReportSection {
        var table = ReportTable(caption: "Niet toegewezen boekingen", columns: [
            ReportTable.Column("CSV-regel"), ReportTable.Column("datum", alignsRight: false), ReportTable.Column("rekening"),
            ReportTable.Column("kostenplaats", alignsRight: false), ReportTable.Column("omschrijving", alignsRight: false), ReportTable.Column("bedrag (debet − credit)"),
        ])
        for booking in actuals.unassigned {
            table.rows.append(ReportTable.Row([
                .text(String(booking.line)), .text(booking.date.dutch), .text(String(booking.account)), .text(booking.costCentre), .text(booking.description), .amount(booking.amount),
            ]))
        }
        table.rows.append(ReportTable.Row([.text("Totaal"), .text("\(actuals.unassignedCount) boekingen"), .empty, .empty, .empty, .amount(actuals.unassignedAmount)], style: .total))
        var paragraphs: [String] = []
        if actuals.unassignedCount == 0 {
            paragraphs.append("Elke boeking in de periode is door een regel aan een begrotingsregel toegewezen.")
        } else {
            paragraphs.append("waarschuwing: \(actuals.unassignedCount) boeking(en) van samen \(actuals.unassignedAmount.dutch()) kregen geen regel: de werkelijke cijfers zijn onvolledig. Vul \(actuals.rulesFile) aan.")
            if actuals.unassignedCount > actuals.unassigned.count {
                paragraphs.append("De eerste \(actuals.unassigned.count) staan hierboven; alle \(actuals.unassignedCount) tellen mee in het totaal.")
            }
        }
        return ReportSection(heading: "Niet toegewezen", table: table, paragraphs: paragraphs)
    }

    func rulesTable() -> ReportTable {
        var table = ReportTable(caption: "Boekingen per boekingsregel", columns: [ReportTable.Column("boekingsregel", alignsRight: false), ReportTable.Column("boekingen")])
        for use in actuals.ruleUses {
            table.rows.append(ReportTable.Row([.text(use.name), .text(String(use.bookings))], notes: []))
        }
        return table
    }

    func reconciliationTable() -> ReportTable {
        let actuals = actuals
        var table = ReportTable(caption: "Aansluiting van de boekingen (debet − credit)", columns: [ReportTable.Column("post", alignsRight: false), ReportTable.Column("bedrag")])
        let rows: [(String, Money)] = [
            ("Lasten toegewezen", actuals.costActuals),
            ("− Baten toegewezen", -actuals.incomeActuals),
            ("Niet toegewezen (\(actuals.unassignedCount))", actuals.unassignedAmount),
            ("Buiten de periode \(actuals.budget.period.dutchDescription) (\(actuals.outsidePeriod.count))", actuals.outsidePeriod.amount),
            ("Na \(actuals.through?.dutch ?? "de periode") (\(actuals.afterThrough.count))", actuals.afterThrough.amount),
        ]
        for (label, amount) in rows { table.rows.append(ReportTable.Row([.text(label), .amount(amount)])) }
        table.rows.append(ReportTable.Row([.text("Som van de delen"), .amount(actuals.reconciledSum)], style: .subtotal))
        table.rows.append(ReportTable.Row([.text("Som van alle \(actuals.bookingCount) boekingen"), .amount(actuals.bookingSum)], style: .total))
        return table
    }
}
