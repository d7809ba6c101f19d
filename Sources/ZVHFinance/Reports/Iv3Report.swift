/// The Iv3 matrix as a report (`zvh iv3`): per taakveld and categorie the lasten and
/// baten, the totals against the budget's, and the lines without tags. A view of
/// ``Iv3Matrix``; nothing here computes a figure.
extension Iv3Matrix: ReportContent {
    public func presentation(_ options: ReportOptions) -> Report {
        var report = Report(
            "Iv3", of: budget, options: options, notes: ["Kolom: \(column.name) (\(column.heading)). Mutaties reserves op taakveld \(Self.reserveTaakveld)."])
        var table = ReportTable(caption: "Iv3-matrix (taakveld × categorie)", columns: [
            ReportTable.Column("taakveld", alignsRight: false), ReportTable.Column("categorie", alignsRight: false),
            ReportTable.Column("lasten"), ReportTable.Column("baten"), ReportTable.Column("regels", alignsRight: false),
        ])
        for cell in cells {
            table.rows.append(ReportTable.Row([.text(cell.taakveld), .text(cell.category), .amount(cell.costs), .amount(cell.income), .text(cell.lines.joined(separator: "; "))]))
        }
        table.rows.append(ReportTable.Row([.text("Totaal"), .empty, .amount(costs), .amount(income), .empty], style: .total))
        report.sections.append(ReportSection(heading: "Iv3-matrix", table: table))
        report.primarySection = 0
        var totals = ReportTable(caption: "Aansluiting met de \(budget.kind.rawValue)", columns: [
            ReportTable.Column("", alignsRight: false), ReportTable.Column("matrix"), ReportTable.Column(budget.kind.rawValue), ReportTable.Column("klopt", alignsRight: false),
        ])
        totals.rows = [
            ReportTable.Row([.text("lasten zonder mutaties reserves"), .amount(costsWithoutReserves), .amount(budgetCosts), .text(costsMatchBudget ? "✓" : "✗")]),
            ReportTable.Row([.text("baten zonder mutaties reserves"), .amount(incomeWithoutReserves), .amount(budgetIncomeWithoutReserves), .text(incomeMatchesBudget ? "✓" : "✗")]),
            ReportTable.Row([.text("toevoegingen aan reserves (0.10, lasten)"), .amount(reserveAdditions), .empty, .empty]),
            ReportTable.Row([.text("onttrekkingen aan reserves (0.10, baten)"), .amount(reserveWithdrawals), .empty, .empty]),
        ]
        report.sections.append(ReportSection(heading: "Aansluiting", table: totals, paragraphs: findings.map(\.message)))
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        .object([
            "bestand": .string(budget.file),
            "organisatie": .string(budget.organisation.identifier),
            "kolom": .string(column.name),
            "cellen": .array(cells.map { cell in
                .object([
                    "taakveld": .string(cell.taakveld), "categorie": .string(cell.category), "lasten": .amount(cell.costs), "baten": .amount(cell.income),
                    "regels": .array(cell.lines.map(JSONOutput.string)),
                ])
            }),
            "lasten": .amount(costs),
            "baten": .amount(income),
            "toevoegingen-reserves": .amount(reserveAdditions),
            "onttrekkingen-reserves": .amount(reserveWithdrawals),
            "lasten-begroting": .amount(budgetCosts),
            "baten-begroting-zonder-reserves": .amount(budgetIncomeWithoutReserves),
            "lasten-sluiten-aan": .bool(costsMatchBudget),
            "baten-sluiten-aan": .bool(incomeMatchesBudget),
            "bevindingen": .array(findings.map(\.json)),
        ])
    }
}
