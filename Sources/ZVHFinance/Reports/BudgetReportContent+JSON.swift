/// The content of a budget report as JSON, for other programs: the same figures as the
/// text report, exact, amounts as JSON numbers in euros.
///
/// Keys: `bestand`, `soort`, `titel`, `organisatie`, `periode`, `bron`, `kolommen`
/// (column names in file order), `kolomkoppen`, `lasten`, `baten` (entries with
/// `bedragen` per column; computed contributions as a group with `"berekend": true`),
/// `totaal-lasten`, `totaal-baten` (without reserve movements), `saldo-baten-en-lasten`,
/// `reservemutaties` (the movement lines), `mutaties-reserves`, `resultaat` (column →
/// amount; resultaat = saldo + mutaties reserves), `bevindingen`
/// (numbered by position from 1; entries refer to them), and with contributions
/// `bijdragen`, `totaal-bijdragen`, `verdeling` and `verrekening`.
///
/// The document is described once (``writeJSON(_:to:)``): written straight as bytes
/// where it is streamed (each period of an overview), built as a value by ``json(_:)``.
extension BudgetReportContent {
    public func json(_ options: ReportOptions) -> JSONOutput {
        JSONOutput.built { writeJSON(options, to: &$0) }
    }

    /// Writes the report's JSON document (see above) into a sink.
    /// - Complexity: linear in the size of the document.
    func writeJSON(_ options: ReportOptions, to sink: inout some JSONSink) {
        sink.openObject()
        sink.member("bestand", budget.file)
        sink.member("soort", budget.kind.rawValue)
        sink.member("titel", budget.title)
        sink.member("organisatie") { sink in
            sink.member("code", budget.organisation.identifier)
            sink.member("naam", budget.organisation.name)
        }
        sink.writeKey("periode")
        Self.writePeriod(budget.period, to: &sink)
        sink.member("bron", budget.source.dutchDescription)
        sink.member("kolommen", array: budget.columns) { $0.writeString($1.name) }
        sink.member("kolomkoppen") { sink in
            for column in budget.columns {
                sink.writeKey(column.name)
                sink.writeString(column.heading)
            }
        }
        sink.member("lasten", array: figures.costs) { writeEntry($1, to: &$0) }
        writePerColumn("totaal-lasten", figures.totalCosts, to: &sink)
        sink.member("baten", array: figures.income) { writeEntry($1, to: &$0) }
        writePerColumn("totaal-baten", figures.totalIncome, to: &sink)
        writePerColumn("saldo-baten-en-lasten", figures.balanceBeforeReserves, to: &sink)
        sink.member("reservemutaties", array: figures.reserveMovements) { writeEntry($1, to: &$0) }
        writePerColumn("mutaties-reserves", figures.totalReserveMovements, to: &sink)
        writePerColumn("resultaat", figures.result, to: &sink)
        sink.member("bevindingen", array: findings) { $1.writeJSON(to: &$0) }
        if let statement {
            ContributionReport.writeJSONMembers(statement, notes: notes(forMember:), to: &sink)
            if !statement.settlementSplits.isEmpty {
                sink.member("verrekening-status", settledYear.map { .string($0.result?.status.rawValue ?? "onbekend") } ?? .null)
            }
        }
        if let schedule = reserveSchedule { sink.member("verloop-reserves", Self.reserveJSON(schedule)) }
        if let split = incidentalSplit { sink.member("incidenteel", Self.incidentalJSON(split)) }
        if let bbv { sink.member("bbv", Self.bbvJSON(bbv)) }
        sink.close(object: true)
    }

    /// A period as JSON: `jaar`, `eerste-maand`, `maanden`, `omschrijving`.
    static func period(_ period: Period) -> JSONOutput {
        JSONOutput.built { writePeriod(period, to: &$0) }
    }

    static func writePeriod(_ period: Period, to sink: inout some JSONSink) {
        sink.writeObject { sink in
            sink.member("jaar", integer: period.year)
            sink.member("eerste-maand", integer: period.firstMonth)
            sink.member("maanden", integer: period.months)
            sink.member("omschrijving", period.dutchDescription)
        }
    }

    /// A member whose value has an amount per column of the figures.
    func writePerColumn(_ key: StaticString, _ values: [Money], to sink: inout some JSONSink) {
        sink.member(key) { sink in
            for (column, value) in zip(figures.columns, values) {
                sink.writeKey(column.name)
                sink.writeAmount(value)
            }
        }
    }

    /// A line or group of the figures, with its amounts per column, the findings that
    /// touch it and, for a group, its lines.
    func writeEntry(_ entry: BudgetFigures.Entry, to sink: inout some JSONSink) {
        sink.openObject()
        switch entry.kind {
        case .line(let line):
            sink.member("naam", line.name)
            if let kind = line.kind { sink.member("soort", kind.rawValue) }
            if let municipality = line.municipality { sink.member("gemeente", municipality) }
        case .group:
            sink.member("groep", entry.name)
        case .computedContributions:
            sink.member("groep", entry.name)
            sink.member("berekend", true)
        case .memberContribution(let municipality):
            sink.member("naam", municipality)
            sink.member("soort", LineKind.municipalContribution.rawValue)
            sink.member("gemeente", municipality)
        case .roundingDifference:
            sink.member("naam", entry.name)
            sink.member("afronding", true)
        }
        sink.member("bedragen") { sink in
            for (column, amount) in zip(figures.columns, entry.amounts) {
                sink.writeKey(column.name)
                if let amount { sink.writeAmount(amount) } else { sink.writeNull() }
            }
        }
        let notes = notes(for: entry)
        if !notes.isEmpty { sink.member("bevindingen", array: notes) { $0.writeInteger($1) } }
        if entry.isGroup { sink.member("regels", array: entry.children) { writeEntry($1, to: &$0) } }
        sink.close(object: true)
    }
}
