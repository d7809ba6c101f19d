/// The begroting of the next year made from this year's: lines indexed per cost kind,
/// inhabitants updated, the settlement of a closed year added, printed figures emptied
/// and the source saying how it was made.
public enum NextYear {
    /// Makes the next year's begroting.
    ///
    /// - Parameters:
    ///   - budget: this year's begroting.
    ///   - indexation: the growth per cost kind.
    ///   - settlement: what the begroting settles of a closed year (decided against the
    ///     settlement ledger, ``SettlementPlan``), if anything.
    ///   - inhabitants: new counts per member, if any.
    ///   - inhabitantsSource: where the counts come from, for the notes.
    ///   - assumption: whether the indexation is an assumption (said in the notes).
    /// - Returns: the new begroting (file name empty: it has not been written yet).
    /// - Throws: ``ScenarioError`` when amounts grow beyond range.
    /// - Complexity: O(lines + members).
    public static func begroting(
        from budget: Budget, indexation: Indexation, settlement: SettlementPlan? = nil, inhabitants: [String: Inhabitants] = [:],
        inhabitantsSource: String? = nil
    ) throws(ScenarioError) -> Budget {
        guard var next = try Projection.years(after: budget, scenario: nil, indexation: indexation, count: 1).first else { return budget }
        // The file's `afronding` is honoured: every indexed amount is rounded to its unit
        // (half away from zero), so the contributions split in that unit and every
        // command shows the same whole amounts.
        let rounding = Rounding(unit: budget.publicationUnit, rule: .halfAwayFromZero)
        func rounded(_ line: BudgetLine) -> BudgetLine {
            var line = line
            if var capacity = line.capacity {
                capacity.rate = rounding.round(capacity.rate)
                line.capacity = capacity
                for column in line.amounts.keys { line.amounts[column] = rounding.round(capacity.amount) }
            } else {
                line.amounts = line.amounts.mapValues(rounding.round)
            }
            return line
        }
        next.costs = Budget.mapping(next.costs, rounded)
        next.income = Budget.mapping(next.income, rounded)
        let year = next.period.year
        // The subtotals printed in this year's source are not next year's.
        next.costs = next.costs.map(\.withoutStatedAmounts)
        next.income = next.income.map(\.withoutStatedAmounts)
        // Incidental lines end after their last year; reserves start where this year ends.
        let costs = withoutEndedLines(next.costs, before: year)
        let income = withoutEndedLines(next.income, before: year)
        next.costs = costs.items
        next.income = income.items
        next.reserves = carriedReserves(budget)
        next.title = "Begroting \(year)"
        for index in next.columns.indices {
            next.columns[index].heading = next.columns[index].heading.replacingOccurrences(of: String(budget.period.year), with: String(year))
        }
        next.source = SourceReference(document: "gegenereerd met 'zvh volgend-jaar' uit \(budget.title) (\(budget.file))", section: nil)
        next = next.withInhabitants(inhabitants)
        var notes = [
            "Gegenereerd met 'zvh volgend-jaar' uit \(budget.title) (\(budget.file)); bron van die begroting: \(budget.source.dutchDescription).",
            "Indexatie per kostensoort t.o.v. \(budget.period.year): \(indexation.dutchDescription) — een AANNAME (parameters van de opdrachtregel), geen vastgesteld besluit; per regel afgerond op \(budget.publicationUnit == .euro ? "hele euro's" : "centen") (bijdragen.afronding), zodat de bedragen per gemeente hele eenheden zijn.",
            "'vermeld' is leeg: er is nog geen gepubliceerde tabel om mee te vergelijken.",
        ]
        if let ended = endedNote(costs.ended + income.ended, budget: budget, year: year) { notes.append(ended) }
        if !next.reserves.isEmpty {
            notes.append("Reserves: stand begin \(year) = stand eind \(budget.period.year) volgens het verloop in \(budget.title) (\(next.reserves.map { "\($0.name) \($0.openingBalance.dutch())" }.joined(separator: ", "))).")
        }
        if let inhabitantsSource { notes.append("Inwoners bijgewerkt uit \(inhabitantsSource).") }
        if let settlement {
            var keys = next.keys
            if settlement.addsKey {
                keys.removeAll { $0.name == settlement.key.name }
                keys.append(settlement.key)
            }
            next.keys = keys
            next.settlement = settlement.settlement
            notes.append(settlement.note)
            // A reserve the resultaatbestemming names that this year's begroting lacks starts at zero.
            let added = settlement.reserves.filter { reserve in !next.reserves.contains { $0.name == reserve.name } }
            for reserve in added {
                var fresh = reserve
                fresh.openingBalance = .zero
                next.reserves.append(fresh)
            }
            if !added.isEmpty {
                notes.append("Reserve(s) uit de jaarrekening \(settlement.settlement.settledYear.map(String.init) ?? "") toegevoegd voor de resultaatbestemming, stand begin 0: \(added.map(\.name).joined(separator: ", ")).")
            }
        }
        next.notes = notes
        next.file = ""
        return next
    }
}
