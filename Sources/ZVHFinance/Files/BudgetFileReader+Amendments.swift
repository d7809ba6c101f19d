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

    /// A line's amounts with every "na wijziging" column filled in: base plus changes.
    func amended(_ amounts: ByColumn<StatedAmount>, origin: FieldLocation) throws(BudgetFileError) -> ByColumn<StatedAmount> {
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
        return result
    }
}
