/// The BBV comparison's views: a table per source column (lasten, baten, saldo van
/// baten en lasten, mutaties reserves, resultaat) and its JSON.
extension BudgetReportContent {
    /// The BBV comparison as a table: per top-level entry of begroting T (with its lines)
    /// realisatie T−2, begroting T−1 (na wijziging) and begroting T, the totals, the
    /// saldo, the mutaties reserves and the resultaat; each column rounded for display so
    /// that it adds up to its shown total.
    static func bbvSection(_ bbv: BBVComparison, unit: RoundingUnit) -> ReportSection {
        var table = ReportTable(
            caption: "Overzicht van baten en lasten (BBV): realisatie, vorige begroting en deze begroting",
            columns: [ReportTable.Column("", alignsRight: false)] + bbv.sources.map { ReportTable.Column($0.heading) })
        let costTotals = bbv.totalCosts.map { PresentationRounding.shownTotal($0, unit: unit) }
        let incomeTotals = bbv.totalIncome.map { PresentationRounding.shownTotal($0, unit: unit) }
        let movementTotals = bbv.totalReserveMovements.map { PresentationRounding.shownTotal($0, unit: unit) }
        func add(_ rows: [BBVComparison.Row], totals: [Money]) {
            // Per column: the rows rounded to the shown total, each row's lines to its shown amount.
            let shown = bbv.sources.indices.map { column in
                PresentationRounding.distribute(rows.map { $0.amounts[column] ?? .zero }, to: totals[column], unit: unit)
            }
            for (index, row) in rows.enumerated() {
                let amounts = bbv.sources.indices.map { row.amounts[$0] == nil ? nil : shown[$0][index] }
                table.rows.append(ReportTable.Row([.text(label(row))] + cells(amounts), style: row.children.isEmpty ? .line : .subtotal, depth: 1))
                let children = bbv.sources.indices.map { column in
                    PresentationRounding.distribute(row.children.map { $0.amounts[column] ?? .zero }, to: amounts[column] ?? .zero, unit: unit)
                }
                for (childIndex, child) in row.children.enumerated() {
                    let childAmounts = bbv.sources.indices.map { child.amounts[$0] == nil ? nil : children[$0][childIndex] }
                    table.rows.append(ReportTable.Row([.text(label(child))] + cells(childAmounts), depth: 2))
                }
            }
        }
        func label(_ row: BBVComparison.Row) -> String {
            row.onlyIn.isEmpty ? row.name : "\(row.name) (alleen in \(row.onlyIn.joined(separator: ", ")))"
        }
        func cells(_ amounts: [Money?]) -> [ReportTable.Cell] { amounts.map { $0.map(ReportTable.Cell.amount) ?? .empty } }
        table.rows.append(ReportTable.Row([.text("Lasten")], style: .heading))
        add(bbv.costs, totals: costTotals)
        table.rows.append(ReportTable.Row([.text("Totaal lasten")] + costTotals.map(ReportTable.Cell.amount), style: .total))
        table.rows.append(ReportTable.Row([.text("Baten")], style: .heading))
        add(bbv.income, totals: incomeTotals)
        table.rows.append(ReportTable.Row([.text("Totaal baten")] + incomeTotals.map(ReportTable.Cell.amount), style: .total))
        let balance = zip(incomeTotals, costTotals).map { $0 - $1 }
        table.rows.append(ReportTable.Row([.text("Saldo van baten en lasten")] + balance.map(ReportTable.Cell.result), style: .total))
        table.rows.append(ReportTable.Row([.text("Mutaties reserves")], style: .heading))
        add(bbv.reserveMovements, totals: movementTotals)
        table.rows.append(ReportTable.Row([.text("Totaal mutaties reserves")] + movementTotals.map(ReportTable.Cell.amount), style: .total))
        table.rows.append(ReportTable.Row([.text("Resultaat (+/+ voordeel, -/- nadeel)")] + zip(balance, movementTotals).map { .result($0 + $1) }, style: .total))
        var paragraphs = ["Bronnen: " + bbv.sources.map { "\($0.heading) uit \($0.file), kolom \($0.column)" }.joined(separator: "; ") + "."]
        paragraphs.append("Regels worden over de jaren gekoppeld op hun code (waar een bestand geen code geeft: op het label) en staan in de indeling van de begroting van dit jaar.")
        for move in bbv.moved {
            paragraphs.append("Verplaatst: \(move.name) (code \(move.code)) stond in \(move.source) \(Self.place(move.from)) en staat nu \(Self.place(move.to)); de bedragen staan op de plaats van nu.")
        }
        if !bbv.missing.isEmpty {
            paragraphs.append("Niet gevonden naast dit bestand: \(bbv.missing.joined(separator: ", ")); die kolommen ontbreken.")
        }
        return ReportSection(heading: "BBV-overzicht", table: table, paragraphs: paragraphs)
    }

    static func place(_ group: String?) -> String {
        group.map { "onder \"\($0)\"" } ?? "op het hoogste niveau"
    }

    /// The BBV comparison as JSON: `bronnen` (heading, file, column), `lasten`,
    /// `baten` and `reservemutaties` (name, code and amount per source, null where
    /// absent, with `regels` below a group and `alleen-in` for rows not in begroting T),
    /// `totaal-lasten`, `totaal-baten`, `saldo-baten-en-lasten`, `mutaties-reserves`,
    /// `resultaat` (per source), `verplaatst` and `ontbreekt`.
    static func bbvJSON(_ bbv: BBVComparison) -> JSONOutput {
        func json(_ row: BBVComparison.Row) -> JSONOutput {
            var members: [JSONOutput.Member] = [.init("naam", .string(row.name))]
            if let code = row.code { members.append(.init("code", .string(code))) }
            members.append(.init("bedragen", .array(row.amounts.map { $0.map(JSONOutput.amount) ?? .null })))
            if !row.onlyIn.isEmpty { members.append(.init("alleen-in", .array(row.onlyIn.map(JSONOutput.string)))) }
            if !row.children.isEmpty { members.append(.init("regels", .array(row.children.map(json)))) }
            return .object(members)
        }
        return .object([
            "bronnen": .array(bbv.sources.map { .object(["kop": .string($0.heading), "bestand": .string($0.file), "kolom": .string($0.column)]) }),
            "lasten": .array(bbv.costs.map(json)),
            "baten": .array(bbv.income.map(json)),
            "reservemutaties": .array(bbv.reserveMovements.map(json)),
            "totaal-lasten": .array(bbv.totalCosts.map(JSONOutput.amount)),
            "totaal-baten": .array(bbv.totalIncome.map(JSONOutput.amount)),
            "saldo-baten-en-lasten": .array(bbv.balanceBeforeReserves.map(JSONOutput.amount)),
            "mutaties-reserves": .array(bbv.totalReserveMovements.map(JSONOutput.amount)),
            "resultaat": .array(bbv.result.map(JSONOutput.amount)),
            "verplaatst": .array(bbv.moved.map { move in
                .object([
                    "naam": .string(move.name), "code": .string(move.code), "bron": .string(move.source),
                    "van": move.from.map(JSONOutput.string) ?? .null, "naar": move.to.map(JSONOutput.string) ?? .null,
                ])
            }),
            "ontbreekt": .array(bbv.missing.map(JSONOutput.string)),
        ])
    }
}
