/// The content of `zvh voorschotten`: per member the advance per instalment, exact to
/// the cent, adding up to its final contribution.
public struct AdvancesReport: ReportContent {
    /// The schedule, computed once.
    public var schedule: AdvanceSchedule

    /// Creates the content.
    public init(_ schedule: AdvanceSchedule) {
        self.schedule = schedule
    }

    public func presentation(_ options: ReportOptions) -> Report {
        let schedule = schedule
        let budget = schedule.budget
        var report = Report(
            "Voorschotten", of: budget, options: ReportOptions(unit: .cent),
            notes: ["Termijnen: \(AdvanceSchedule.dutchName(of: schedule.count)); elke termijn is de definitieve bijdrage gedeeld door het aantal termijnen, afgekapt op centen; de overgebleven centen één voor één in de laatste termijnen."])
        var table = ReportTable(
            caption: "Voorschot per termijn",
            columns: [ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("definitief")]
                + (1...schedule.count).map { ReportTable.Column("termijn \($0)") } + [ReportTable.Column("som")])
        for member in schedule.members {
            table.rows.append(ReportTable.Row([.text(member.municipality), .amount(member.total)] + member.instalments.map(ReportTable.Cell.amount) + [.amount(member.instalmentSum)]))
        }
        table.rows.append(ReportTable.Row(
            [.text("Totaal"), .amount(schedule.total)] + schedule.instalmentTotals.map(ReportTable.Cell.amount) + [.amount(schedule.instalmentSum)], style: .total))
        let adds = schedule.instalmentsAddUp
        report.sections.append(ReportSection(heading: "Voorschotten", table: table, paragraphs: [
            "Controle (exact, in centen): de termijnen van elke gemeente tellen op tot haar definitieve bijdrage \(adds ? "✓" : "✗ KLOPT NIET").",
        ]))
        report.primarySection = 0
        report.describe(budget)
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        .object([
            "bestand": .string(schedule.budget.file),
            "organisatie": .string(schedule.budget.organisation.identifier),
            "jaar": .integer(schedule.budget.period.year),
            "termijnen": .integer(schedule.count),
            "gemeenten": .array(schedule.members.map { member in
                .object([
                    "gemeente": .string(member.municipality),
                    "definitief": .amount(member.total),
                    "termijnen": .array(member.instalments.map(JSONOutput.amount)),
                    "som": .amount(member.instalmentSum),
                ])
            }),
            "totaal": .amount(schedule.total),
        ])
    }
}
