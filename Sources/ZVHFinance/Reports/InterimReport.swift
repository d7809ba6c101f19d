/// The content of `zvh tussenrapportage`: per line begroot, werkelijk to the date,
/// prognose (with its basis) and the expected variance; the variances that reach the
/// threshold with the controller's explanation or the request for one.
public struct InterimReport: ReportContent {
    /// The statement, computed once.
    public var statement: InterimStatement

    /// Creates the content.
    public init(_ statement: InterimStatement) {
        self.statement = statement
    }

    public func presentation(_ options: ReportOptions) -> Report {
        let statement = statement
        let budget = statement.budget
        var report = Report(
            "Tussenrapportage t/m \(statement.through)", of: budget, options: ReportOptions(unit: .cent), notes: [
                "Verschil = prognose t.o.v. begroot, + is voordeel (lagere lasten, hogere baten). Drempel voor een toelichting: \(statement.threshold.dutchDescription) van de begroting van de regel.",
            ])
        var table = ReportTable(
            caption: "Begroot, werkelijk, prognose en verwacht verschil per regel",
            columns: [
                ReportTable.Column("regel", alignsRight: false), ReportTable.Column("code", alignsRight: false), .init("begroot"),
                .init("werkelijk t/m \(statement.through)"), .init("prognose"), ReportTable.Column("grondslag prognose", alignsRight: false),
                .init("verschil"), ReportTable.Column("drempel", alignsRight: false),
            ])
        for (heading, side) in [("Lasten", BookingActuals.Side.lasten), ("Baten", .baten)] {
            table.rows.append(ReportTable.Row([.text(heading)], style: .heading))
            for line in statement.lines where line.side == side {
                table.rows.append(ReportTable.Row([
                    .text(line.name), line.code.map(ReportTable.Cell.text) ?? .empty, .amount(line.budgeted), .amount(line.actual), .amount(line.prognosis),
                    .text(line.basis.rawValue), .result(line.variance), line.reachesThreshold ? .text(line.explanation == nil ? "toelichten" : "toegelicht") : .empty,
                ], depth: 1))
            }
            let totals = side == .lasten ? statement.costTotals : statement.incomeTotals
            table.rows.append(ReportTable.Row([
                .text("Totaal " + heading.lowercased()), .empty, .amount(totals.budgeted), .amount(totals.actual), .amount(totals.prognosis), .empty,
                .result(totals.variance), .empty,
            ], style: .total))
        }
        table.rows.append(ReportTable.Row([.text("Verwacht verschil op het resultaat"), .empty, .empty, .empty, .empty, .empty, .result(statement.expectedVariance), .empty], style: .total))
        report.sections.append(ReportSection(heading: "Tussenrapportage", table: table))
        report.primarySection = 0
        let listed = statement.lines.filter(\.reachesThreshold)
        let paragraphs = listed.isEmpty
            ? ["Geen verwacht verschil bereikt de drempel."]
            : listed.map { line in
                let key = line.code ?? line.name
                return "- \(line.name) (\(key)): verwacht verschil \(line.variance.resultNotation) — " + (line.explanation ?? "TOELICHTING ONTBREEKT: geef er een onder \"\(key)\" in het bestand met toelichtingen (--toelichtingen).")
            }
        report.sections.append(ReportSection(heading: "Afwijkingen boven de drempel", paragraphs: paragraphs))
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        let statement = statement
        func totals(_ value: (budgeted: Money, actual: Money, prognosis: Money, variance: Money)) -> JSONOutput {
            .object(["begroot": .amount(value.budgeted), "werkelijk": .amount(value.actual), "prognose": .amount(value.prognosis), "verschil": .amount(value.variance)])
        }
        return .object([
            "bestand": .string(statement.budget.file),
            "organisatie": .string(statement.budget.organisation.identifier),
            "tot": .string(statement.through),
            "drempel": .object(["bedrag": .amount(statement.threshold.amount), "percentage": .quantity(statement.threshold.percent)]),
            "regels": .array(statement.lines.map { line in
                .object([
                    "naam": .string(line.name), "code": .optional(line.code), "zijde": .string(line.side.rawValue),
                    "begroot": .amount(line.budgeted), "werkelijk": .amount(line.actual), "prognose": .amount(line.prognosis),
                    "grondslag": .string(line.basis.rawValue), "verschil": .amount(line.variance),
                    "boven-drempel": .bool(line.reachesThreshold), "toelichting": .optional(line.explanation),
                ])
            }),
            "totaal-lasten": totals(statement.costTotals),
            "totaal-baten": totals(statement.incomeTotals),
            "verwacht-verschil": .amount(statement.expectedVariance),
            "zonder-toelichting": .array(statement.lines.filter(\.needsExplanation).map { .string($0.code ?? $0.name) }),
        ])
    }
}
