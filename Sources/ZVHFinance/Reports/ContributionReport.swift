/// The table of what every member pays, with the derivation under it.
public enum ContributionReport {
    /// The contributions section of a budget report.
    public static func section(for budget: Budget, statement: ContributionStatement) -> ReportSection {
        ReportSection(heading: "Bijdragen gemeenten", table: table(for: statement), paragraphs: derivation(of: budget, statement: statement))
    }

    /// The contributions table: weight, share, contribution, each settlement
    /// component, total settlement and final contribution, with a totals row.
    public static func table(for statement: ContributionStatement) -> ReportTable {
        let components = statement.settlementSplits.map(\.component.name)
        let showsWeight: Bool
        if case .computed = statement.basis { showsWeight = true } else { showsWeight = false }
        var columns = [ReportTable.Column("gemeente", alignsRight: false)]
        if showsWeight { columns.append(ReportTable.Column("gewicht")) }
        columns += [ReportTable.Column("aandeel"), ReportTable.Column("bijdrage")]
        if !components.isEmpty {
            columns += components.map { ReportTable.Column($0) }
            columns += [ReportTable.Column("verrekening"), ReportTable.Column("definitief")]
        }
        var table = ReportTable(caption: "Bijdragen per gemeente (kolom \(statement.column.name))", columns: columns)
        for member in statement.members {
            var cells: [ReportTable.Cell] = [.text(member.municipality)]
            if showsWeight { cells.append(.quantity(member.weight)) }
            cells += [.percent(member.sharePercentText), .amount(member.contribution)]
            if !components.isEmpty {
                cells += member.settlementParts.map(ReportTable.Cell.amount)
                cells += [.amount(member.settlement), .amount(member.final)]
            }
            table.rows.append(ReportTable.Row(cells))
        }
        var totals: [ReportTable.Cell] = [.text("Totaal")]
        if showsWeight {
            totals.append(.quantity(statement.members.map(\.weight).reduce(Quantity.zero, +)))
        }
        totals += [.percent(statement.totalContribution.isZero ? "–" : "100,00%"), .amount(statement.totalContribution)]
        if !components.isEmpty {
            totals += statement.settlementSplits.map { .amount($0.split.parts.sum()) }
            totals += [.amount(statement.totalSettlement), .amount(statement.totalFinal)]
        }
        table.rows.append(ReportTable.Row(totals, style: .total))
        return table
    }

    /// How the contributions were computed, in sentences.
    public static func derivation(of budget: Budget, statement: ContributionStatement) -> [String] {
        var paragraphs: [String] = []
        switch statement.basis {
        case .computed(let coverage, let split):
            var terms = ["lasten \(coverage.costs.dutch())"]
            for income in coverage.otherIncome {
                terms.append(income.amount.isNegative ? "+ \(income.amount.magnitude.dutch()) (\(income.name))" : "− \(income.amount.dutch()) (\(income.name))")
            }
            paragraphs.append("Te verdelen over de gemeenten (kolom \(statement.column.name)): \(terms.joined(separator: " ")) = \(coverage.amountToDistribute.dutch()).")
            paragraphs.append(keySentence(split.key, unit: split.allocation.unit))
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
