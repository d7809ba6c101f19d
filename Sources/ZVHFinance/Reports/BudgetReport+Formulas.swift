/// How the contributions table of a begroting follows from its lines table, for the
/// workbook: the amount to distribute is lasten minus the other baten, each member's
/// bijdrage that amount split by the key's weights, and the members' rows under the
/// baten are those bijdragen. A controller who edits a cost line in the workbook sees
/// the bijdragen, the definitief and the totals follow.
extension BudgetReportContent {
    /// Adds the derivations that tie the contributions table (section `contributions`)
    /// to the lines table (section `lines`): only for one general part split by a key
    /// of weights over all members, the case a formula can express. The workbook still
    /// writes a formula only where it reproduces the library's figure exactly.
    func linkContributions(in report: inout Report, lines: Int, contributions: Int) {
        guard let statement, case .computed(let parts) = statement.basis, parts.count == 1, let part = parts.first, !part.isTheme,
              part.split.components.isEmpty, part.split.participants == statement.members.map(\.municipality),
              statement.members.allSatisfy({ $0.keyWeight != nil }),
              var linesTable = report.sections[lines].table, var contributionsTable = report.sections[contributions].table,
              let column = figures.columns.firstIndex(where: { $0.name == statement.column.name }) else { return }
        let amountColumn = column + 1
        // The contributions table: gemeente, gewicht in sleutel, aandeel, bijdrage, …
        let weightColumn = 1, contributionColumn = 3
        let totalRow = statement.members.count
        // The formula is the largest remainder's; a split per member with an afronding line is left as values.
        guard contributionsTable.rows.count == totalRow + 1, statement.method == .largestRemainder else { return }

        // The rows of the lines table, in the order linesTable() writes them.
        func flattened(_ entries: [BudgetFigures.Entry]) -> [BudgetFigures.Entry] {
            entries.flatMap { [$0] + flattened($0.children) }
        }
        let costs = flattened(figures.costs), income = flattened(figures.income)
        let costRow = 1 + costs.count
        let firstIncomeRow = costRow + 2
        var otherIncome: [ReportTable.Position] = []
        for (offset, entry) in income.enumerated() {
            let row = firstIncomeRow + offset
            switch entry.kind {
            case .line(let line):
                if line.kind != .municipalContribution { otherIncome.append(ReportTable.Position(section: lines, row: row, column: amountColumn)) }
            case .memberContribution(let municipality):
                guard let member = statement.members.firstIndex(where: { $0.municipality == municipality }) else { continue }
                linesTable.rows[row].derivations[amountColumn] = .sum(
                    added: [ReportTable.Position(section: contributions, row: member, column: contributionColumn)], subtracted: [])
            case .group, .computedContributions:
                continue
            case .roundingDifference:
                return  // the contributions are not one largest-remainder split
            }
        }
        contributionsTable.rows[totalRow].derivations[contributionColumn] = .sum(
            added: [ReportTable.Position(section: lines, row: costRow, column: amountColumn)], subtracted: otherIncome)
        let weights = statement.members.indices.map { ReportTable.Position(row: $0, column: weightColumn) }
        for member in statement.members.indices {
            contributionsTable.rows[member].derivations[contributionColumn] = .allocation(
                total: ReportTable.Position(row: totalRow, column: contributionColumn), weight: member, weights: weights,
                unit: part.split.allocation.unit)
        }
        report.sections[lines].table = linesTable
        report.sections[contributions].table = contributionsTable
    }
}
