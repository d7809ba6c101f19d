/// The content of a budget report as JSON, for other programs: the same figures as
/// the text report, amounts as JSON numbers in euros.
public enum BudgetJSON {
    /// The budget (and its contributions, when given) as a JSON document.
    ///
    /// Keys: `bestand`, `soort`, `titel`, `organisatie`, `periode`, `bron`,
    /// `kolommen` (column names in file order), `kolomkoppen`, `lasten`, `baten`,
    /// `totaal-lasten`, `totaal-baten`, `resultaat` (column → amount), and with
    /// contributions `bijdragen` (array of `{gemeente, bijdrage, verrekening,
    /// definitief, …}`), `totaal-bijdragen`, `verdeling` and `verrekening`.
    public static func document(for budget: Budget, contributions statement: ContributionStatement?) -> JSONOutput {
        let computed = BudgetReport.computedContributions(statement)
        func perColumn(_ value: (Column) -> Money) -> JSONOutput {
            .object(budget.columns.map { JSONOutput.Member($0.name, .amount(value($0))) })
        }
        let extra: (Column) -> Money = { column in
            computed != nil && column == statement?.column ? statement?.totalContribution ?? .zero : .zero
        }
        var members: [JSONOutput.Member] = [
            .init("bestand", .string(budget.file)),
            .init("soort", .string(budget.kind.rawValue)),
            .init("titel", .string(budget.title)),
            .init("organisatie", .object(["code": .string(budget.organisation.identifier), "naam": .string(budget.organisation.name)])),
            .init("periode", period(budget.period)),
            .init("bron", .string(budget.source.dutchDescription)),
            .init("kolommen", .array(budget.columns.map { .string($0.name) })),
            .init("kolomkoppen", .object(budget.columns.map { JSONOutput.Member($0.name, .string($0.heading)) })),
            .init("lasten", .array(budget.costs.map { item(budget, $0, side: .costs) })),
            .init("totaal-lasten", perColumn { budget.totalCosts(in: $0) }),
            .init("baten", .array(budget.income.map { item(budget, $0, side: .income) })),
            .init("totaal-baten", perColumn { budget.totalIncome(in: $0) + extra($0) }),
            .init("resultaat", perColumn { budget.result(in: $0) + extra($0) }),
        ]
        if let statement {
            members += contributionMembers(statement)
        }
        return .object(members)
    }

    static func period(_ period: Period) -> JSONOutput {
        .object([
            "jaar": .integer(period.year), "eerste-maand": .integer(period.firstMonth), "maanden": .integer(period.months),
            "omschrijving": .string(period.dutchDescription),
        ])
    }

    static func item(_ budget: Budget, _ item: BudgetItem, side: BudgetSide) -> JSONOutput {
        switch item {
        case .line(let line):
            var members: [JSONOutput.Member] = [.init("naam", .string(line.name))]
            if let kind = line.kind { members.append(.init("soort", .string(kind.rawValue))) }
            if let municipality = line.municipality { members.append(.init("gemeente", .string(municipality))) }
            members.append(.init("bedragen", .object(budget.columns.map { JSONOutput.Member($0.name, .amount(budget.amount(of: line, in: $0, side: side))) })))
            return .object(members)
        case .group(let group):
            return .object([
                "groep": .string(group.name),
                "bedragen": .object(budget.columns.map { JSONOutput.Member($0.name, .amount(budget.total(of: item, in: $0, side: side))) }),
                "regels": .array(group.items.map { self.item(budget, $0, side: side) }),
            ])
        }
    }

    static func contributionMembers(_ statement: ContributionStatement) -> [JSONOutput.Member] {
        let contributions = statement.members.map { member -> JSONOutput in
            var fields: [JSONOutput.Member] = [
                .init("gemeente", .string(member.municipality)),
                .init("gewicht", .quantity(member.weight)),
                .init("aandeel", .string(member.sharePercentText)),
                .init("bijdrage", .amount(member.contribution)),
                .init("verrekening", .amount(member.settlement)),
            ]
            if statement.parts.count > 1 {
                fields.append(.init("bijdrage-per-deel", .object(zip(statement.parts, member.partAmounts).map { JSONOutput.Member($0.name, .amount($1)) })))
            }
            if !statement.settlementSplits.isEmpty {
                fields.append(.init("verrekening-per-component", .object(zip(statement.settlementSplits, member.settlementParts).map { JSONOutput.Member($0.component.name, .amount($1)) })))
            }
            fields.append(.init("definitief", .amount(member.final)))
            if let inhabitants = member.inhabitants { fields.append(.init("inwoners", .number(String(inhabitants)))) }
            return .object(fields)
        }
        var members: [JSONOutput.Member] = [
            .init("bijdragen", .array(contributions)),
            .init("totaal-bijdragen", .object([
                "bijdrage": .amount(statement.totalContribution), "verrekening": .amount(statement.totalSettlement),
                "definitief": .amount(statement.totalFinal),
            ])),
        ]
        switch statement.basis {
        case .computed(let parts):
            func part(_ part: FinancingPart) -> [JSONOutput.Member] {
                [
                    .init("lasten", .amount(part.coverage.costs)),
                    .init("overige-baten", .array(part.coverage.otherIncome.map { .object(["naam": .string($0.name), "bedrag": .amount($0.amount)]) })),
                    .init("te-verdelen", .amount(part.coverage.amountToDistribute)),
                    .init("sleutel", .string(part.split.key.name)),
                    .init("deelnemers", .array(part.participants.map(JSONOutput.string))),
                    .init("afronding", .string("\(part.split.allocation.unit.rawValue), grootste resten")),
                ]
            }
            var verdeling: [JSONOutput.Member] = [.init("kolom", .string(statement.column.name))]
            if parts.count == 1, let only = parts.first {
                verdeling += part(only)
            } else {
                verdeling.append(.init("delen", .array(parts.map { .object([.init("naam", .string($0.name)), .init("thema", .bool($0.isTheme))] + part($0)) })))
            }
            members.append(.init("verdeling", .object(verdeling)))
        case .givenLines:
            members.append(.init("verdeling", .object(["kolom": .string(statement.column.name), "bijdragen-uit": .string("regels van soort gemeentelijke-bijdrage")])))
        }
        if !statement.settlementSplits.isEmpty {
            members.append(.init("verrekening", .object([
                "componenten": .array(statement.settlementSplits.map { split in
                    .object([
                        "naam": .string(split.component.name), "bedrag": .amount(split.component.amount),
                        "sleutel": .string(split.split.key.name),
                        "verdeling": .object(zip(split.split.participants, split.split.parts).map { JSONOutput.Member($0, .amount($1)) }),
                    ])
                }),
            ])))
        }
        return members
    }
}
