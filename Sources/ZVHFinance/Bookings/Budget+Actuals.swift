extension Budget {
    /// The budget as a jaarrekening whose `werkelijk` column (or `werkelijk tot DATUM`)
    /// holds the actuals from bookings, every line's amount set; its `bron` names the
    /// export and the rules; unassigned bookings are recorded on the column
    /// (``Column/unassigned``) so that `zvh check` says the column is incomplete.
    ///
    /// A begroting gets a `werkelijk` column after its columns; a jaarrekening's first
    /// `werkelijk` column is replaced. Other columns stay as they are.
    /// - Complexity: O(lines × columns).
    public func withActuals(_ actuals: BookingActuals) -> Budget {
        var result = self
        let through = actuals.through
        let heading = through.map { "werkelijk tot \($0.dutch)" } ?? "werkelijk"
        var columnName = "werkelijk"
        if let index = result.columns.firstIndex(where: { $0.kind == .actual }) {
            columnName = result.columns[index].name
            result.columns[index].through = through?.iso
            result.columns[index].heading = heading
        } else {
            while result.columns.contains(where: { $0.name == columnName }) { columnName += "-boekingen" }
            var column = Column(name: columnName, heading: heading, kind: .actual, months: period.months)
            column.through = through?.iso
            result.columns.append(column)
        }
        let index = result.columns.firstIndex { $0.name == columnName }!
        let source = "\(actuals.bookingCount) boekingen uit \(actuals.exportFile), toegewezen met \(actuals.rulesFile)"
        result.columns[index].unassigned = actuals.unassignedCount == 0 && actuals.unassignedAmount.isZero
            ? nil : UnassignedBookings(count: actuals.unassignedCount, amount: actuals.unassignedAmount, source: source)
        var byName: [String: Money] = [:]
        for target in actuals.targets { byName[target.name] = target.actual }
        func fill(_ item: BudgetItem) -> BudgetItem {
            switch item {
            case .line(var line):
                line.amounts[columnName] = byName[line.name] ?? .zero
                return .line(line)
            case .group(var group):
                group.items = group.items.map(fill)
                return .group(group)
            }
        }
        result.costs = costs.map(fill)
        result.income = income.map(fill)
        if kind == .begroting {
            result.kind = .jaarrekening
            result.title = "Jaarrekening \(period.year)"
        }
        result.source = SourceReference(
            document: "Werkelijk: \(source)" + (actuals.rulesSource.map { " (\($0))" } ?? ""),
            section: "Begroot: \(self.source.dutchDescription)")
        result.notes.append("Kolom \"\(columnName)\" (\(heading)) is gemaakt door 'zvh boekingen' uit \(source); "
            + (actuals.unassignedCount == 0 ? "elke boeking kreeg een regel." : "\(actuals.unassignedCount) boeking(en) van samen \(actuals.unassignedAmount.dutch()) kregen geen regel (zie niet-toegewezen)."))
        return result
    }
}
