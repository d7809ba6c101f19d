/// The kadernota as a report: assumptions, price level, what each member pays per year
/// (structural / incidental), the change split into its effects, and the cycle. A view
/// of ``Kadernota``; every figure comes from it.
extension Kadernota: ReportContent {
    public func presentation(_ options: ReportOptions) -> Report {
        var report = Report(
            title: "Kadernota — \(budget.organisation.name) — na \(budget.title)",
            context: BudgetReportContent.context(of: budget, options: options) + ["Prijsniveau: \(priceLevel)."])
        report.asOf = BudgetReportContent.asOf(budget)
        var assumptionsTable = ReportTable(caption: "Uitgangspunten", columns: [
            ReportTable.Column("uitgangspunt", alignsRight: false), ReportTable.Column("waarde", alignsRight: false),
            ReportTable.Column("bron", alignsRight: false), ReportTable.Column("datum", alignsRight: false),
        ])
        assumptionsTable.rows.append(ReportTable.Row([.text("prijsniveau"), .text(priceLevel), .text("–"), .text("–")]))
        for assumption in assumptions {
            assumptionsTable.rows.append(ReportTable.Row([
                .text(assumption.subject), .text(assumption.value), .text(assumption.source ?? "niet opgegeven"), .text(assumption.date ?? "–"),
            ]))
        }
        report.sections.append(ReportSection(heading: "Uitgangspunten", table: assumptionsTable, paragraphs: [
            "Prijsniveau: \(priceLevel). Bron en datum staan er zoals ze zijn opgegeven (--bron); zvh vult ze nooit zelf in.",
        ]))
        var amounts = ReportTable(caption: "Bijdrage per gemeente (definitief)", columns: [
            ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("begroting \(budget.period.dutchDescription)"),
        ] + years.map { ReportTable.Column(String($0)) })
        for member in members {
            amounts.rows.append(ReportTable.Row([.text(member.municipality), .amount(member.current)] + member.years.map { .amount($0.amount) }))
        }
        report.sections.append(ReportSection(heading: "Wat elke gemeente betaalt", table: amounts, paragraphs: [
            "Dezelfde bedragen als zvh scenario met dezelfde --raming-index en --jaren\(changes == nil ? " (de basis)" : " (de variant met alle wijzigingen)"); het eerste jaar is de begroting met haar verrekening.",
        ]))
        report.primarySection = report.sections.count - 1
        var detail = ReportTable(caption: "Structureel, incidenteel en de verandering per oorzaak", columns: [
            ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("jaar"), ReportTable.Column("bedrag"), ReportTable.Column("structureel"),
            ReportTable.Column("incidenteel"), ReportTable.Column("verandering"), ReportTable.Column("index"), ReportTable.Column("volume"),
            ReportTable.Column("sleutel"), ReportTable.Column("verrekening"),
        ])
        for member in members {
            for year in member.years {
                detail.rows.append(ReportTable.Row([
                    .text(member.municipality), .text(String(year.year)), .amount(year.amount), .amount(year.structural), .amount(year.incidental),
                    .amount(year.change), .amount(year.effects.index), .amount(year.effects.volume), .amount(year.effects.key), .amount(year.effects.settlement),
                ]))
            }
        }
        report.sections.append(ReportSection(heading: "Structureel en incidenteel; verandering per oorzaak", table: detail, paragraphs: [
            "Verandering = bedrag − definitief in de huidige begroting = index + volume + sleutel + verrekening (exact, in centen). Index: lopende min constante prijzen; volume: de wijzigingen behalve sleutels; sleutel: een andere sleutel, ingroei of nieuwe inwonertallen; verrekening: de verrekening van de huidige begroting die niet terugkomt.",
            "Incidenteel: de verrekening en het aandeel in de regels die het bestand incidenteel noemt, en in mutaties reserves (de BBV rekent die incidenteel tenzij anders vermeld); structureel: wat de gemeente zonder die regels betaalt.",
        ]))
        var cycle = ReportTable(caption: "Cyclus volgens de regeling", columns: [ReportTable.Column("stap", alignsRight: false), ReportTable.Column("datum", alignsRight: false)])
        for date in budget.arrangement.cycle { cycle.rows.append(ReportTable.Row([.text(date.step.dutchDescription), .text(date.date)])) }
        let cycleText = budget.arrangement.cycle.isEmpty
            ? "De regeling in het bestand noemt geen data (zie 'regeling.cyclus'); de Wgr vraagt de kadernota vóór 30 april naar de raden en geeft de raden 12 weken voor een zienswijze op de ontwerpbegroting — controleer de data aan de regeling zelf."
            : "Data zoals de regeling in het bestand ze vastlegt\(budget.arrangement.name.map { " (\($0))" } ?? "")."
        report.sections.append(ReportSection(heading: "Cyclus", table: budget.arrangement.cycle.isEmpty ? nil : cycle, paragraphs: [cycleText]))
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        func amount(_ money: Money) -> JSONOutput { .amount(money) }
        return .object([
            "bestand": .string(budget.file),
            "organisatie": .string(budget.organisation.identifier),
            "begroting": .string(budget.title),
            "prijsniveau": .string(priceLevel),
            "jaren": .array(years.map(JSONOutput.integer)),
            "uitgangspunten": .array(assumptions.map { assumption in
                .object(["onderwerp": .string(assumption.subject), "waarde": .string(assumption.value), "bron": .optional(assumption.source), "datum": .optional(assumption.date)])
            }),
            "gemeenten": .array(members.map { member in
                .object([
                    "gemeente": .string(member.municipality),
                    "huidige-begroting": amount(member.current),
                    "jaren": .array(member.years.map { year in
                        .object([
                            "jaar": .integer(year.year), "bedrag": amount(year.amount), "structureel": amount(year.structural), "incidenteel": amount(year.incidental),
                            "verandering": amount(year.change),
                            "effecten": .object(["index": amount(year.effects.index), "volume": amount(year.effects.volume), "sleutel": amount(year.effects.key), "verrekening": amount(year.effects.settlement)]),
                            "effecten-tellen-op": .bool(year.effectsAddUp),
                        ])
                    }),
                ])
            }),
            "cyclus": .array(budget.arrangement.cycle.map { .object(["stap": .string($0.step.rawValue), "omschrijving": .string($0.step.dutchDescription), "datum": .string($0.date)]) }),
        ])
    }
}
