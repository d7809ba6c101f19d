/// The content of `zvh resultaatbestemming`: per component of the result what goes to
/// which reserve and what is settled, with the derivation.
public struct ResultAppropriationReport: ReportContent {
    /// The jaarrekening.
    public var budget: Budget
    /// The proposal, computed once.
    public var proposal: ResultAppropriation

    /// Creates the content.
    public init(budget: Budget, proposal: ResultAppropriation) {
        self.budget = budget
        self.proposal = proposal
    }

    public func presentation(_ options: ReportOptions) -> Report {
        var report = Report(
            "Voorstel resultaatbestemming", of: budget, options: ReportOptions(unit: .cent), notes: [
                "Het resultaat per component zoals zvh verrekening het afleidt; de regels onder 'resultaatbestemming' in het bestand zeggen welk voordeel naar welke reserve gaat (tot het plafond); de rest wordt met de gemeenten verrekend.",
            ])
        var table = ReportTable(
            caption: "Resultaatbestemming per component",
            columns: [
                ReportTable.Column("component", alignsRight: false), .init("resultaat"), ReportTable.Column("reserve", alignsRight: false),
                .init("naar reserve"), .init("te verrekenen"),
            ])
        for entry in proposal.entries {
            table.rows.append(ReportTable.Row([
                .text(entry.name), .result(entry.result), entry.reserve.map(ReportTable.Cell.text) ?? .empty, .amount(entry.toReserve), .result(entry.settled),
            ]))
        }
        table.rows.append(ReportTable.Row([.text("Totaal"), .result(proposal.result), .empty, .amount(proposal.toReserves), .result(proposal.settled)], style: .total))
        report.sections.append(ReportSection(
            heading: "Resultaatbestemming", table: table,
            paragraphs: proposal.entries.map { "- \($0.name) (\($0.code)): \($0.derivation)." }
                + [budget.adoptedAppropriation.map { "Het bestand legt al een \($0.dutchDescription) vast; zvh verrekening en zvh volgend-jaar volgen die, niet dit voorstel." }
                    ?? "Een voorstel: het bestuur stelt de bestemming vast. Leg het besluit vast met zvh resultaatbestemming … --vaststellen DATUM --besluit TEKST --uitvoer BESTAND; zvh verrekening en zvh volgend-jaar volgen dan de vastgestelde bestemming."]))
        report.primarySection = 0
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        .object([
            "bestand": .string(budget.file),
            "resultaat": .amount(proposal.result),
            "componenten": .array(proposal.entries.map { entry in
                .object([
                    "code": .string(entry.code), "naam": .string(entry.name), "resultaat": .amount(entry.result), "reserve": .optional(entry.reserve),
                    "naar-reserve": .amount(entry.toReserve), "te-verrekenen": .amount(entry.settled), "afleiding": .string(entry.derivation),
                ])
            }),
            "naar-reserves": .amount(proposal.toReserves),
            "te-verrekenen": .amount(proposal.settled),
        ])
    }
}
