/// The table of what every member pays, with the derivation under it.
public enum ContributionReport {
    /// The contributions section of a budget report, with its chart.
    public static func section(
        for budget: Budget, statement: ContributionStatement, options: ReportOptions = ReportOptions(), notes: (String) -> [Int] = { _ in [] }
    ) -> ReportSection {
        ReportSection(
            heading: "Bijdragen gemeenten", table: table(for: statement, unit: options.unit, notes: notes),
            paragraphs: derivation(of: budget, statement: statement), chart: chart(for: statement))
    }

    /// The contributions per member as a chart: the final contribution, with the
    /// settlement that changed it from the contribution.
    public static func chart(for statement: ContributionStatement) -> Chart {
        Chart(
            title: "Bijdrage per gemeente: bijdrage, verrekening en definitief",
            description: "Liggende staven per gemeente; het donkere deel is de definitieve bijdrage, het lichte deel wat door de verrekening is teruggegeven, oranje wat is bijbetaald.",
            categories: statement.members.map(\.municipality),
            series: [
                Chart.Series(name: "bijdrage", values: statement.members.map(\.contribution)),
                Chart.Series(name: "definitief", values: statement.members.map(\.final)),
            ],
            style: .changeBars)
    }

    /// The amounts of the contributions table as shown: rounded so that every column
    /// adds up to its shown total and every row's definitief is its shown bijdrage plus
    /// its shown verrekening.
    struct ShownContributions {
        /// Per financing part (only with several parts) the shown amount per member;
        /// each member's shown contribution is the sum of its shown parts.
        var parts: [[Money]]
        var contributions: [Money]
        var components: [[Money]]
        var settlements: [Money]
        var finals: [Money]

        init(_ statement: ContributionStatement, unit requested: RoundingUnit) {
            let members = statement.members
            // One amount per member everywhere: a member amount with cents (a split the
            // file's `afronding` could not honour) is shown with its cents, never rounded
            // away, so the letter, the begroting and the advances show the same amount.
            let unit = statement.isShownExactly(in: requested) ? requested : .cent
            if statement.parts.count > 1 {
                let shownParts = statement.parts.indices.map { index in
                    let amounts = members.map { $0.partAmounts[index] }
                    return PresentationRounding.distribute(amounts, to: PresentationRounding.shownTotal(amounts.sum(), unit: unit), unit: unit)
                }
                parts = shownParts
                contributions = members.indices.map { member in shownParts.map { $0[member] }.sum() }
            } else {
                parts = []
                contributions = PresentationRounding.distribute(
                    members.map(\.contribution), to: PresentationRounding.shownTotal(statement.totalContribution, unit: unit), unit: unit)
            }
            let shownComponents = statement.settlementSplits.indices.map { index in
                let parts = members.map { $0.settlementParts[index] }
                return PresentationRounding.distribute(parts, to: PresentationRounding.shownTotal(parts.sum(), unit: unit), unit: unit)
            }
            let shownSettlements = members.indices.map { member in shownComponents.map { $0[member] }.sum() }
            components = shownComponents
            settlements = shownSettlements
            finals = zip(contributions, shownSettlements).map { $0 + $1 }
        }
    }

    /// The contributions table: key weight (where one key applies), share of the
    /// amount distributed, contribution, each settlement component, total settlement
    /// and final contribution, with a totals row.
    /// - Parameter notes: the numbers of the findings that touch a member.
    public static func table(for statement: ContributionStatement, unit: RoundingUnit = .euro, notes: (String) -> [Int] = { _ in [] }) -> ReportTable {
        let shown = ShownContributions(statement, unit: unit)
        let components = statement.settlementSplits.map(\.component.name)
        let parts = statement.parts.count > 1 ? statement.parts : []
        let showsWeight = statement.members.allSatisfy { $0.keyWeight != nil } && !statement.members.isEmpty
        var columns = [ReportTable.Column("gemeente", alignsRight: false)]
        if showsWeight { columns.append(ReportTable.Column("gewicht in sleutel")) }
        columns.append(ReportTable.Column("aandeel"))
        columns += parts.map { ReportTable.Column($0.name) }
        columns.append(ReportTable.Column("bijdrage"))
        if !components.isEmpty {
            columns += components.map { ReportTable.Column($0) }
            columns += [ReportTable.Column("verrekening"), ReportTable.Column("definitief")]
        }
        var table = ReportTable(caption: "Bijdragen per gemeente (kolom \(statement.column.name); aandeel = bijdrage / totaal)", columns: columns)
        for (index, member) in statement.members.enumerated() {
            var cells: [ReportTable.Cell] = [.text(member.municipality)]
            if showsWeight { cells.append(member.keyWeight.map(ReportTable.Cell.quantity) ?? .empty) }
            cells.append(.percent(member.share.percentText()))
            cells += shown.parts.map { $0.isEmpty ? .empty : .amount($0[index]) }
            cells.append(.amount(shown.contributions[index]))
            if !components.isEmpty {
                cells += shown.components.map { .amount($0[index]) }
                cells += [.amount(shown.settlements[index]), .amount(shown.finals[index])]
            }
            table.rows.append(ReportTable.Row(cells, notes: notes(member.municipality)))
        }
        var totals: [ReportTable.Cell] = [.text("Totaal")]
        if showsWeight { totals.append(statement.members.first?.keyWeightTotalMillionths.map { .quantity(millionths: $0) } ?? .empty) }
        totals.append(.percent(statement.totalContribution.isZero ? "–" : "100,00%"))
        totals += shown.parts.map { .amount($0.sum()) }
        totals.append(.amount(shown.contributions.sum()))
        if !components.isEmpty {
            totals += shown.components.map { .amount($0.sum()) }
            totals += [.amount(shown.settlements.sum()), .amount(shown.finals.sum())]
        }
        table.rows.append(ReportTable.Row(totals, style: .total))
        return table
    }

    /// The contributions as JSON members of a report: `bijdragen` (per member
    /// `gemeente`, `aandeel` (percentage of the total distributed, a number with four
    /// decimals), `sleutel` (`gewicht`, `aandeel`) where one key applies, `bijdrage`,
    /// `verrekening`, per part and per component, `definitief`, `inwoners`,
    /// `bevindingen`), `totaal-bijdragen`, `verdeling` and `verrekening`.
    public static func jsonMembers(_ statement: ContributionStatement, notes: (String) -> [Int] = { _ in [] }) -> [JSONOutput.Member] {
        let contributions = statement.members.map { member -> JSONOutput in
            var fields: [JSONOutput.Member] = [
                .init("gemeente", .string(member.municipality)),
                .init("aandeel", member.share.json),
            ]
            if let weight = member.keyWeight, let share = member.keyShare {
                fields.append(.init("sleutel", .object(["gewicht": .quantity(weight), "aandeel": share.json])))
            }
            fields += [.init("bijdrage", .amount(member.contribution)), .init("verrekening", .amount(member.settlement))]
            if statement.parts.count > 1 {
                fields.append(.init("bijdrage-per-deel", .object(zip(statement.parts, member.partAmounts).map { JSONOutput.Member($0.name, .amount($1)) })))
            }
            if !statement.settlementSplits.isEmpty {
                fields.append(.init("verrekening-per-component", .object(zip(statement.settlementSplits, member.settlementParts).map { JSONOutput.Member($0.component.name, .amount($1)) })))
            }
            fields.append(.init("definitief", .amount(member.final)))
            if let inhabitants = member.inhabitants { fields.append(.init("inwoners", .number(String(inhabitants)))) }
            if let perInhabitant = member.finalPerInhabitant { fields.append(.init("per-inwoner", .amount(perInhabitant))) }
            let numbers = notes(member.municipality)
            if !numbers.isEmpty { fields.append(.init("bevindingen", .array(numbers.map(JSONOutput.integer)))) }
            return .object(fields)
        }
        var members: [JSONOutput.Member] = [
            .init("bijdragen", .array(contributions)),
            .init("totaal-bijdragen", .object(totals(statement))),
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
                    .init("afleiding", splitDerivation(part.split)),
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
                        "afleiding": splitDerivation(split.split),
                    ])
                }),
            ])))
        }
        return members
    }

    /// The totals of the contributions: bijdrage, verrekening, definitief, and the
    /// key's total weight where one key applies.
    static func totals(_ statement: ContributionStatement) -> [JSONOutput.Member] {
        var totals: [JSONOutput.Member] = [
            .init("bijdrage", .amount(statement.totalContribution)), .init("verrekening", .amount(statement.totalSettlement)),
            .init("definitief", .amount(statement.totalFinal)),
        ]
        if let total = statement.members.first?.keyWeightTotalMillionths {
            totals.append(.init("gewicht-in-sleutel", .number(Quantity.jsonNumber(millionths: total))))
        }
        return totals
    }

    /// A key split's recorded derivation as JSON: per participant the exact share (as
    /// `teller`/`noemer` in cents), the share rounded toward zero, whether it received
    /// a leftover unit and its turn; for a mix, per part.
    static func splitDerivation(_ split: KeySplit) -> JSONOutput {
        if !split.components.isEmpty {
            return .object(["mix": .array(split.components.map { .object(["sleutel": .string($0.key.name), "afleiding": splitDerivation($0)]) })])
        }
        return .array(zip(split.participants, split.derivations).map { participant, derivation in
            .object([
                "gemeente": .string(participant),
                "exact-teller-centen": .number(String(derivation.exact.numeratorCents)),
                "exact-noemer": .number(String(derivation.exact.denominator)),
                "afgekapt": .amount(derivation.truncated),
                "resterende-eenheid": .bool(derivation.receivedLeftoverUnit),
                "volgorde-rest": .integer(derivation.turn),
                "deel": .amount(derivation.part),
            ])
        })
    }

    /// How the contributions were computed, in sentences.
    public static func derivation(of budget: Budget, statement: ContributionStatement) -> [String] {
        var paragraphs: [String] = []
        switch statement.basis {
        case .computed(let parts):
            var explainedKeys: Set<String> = []
            for part in parts {
                var terms = ["lasten \(part.coverage.costs.dutch())"]
                for income in part.coverage.otherIncome {
                    terms.append(income.amount.isNegative ? "+ \(income.amount.magnitude.dutch()) (\(income.name))" : "− \(income.amount.dutch()) (\(income.name))")
                }
                let whom = part.participants.count == budget.organisation.members.count
                    ? "de gemeenten" : "de deelnemers (\(part.participants.joined(separator: ", ")))"
                let what = parts.count == 1 ? "" : (part.isTheme ? "Thema \"\(part.name)\": " : "Algemeen deel: ")
                paragraphs.append("\(what)te verdelen over \(whom) (kolom \(statement.column.name)): \(terms.joined(separator: " ")) = \(part.coverage.amountToDistribute.dutch()).")
                if explainedKeys.insert(part.split.key.name).inserted {
                    paragraphs.append(keySentence(part.split.key, unit: part.split.allocation.unit))
                }
            }
        case .givenLines:
            paragraphs.append("De bijdragen zijn de regels van soort gemeentelijke-bijdrage in kolom \(statement.column.name), per gemeente opgeteld; het aandeel is de bijdrage gedeeld door het totaal van de bijdragen.")
        }
        for split in statement.settlementSplits {
            let component = split.component
            var sentence = "Verrekening \"\(component.name)\": \(component.amount.dutch()) (\(component.amount.isNegative ? "terug naar de gemeenten" : "in rekening gebracht")), verdeeld naar verdeelsleutel \"\(split.split.key.description)\"."
            if let explanation = component.explanation { sentence += " Herkomst: \(explanation)." }
            paragraphs.append(sentence)
        }
        if !statement.settlementSplits.isEmpty {
            paragraphs.append("Definitief = bijdrage + verrekening; negatieve verrekening is een terugbetaling (voordeel voor de gemeente).")
        }
        return paragraphs
    }

    static func keySentence(_ key: DistributionKey, unit: RoundingUnit) -> String {
        var sentence = "Verdeeld naar verdeelsleutel \"\(key.description)\" (\(key.kind.dutchName)"
        if let source = key.source { sentence += "; bron: \(source)" }
        sentence += "), elk aandeel = bedrag × gewicht / totaal gewicht, afgerond \(unit == .euro ? "op hele euro's" : "op centen") met de methode van de grootste resten (de resterende eenheden gaan naar de grootste resten), zodat de delen precies optellen tot het totaal."
        return sentence
    }
}
