/// Ending incidental lines and carrying the reserves over when a budget moves a year on.
extension NextYear {
    /// Whether a line stops before `year`: an incidental line whose named years all lie
    /// before it, or a reserve movement the file does not call structural (a movement is
    /// decided per year: incidental by nature, Commissie BBV).
    static func ends(_ line: BudgetLine, before year: Int) -> Bool {
        if line.hasEnded(before: year) { return true }
        return line.recurrence == nil && (line.kind?.isReserveMovement ?? false)
    }

    /// The entries without the lines that end before `year`; the lines taken out, in order.
    /// - Complexity: O(n) in the entries.
    static func withoutEndedLines(_ items: [BudgetItem], before year: Int) -> (items: [BudgetItem], ended: [BudgetLine]) {
        var ended: [BudgetLine] = []
        func keep(_ items: [BudgetItem]) -> [BudgetItem] {
            items.compactMap { item in
                switch item {
                case .line(let line):
                    guard ends(line, before: year) else { return item }
                    ended.append(line)
                    return nil
                case .group(var group):
                    group.items = keep(group.items)
                    return .group(group)
                }
            }
        }
        let kept = keep(items)
        return (kept, ended)
    }

    /// The note that says which lines ended and why.
    static func endedNote(_ ended: [BudgetLine], budget: Budget, year: Int) -> String? {
        guard !ended.isEmpty else { return nil }
        let column = budget.mainColumn
        let parts = ended.map { line -> String in
            let why = line.incidentalYears.last.map { "incidenteel, laatste jaar \($0)" } ?? "reservemutatie, incidenteel tenzij anders vermeld"
            return "\"\(line.name)\" (\(line.amount(in: column.name).dutch()) in \(budget.period.year); \(why))"
        }
        return "Beëindigd, niet overgenomen in \(year): \(parts.joined(separator: ", ")). Een nieuwe toekenning of reservemutatie hoort er als eigen regel bij."
    }

    /// The reserves with this year's closing balance as next year's opening balance.
    static func carriedReserves(_ budget: Budget) -> [Reserve] {
        let schedule = ReserveSchedule(budget)
        return budget.reserves.map { reserve in
            var next = reserve
            next.openingBalance = schedule.entry(named: reserve.name)?.closingBalance ?? reserve.openingBalance
            return next
        }
    }
}
