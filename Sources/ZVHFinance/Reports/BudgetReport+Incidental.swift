/// The overview of incidentele baten en lasten (BBV art. 19) and the structural balance
/// in a budget report, as a table and as JSON: views of ``IncidentalSplit``.
extension BudgetReportContent {
    /// The split shown, nil when no line is incidental.
    var incidentalSplit: IncidentalSplit? {
        analysed.incidentalSplit.hasIncidentalItems ? analysed.incidentalSplit : nil
    }

    /// A label with the years (`POK gelden Min. VWS 2022 (2022)`) or why it counts as incidental.
    static func label(_ item: IncidentalSplit.Item) -> String {
        if !item.years.isEmpty { return "\(item.name) (\(item.years.map(String.init).joined(separator: ", ")))" }
        return item.isStated ? item.name : "\(item.name) (reservemutatie: incidenteel tenzij anders vermeld)"
    }

    /// The art. 19 section: the incidental lines per kind with their totals, then the
    /// structural lasten, baten and mutaties reserves and the structural balance.
    static func incidentalSection(_ split: IncidentalSplit) -> ReportSection {
        var table = ReportTable(
            caption: "Overzicht incidentele baten en lasten (BBV art. 19) en structureel saldo",
            columns: [ReportTable.Column("", alignsRight: false)] + split.columns.map { ReportTable.Column($0.name) })
        func cells(_ amounts: [Money?]) -> [ReportTable.Cell] { amounts.map { $0.map(ReportTable.Cell.amount) ?? .empty } }
        for (heading, items, totals) in [
            ("Incidentele lasten", split.incidentalCosts, split.incidentalCostTotals),
            ("Incidentele baten", split.incidentalIncome, split.incidentalIncomeTotals),
            ("Incidentele mutaties reserves", split.incidentalReserveMovements, split.incidentalReserveTotals),
        ] where !items.isEmpty {
            table.rows.append(ReportTable.Row([.text(heading)], style: .heading))
            for item in items { table.rows.append(ReportTable.Row([.text(label(item))] + cells(item.amounts), depth: 1)) }
            table.rows.append(ReportTable.Row([.text("Totaal " + heading.lowercased())] + cells(totals), style: .subtotal))
        }
        table.rows.append(ReportTable.Row([.text("Structurele lasten")] + cells(split.structuralCosts), style: .total))
        table.rows.append(ReportTable.Row([.text("Structurele baten")] + cells(split.structuralIncome), style: .total))
        table.rows.append(ReportTable.Row([.text("Structurele mutaties reserves")] + cells(split.structuralReserveMovements), style: .total))
        table.rows.append(ReportTable.Row([.text("Structureel saldo (+/+ voordeel, -/- nadeel)")] + split.structuralBalance.map(ReportTable.Cell.result), style: .total))
        let verdicts = split.columns.indices.map { index in
            split.isStructurallyBalanced(at: index)
                ? "kolom \(split.columns[index].name): structureel sluitend"
                : "kolom \(split.columns[index].name): niet structureel sluitend (structureel tekort \(split.structuralBalance[index].magnitude.dutch()))"
        }
        return ReportSection(heading: "Incidentele baten en lasten (BBV art. 19)", table: table, paragraphs: [
            "Incidenteel zijn de regels met 'incidenteel' (met hun jaren) en de reservemutaties, tenzij een regel 'incidenteel': false heeft; de berekende bijdragen zijn structureel.",
            verdicts.joined(separator: "; ") + ".",
        ])
    }

    /// The split as JSON: `kolommen`, `lasten`, `baten`, `reservemutaties` (incidental
    /// items with `jaren` and amounts per column), the structural and incidental totals,
    /// `structureel-saldo` and `structureel-sluitend` per column.
    static func incidentalJSON(_ split: IncidentalSplit) -> JSONOutput {
        func perColumn(_ values: [Money]) -> JSONOutput {
            .object(zip(split.columns, values).map { JSONOutput.Member($0.name, .amount($1)) })
        }
        func items(_ items: [IncidentalSplit.Item]) -> JSONOutput {
            .array(items.map { item in
                var members: [JSONOutput.Member] = [.init("naam", .string(item.name))]
                if let code = item.code { members.append(.init("code", .string(code))) }
                members.append(.init("jaren", .array(item.years.map(JSONOutput.integer))))
                members.append(.init("vermeld-als-incidenteel", .bool(item.isStated)))
                members.append(.init("bedragen", .object(zip(split.columns, item.amounts).map { JSONOutput.Member($0.name, $1.map(JSONOutput.amount) ?? .null) })))
                return .object(members)
            })
        }
        return .object([
            "kolommen": .array(split.columns.map { .string($0.name) }),
            "lasten": items(split.incidentalCosts),
            "baten": items(split.incidentalIncome),
            "reservemutaties": items(split.incidentalReserveMovements),
            "incidentele-lasten": perColumn(split.incidentalCostTotals),
            "incidentele-baten": perColumn(split.incidentalIncomeTotals),
            "incidentele-mutaties-reserves": perColumn(split.incidentalReserveTotals),
            "structurele-lasten": perColumn(split.structuralCosts),
            "structurele-baten": perColumn(split.structuralIncome),
            "structurele-mutaties-reserves": perColumn(split.structuralReserveMovements),
            "structureel-saldo": perColumn(split.structuralBalance),
            "structureel-sluitend": .object(split.columns.indices.map { JSONOutput.Member(split.columns[$0].name, .bool(split.isStructurallyBalanced(at: $0))) }),
        ])
    }
}
