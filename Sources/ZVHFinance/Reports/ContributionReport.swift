/// The table of what every member pays, with the derivation under it.
public enum ContributionReport {
    /// The contributions section of a budget report, with its chart.
    public static func section(for budget: Budget, statement: ContributionStatement, options: ReportOptions = ReportOptions()) -> ReportSection {
        ReportSection(
            heading: "Bijdragen gemeenten", table: table(for: statement, unit: options.unit),
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

        init(_ statement: ContributionStatement, unit: RoundingUnit) {
            let members = statement.members
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

    /// The contributions table: weight, share, contribution, each settlement
    /// component, total settlement and final contribution, with a totals row.
    public static func table(for statement: ContributionStatement, unit: RoundingUnit = .euro) -> ReportTable {
        let shown = ShownContributions(statement, unit: unit)
        let components = statement.settlementSplits.map(\.component.name)
        let parts = statement.parts.count > 1 ? statement.parts : []
        let showsWeight = statement.parts.count == 1
        var columns = [ReportTable.Column("gemeente", alignsRight: false)]
        if showsWeight { columns.append(ReportTable.Column("gewicht")) }
        columns.append(ReportTable.Column("aandeel"))
        columns += parts.map { ReportTable.Column($0.name) }
        columns.append(ReportTable.Column("bijdrage"))
        if !components.isEmpty {
            columns += components.map { ReportTable.Column($0) }
            columns += [ReportTable.Column("verrekening"), ReportTable.Column("definitief")]
        }
        var table = ReportTable(caption: "Bijdragen per gemeente (kolom \(statement.column.name))", columns: columns)
        for (index, member) in statement.members.enumerated() {
            var cells: [ReportTable.Cell] = [.text(member.municipality)]
            if showsWeight { cells.append(.quantity(member.weight)) }
            cells.append(.percent(member.sharePercentText))
            cells += shown.parts.map { $0.isEmpty ? .empty : .amount($0[index]) }
            cells.append(.amount(shown.contributions[index]))
            if !components.isEmpty {
                cells += shown.components.map { .amount($0[index]) }
                cells += [.amount(shown.settlements[index]), .amount(shown.finals[index])]
            }
            table.rows.append(ReportTable.Row(cells))
        }
        var totals: [ReportTable.Cell] = [.text("Totaal")]
        if showsWeight {
            totals.append(.quantity(millionths: statement.members.reduce(Int128(0)) { $0 + Int128($1.weight.millionths) }))
        }
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
