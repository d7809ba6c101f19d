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
    /// its shown verrekening. The afronding line (when the statement has one) is
    /// rounded with the members, so members plus afronding meet the shown total.
    struct ShownContributions {
        /// Per financing part (only with several parts) the shown amount per member;
        /// each member's shown contribution is the sum of its shown parts.
        var parts: [[Money]]
        var contributions: [Money]
        var components: [[Money]]
        var settlements: [Money]
        var finals: [Money]
        /// The shown afronding line per part (only with several parts) and in all; nil
        /// without an afronding line.
        var roundingParts: [Money] = []
        var roundingDifference: Money?

        init(_ statement: ContributionStatement, unit requested: RoundingUnit) {
            let members = statement.members
            // One amount per member everywhere: a member amount with cents (a split the
            // file's `afronding` could not honour) is shown with its cents, never rounded
            // away, so the letter, the begroting and the advances show the same amount.
            let unit = statement.isShownExactly(in: requested) ? requested : .cent
            let hasRounding = statement.hasRoundingLine
            /// The shown amounts of the members and, last, of the afronding line.
            func shown(_ amounts: [Money], rounding: Money) -> [Money] {
                let all = hasRounding ? amounts + [rounding] : amounts
                return PresentationRounding.distribute(all, to: PresentationRounding.shownTotal(all.sum(), unit: unit), unit: unit)
            }
            if statement.parts.count > 1 {
                let shownParts = statement.parts.enumerated().map { index, part in
                    shown(members.map { $0.partAmounts[index] }, rounding: part.split.roundingDifference)
                }
                parts = shownParts.map { Array($0.prefix(members.count)) }
                contributions = members.indices.map { member in shownParts.map { $0[member] }.sum() }
                if hasRounding {
                    roundingParts = shownParts.map { $0[members.count] }
                    roundingDifference = roundingParts.sum()
                }
            } else {
                parts = []
                let all = shown(members.map(\.contribution), rounding: statement.roundingDifference)
                contributions = Array(all.prefix(members.count))
                if hasRounding { roundingDifference = all[members.count] }
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
    /// and final contribution, the afronding line (where there is one) and a totals row.
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
        // Money passed on: a negative bijdrage is what the member receives, shown as such.
        let showsReceived = !statement.passedOn.isZero
        if showsReceived { columns.append(ReportTable.Column("ontvangt")) }
        if !components.isEmpty {
            columns += components.map { ReportTable.Column($0) }
            columns += [ReportTable.Column("verrekening"), ReportTable.Column("definitief")]
        }
        var table = ReportTable(caption: "Bijdragen per gemeente (kolom \(statement.column.name); aandeel = bijdrage / totaal)", columns: columns)
        let totalRow = statement.members.count + (shown.roundingDifference == nil ? 0 : 1)
        let derivations = Self.derivations(
            shareColumn: showsWeight ? 2 : 1, parts: parts.count, showsReceived: showsReceived, components: components.count, totalRow: totalRow)
        for (index, member) in statement.members.enumerated() {
            var cells: [ReportTable.Cell] = [.text(member.municipality)]
            if showsWeight { cells.append(member.keyWeight.map(ReportTable.Cell.quantity) ?? .empty) }
            cells.append(.percent(member.share))
            cells += shown.parts.map { $0.isEmpty ? .empty : .amount($0[index]) }
            cells.append(.amount(shown.contributions[index]))
            if showsReceived { cells.append(.amount(shown.contributions[index].isNegative ? -shown.contributions[index] : .zero)) }
            if !components.isEmpty {
                cells += shown.components.map { .amount($0[index]) }
                cells += [.amount(shown.settlements[index]), .amount(shown.finals[index])]
            }
            table.rows.append(ReportTable.Row(cells, notes: notes(member.municipality), derivations: derivations(index)))
        }
        let rounding = shown.roundingDifference ?? .zero
        if let shownRounding = shown.roundingDifference {
            var cells: [ReportTable.Cell] = [.text(BudgetFigures.roundingLineName)]
            if showsWeight { cells.append(.empty) }
            cells.append(.percent(statement.roundingShare))
            cells += shown.roundingParts.map(ReportTable.Cell.amount)
            cells.append(.amount(shownRounding))
            if showsReceived { cells.append(.empty) }
            if !components.isEmpty {
                cells += components.map { _ in .empty }
                cells += [.empty, .amount(shownRounding)]
            }
            table.rows.append(ReportTable.Row(cells))
        }
        var totals: [ReportTable.Cell] = [.text("Totaal")]
        if showsWeight { totals.append(statement.members.first?.keyWeightTotalMillionths.map { .quantity(millionths: $0) } ?? .empty) }
        totals.append(.percent(statement.wholeShare))
        totals += shown.parts.indices.map { .amount(shown.parts[$0].sum() + (shown.roundingParts.isEmpty ? .zero : shown.roundingParts[$0])) }
        totals.append(.amount(shown.contributions.sum() + rounding))
        if showsReceived { totals.append(.amount(shown.contributions.filter(\.isNegative).sum().magnitude)) }
        if !components.isEmpty {
            totals += shown.components.map { .amount($0.sum()) }
            totals += [.amount(shown.settlements.sum()), .amount(shown.finals.sum() + rounding)]
        }
        table.rows.append(ReportTable.Row(totals, style: .total, derivations: derivations(totalRow)))
        return table
    }

    /// How the cells of a row of the contributions table follow from each other: the
    /// aandeel is the row's bijdrage over the total bijdrage, the bijdrage the sum of
    /// its parts (with several), the verrekening the sum of its components, the
    /// definitief the bijdrage plus the verrekening.
    /// - Parameters:
    ///   - shareColumn: the column of `aandeel`; the parts, the bijdrage and the
    ///     components follow it.
    ///   - totalRow: the row of the totals.
    static func derivations(shareColumn: Int, parts: Int, showsReceived: Bool, components: Int, totalRow: Int) -> (Int) -> [Int: ReportTable.Derivation] {
        let contributionColumn = shareColumn + 1 + parts
        let firstComponent = contributionColumn + (showsReceived ? 2 : 1)
        return { row in
            var derivations: [Int: ReportTable.Derivation] = [
                shareColumn: .ratio(part: .init(row: row, column: contributionColumn), whole: .init(row: totalRow, column: contributionColumn)),
            ]
            if parts > 0 { derivations[contributionColumn] = .sum(row: row, columns: Array(shareColumn + 1..<contributionColumn)) }
            if components > 0 {
                let settlementColumn = firstComponent + components
                derivations[settlementColumn] = .sum(row: row, columns: Array(firstComponent..<settlementColumn))
                derivations[settlementColumn + 1] = .sum(row: row, columns: [contributionColumn, settlementColumn])
            }
            return derivations
        }
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
                    paragraphs.append(keySentence(part.split.key, unit: part.split.allocation.unit, method: part.split.method))
                }
                if !part.coverage.passedOn.isZero {
                    paragraphs.append(passedOnSentence(part))
                }
            }
            if statement.hasRoundingLine {
                paragraphs.append("Afronding: de bijdragen per gemeente tellen op tot \(statement.totalContribution.dutch()); met de regel afronding van \(statement.roundingDifference.dutch()) is dat het te verdelen bedrag \(statement.totalDistributed.dutch()).")
            }
        case .givenLines:
            paragraphs.append("De bijdragen zijn de regels van soort gemeentelijke-bijdrage in kolom \(statement.column.name), per gemeente opgeteld; het aandeel is de bijdrage gedeeld door het totaal van de bijdragen.")
            if statement.hasRoundingLine {
                paragraphs.append("De bron vermeldt een regel afronding van \(statement.roundingDifference.dutch()) (vermeld.afronding): de bijdragen per gemeente (\(statement.totalContribution.dutch())) plus de afronding zijn samen \(statement.totalDistributed.dutch()).")
            }
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

    /// The sentence on money passed on to the members in a part: who receives what.
    static func passedOnSentence(_ part: FinancingPart) -> String {
        let lines = part.coverage.otherIncome.filter(\.isPassedOn).map { "\($0.name) \($0.amount.dutch())" }
        let received = zip(part.participants, part.split.parts).filter { $0.1.isNegative }.map { "\($0) \($1.magnitude.dutch())" }
        var sentence = "Doorgegeven aan de gemeenten: \(lines.joined(separator: ", ")); een negatieve bijdrage is wat een gemeente ontvangt"
        if !received.isEmpty { sentence += " (ontvangt: \(received.joined(separator: ", ")))" }
        return sentence + "."
    }

    static func keySentence(_ key: DistributionKey, unit: RoundingUnit, method: AllocationMethod = .largestRemainder) -> String {
        if case .phased(let phaseIn) = key.kind {
            return "Verdeeld naar ingroeisleutel \"\(key.description)\" (\(phaseIn.dutchDescription)): in jaar k van \(phaseIn.years) is elk aandeel exact (\(phaseIn.years) − k)/\(phaseIn.years) × het deel naar \"\(phaseIn.fromKey)\" + k/\(phaseIn.years) × het deel naar \"\(phaseIn.toKey)\" (elke sleutel verdeelt hetzelfde bedrag, dus elk met zijn eigen aandelen), \(phaseIn.cap == nil ? "" : "na het plafond, ")één keer afgerond \(unit == .euro ? "op hele euro's" : "op centen") met de methode van de grootste resten."
        }
        var sentence = "Verdeeld naar verdeelsleutel \"\(key.description)\" (\(key.kind.dutchName)"
        if let source = key.source { sentence += "; bron: \(source)" }
        sentence += "), elk aandeel = bedrag × gewicht / totaal gewicht, afgerond \(unit == .euro ? "op hele euro's" : "op centen") "
        switch method {
        case .largestRemainder:
            sentence += "met de methode van de grootste resten (de resterende eenheden gaan naar de grootste resten), zodat de delen precies optellen tot het totaal."
        case .perMunicipality:
            sentence += "per gemeente (methode per-gemeente: elk aandeel apart afgerond, een half van nul af); wat de delen samen van het totaal verschillen staat op de regel afronding, zodat delen plus afronding precies optellen tot het totaal."
        }
        return sentence
    }
}
