/// Reading budget amendments: a column of kind `wijziging` holds the changes per line,
/// a column of kind `na-wijziging` is its base (`van`, a `begroot` column) plus the
/// amendments (`wijzigingen`), filled in per line when the file is read.
extension DocumentReader {
    func readAmendment(_ object: ObjectReader, defined: [Column]) throws(BudgetFileError) -> Column.Amendment {
        let base = try object.requiredString("van")
        guard let baseColumn = defined.first(where: { $0.name == base }), baseColumn.kind == .budgeted, baseColumn.amendment == nil else {
            let hint = Spelling.hint(for: base, among: defined.filter { $0.kind == .budgeted }.map(\.name))
            throw .invalidValue(file: file, at: object.origin(of: "van"), message: "\"van\" noemt de begrote kolom die gewijzigd wordt (een eerder gedefinieerde kolom van soort \"begroot\"), niet \"\(base)\"\(hint)")
        }
        guard let changes = try object.stringArray("wijzigingen"), !changes.isEmpty else {
            throw .missingKey(file: file, key: "wijzigingen", at: object.origin)
        }
        for change in changes where !defined.contains(where: { $0.name == change && $0.kind == .amendment }) {
            let hint = Spelling.hint(for: change, among: defined.filter { $0.kind == .amendment }.map(\.name))
            throw .invalidValue(file: file, at: object.origin(of: "wijzigingen"), message: "\"\(change)\" is geen eerder gedefinieerde kolom van soort \"wijziging\"\(hint)")
        }
        return Column.Amendment(base: base, changes: changes)
    }

    func readPrognosis(_ object: ObjectReader, defined: [Column], period: Period) throws(BudgetFileError) -> Column.Prognosis {
        let actual = try object.requiredString("van")
        guard let actualColumn = defined.first(where: { $0.name == actual && $0.kind == .actual }), let through = actualColumn.through,
            let date = Column.dayOfYear(through)
        else {
            if defined.contains(where: { $0.name == actual && $0.kind == .actual }) {
                throw .invalidValue(file: file, at: object.origin(of: "van"), message: "de kolom \"\(actual)\" heeft geen datum \"tot\"; een prognose vraagt tot wanneer gerealiseerd is (bv. \"tot\": \"\(period.year)-11-08\")")
            }
            let hint = Spelling.hint(for: actual, among: defined.filter { $0.kind == .actual }.map(\.name))
            throw .invalidValue(file: file, at: object.origin(of: "van"), message: "\"van\" noemt een eerder gedefinieerde kolom van soort \"werkelijk\" met een datum \"tot\", niet \"\(actual)\"\(hint)")
        }
        let budget = try object.requiredString("begroot")
        guard defined.contains(where: { $0.name == budget && $0.kind == .budgeted }) else {
            let hint = Spelling.hint(for: budget, among: defined.filter { $0.kind == .budgeted }.map(\.name))
            throw .invalidValue(file: file, at: object.origin(of: "begroot"), message: "\"begroot\" noemt een eerder gedefinieerde kolom van soort \"begroot\", niet \"\(budget)\"\(hint)")
        }
        return Column.Prognosis(actual: actual, budget: budget, elapsedDays: date.day, yearDays: date.days)
    }

    /// A line's amounts with every "na wijziging" column filled in: base plus changes;
    /// and every "prognose" column the line names no expected amount for.
    func amended(_ amounts: ByColumn<StatedAmount>, origin: FieldLocation, kind: LineKind? = nil) throws(BudgetFileError) -> ByColumn<StatedAmount> {
        var result = amounts
        for column in columns {
            guard let amendment = column.amendment else { continue }
            if let written = amounts[column.name] {
                throw .invalidValue(file: file, at: written.origin, message: "kolom \"\(column.name)\" wordt berekend (\(([amendment.base] + amendment.changes).joined(separator: " + "))); schrijf de wijziging in de kolom van soort \"wijziging\"")
            }
            let parts = ([amendment.base] + amendment.changes).compactMap { amounts[$0]?.amount }
            guard !parts.isEmpty else { continue }
            result[column.name] = StatedAmount(parts.sum(), origin: origin)
        }
        for column in columns {
            guard let prognosis = column.prognosis, result[column.name] == nil else { continue }
            let actual = result[prognosis.actual]?.amount
            let budgeted = result[prognosis.budget]?.amount
            guard actual != nil || budgeted != nil else { continue }
            result[column.name] = StatedAmount(prognosis.amount(actual: actual ?? .zero, budgeted: budgeted ?? .zero, kind: kind), origin: origin)
        }
        return result
    }
}
