/// The content of a budget report as JSON, for other programs: the same figures as the
/// text report, exact, amounts as JSON numbers in euros.
///
/// Keys: `bestand`, `soort`, `titel`, `organisatie`, `periode`, `bron`, `kolommen`
/// (column names in file order), `kolomkoppen`, `lasten`, `baten` (entries with
/// `bedragen` per column; computed contributions as a group with `"berekend": true`),
/// `totaal-lasten`, `totaal-baten`, `resultaat` (column → amount), `bevindingen`
/// (numbered by position from 1; entries refer to them), and with contributions
/// `bijdragen`, `totaal-bijdragen`, `verdeling` and `verrekening`.
extension BudgetReportContent {
    public func json(_ options: ReportOptions) -> JSONOutput {
        func perColumn(_ values: [Money]) -> JSONOutput {
            .object(zip(figures.columns, values).map { JSONOutput.Member($0.name, .amount($1)) })
        }
        var members: [JSONOutput.Member] = [
            .init("bestand", .string(budget.file)),
            .init("soort", .string(budget.kind.rawValue)),
            .init("titel", .string(budget.title)),
            .init("organisatie", .object(["code": .string(budget.organisation.identifier), "naam": .string(budget.organisation.name)])),
            .init("periode", Self.period(budget.period)),
            .init("bron", .string(budget.source.dutchDescription)),
            .init("kolommen", .array(budget.columns.map { .string($0.name) })),
            .init("kolomkoppen", .object(budget.columns.map { JSONOutput.Member($0.name, .string($0.heading)) })),
            .init("lasten", .array(figures.costs.map(entry))),
            .init("totaal-lasten", perColumn(figures.totalCosts)),
            .init("baten", .array(figures.income.map(entry))),
            .init("totaal-baten", perColumn(figures.totalIncome)),
            .init("resultaat", perColumn(figures.result)),
            .init("bevindingen", .array(findings.map(\.json))),
        ]
        if let statement {
            members += ContributionReport.jsonMembers(statement, notes: notes(forMember:))
            if !statement.settlementSplits.isEmpty {
                members.append(.init("verrekening-status", settledYear.map { .string($0.result?.status.rawValue ?? "onbekend") } ?? .null))
            }
        }
        if let bbv { members.append(.init("bbv", Self.bbvJSON(bbv))) }
        return .object(members)
    }

    static func period(_ period: Period) -> JSONOutput {
        .object([
            "jaar": .integer(period.year), "eerste-maand": .integer(period.firstMonth), "maanden": .integer(period.months),
            "omschrijving": .string(period.dutchDescription),
        ])
    }

    func entry(_ entry: BudgetFigures.Entry) -> JSONOutput {
        var members: [JSONOutput.Member] = []
        switch entry.kind {
        case .line(let line):
            members.append(.init("naam", .string(line.name)))
            if let kind = line.kind { members.append(.init("soort", .string(kind.rawValue))) }
            if let municipality = line.municipality { members.append(.init("gemeente", .string(municipality))) }
        case .group:
            members.append(.init("groep", .string(entry.name)))
        case .computedContributions:
            members += [.init("groep", .string(entry.name)), .init("berekend", .bool(true))]
        case .memberContribution(let municipality):
            members += [.init("naam", .string(municipality)), .init("soort", .string(LineKind.municipalContribution.rawValue)), .init("gemeente", .string(municipality))]
        case .roundingDifference:
            members += [.init("naam", .string(entry.name)), .init("afronding", .bool(true))]
        }
        members.append(.init("bedragen", .object(zip(figures.columns, entry.amounts).map { JSONOutput.Member($0.name, $1.map(JSONOutput.amount) ?? .null) })))
        let notes = notes(for: entry)
        if !notes.isEmpty { members.append(.init("bevindingen", .array(notes.map(JSONOutput.integer)))) }
        if entry.isGroup { members.append(.init("regels", .array(entry.children.map(self.entry)))) }
        return .object(members)
    }
}
