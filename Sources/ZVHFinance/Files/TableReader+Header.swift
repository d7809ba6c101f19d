/// The sheet `begroting` of the import layout: `veld | waarde | soort | kop | maanden |
/// van | ten-opzichte-van | begroot | tot | wijzigingen`, one row per field or column.
struct HeaderSheet {
    /// The fields by name, with their value and row.
    var fields: [String: (value: String, row: Int)]
    /// The `bijdragen-kolom` rows, in order.
    var contributionColumns: [(value: String, row: Int)]
    /// The `opmerking` rows.
    var notes: [String]
    /// Begroting or jaarrekening.
    var kind: Budget.Kind
    /// The period of `jaar`, `eerste-maand` and `maanden`.
    var period: Period
    /// The `kolom` rows, each a column (a prognosis runs to its realisation's date).
    var columns: [Column]
}

extension TableReader {
    /// Reads the sheet `begroting`.
    /// - Complexity: O(rows × columns).
    mutating func readHeader(_ header: BudgetImporter.Table) -> HeaderSheet {
        let headerColumns = Self.headerIndex(header)
        let knownFields = ["soort", "titel", "organisatie", "naam", "jaar", "eerste-maand", "maanden", "bron", "sectie", "eenheid", "sleutel",
                           "afronding", "methode", "verrekening-jaar", "verrekening-omschrijving"]
        var fields: [String: (value: String, row: Int)] = [:]
        var columnRows: [(row: Int, name: String, kind: String)] = []
        var contributionColumns: [(value: String, row: Int)] = []
        var notes: [String] = []
        for row in header.rows.indices.dropFirst() {
            guard let field = Self.text(Self.cell(header.rows[row], 0))?.lowercased() else { continue }
            let value = Self.text(Self.cell(header.rows[row], 1))
            switch field {
            case "kolom":
                guard let name = value else { problem(header, row: row, column: 1, "een kolom heeft een naam"); continue }
                columnRows.append((row, name, Self.text(Self.cell(header.rows[row], 2)) ?? "begroot"))
            case "opmerking":
                if let value { notes.append(value) }
            case "bijdragen-kolom":
                if let value { contributionColumns.append((value, row)) }
            case _ where knownFields.contains(field):
                if let value { fields[field] = (value, row) }
            default:
                problem(header, row: row, column: 0, "onbekend veld \"\(field)\"\(Spelling.hint(for: field, among: knownFields + ["kolom", "bijdragen-kolom", "opmerking"]))")
            }
        }
        for required in ["soort", "organisatie", "naam", "jaar", "bron"] where fields[required] == nil {
            problems.append("\(file):begroting: fout: het veld \"\(required)\" ontbreekt of is leeg")
        }
        var kind = Budget.Kind.begroting
        if let entry = fields["soort"] {
            if let known = Budget.Kind(rawValue: entry.value) {
                kind = known
            } else {
                problem(header, row: entry.row, column: 1, "soort \"\(entry.value)\" onbekend (begroting of jaarrekening)")
            }
        }
        func integer(_ name: String, _ range: ClosedRange<Int>, default value: Int) -> Int {
            guard let entry = fields[name] else { return value }
            return self.integer(entry.value, range, in: header, row: entry.row, column: 1) ?? value
        }
        let year = integer("jaar", Period.acceptedYears, default: 2000)
        let period = Period(year: year, firstMonth: integer("eerste-maand", 1...12, default: 1), months: integer("maanden", 1...12, default: 12))
        var columns: [Column] = []
        for entry in columnRows {
            func extra(_ name: String) -> String? { Self.field(header, headerColumns, row: entry.row, name) }
            func named(_ name: String) -> String? {
                guard let value = extra(name) else {
                    problem(header, row: entry.row, column: headerColumns[name] ?? 2, "een kolom van soort \"\(entry.kind)\" noemt '\(name)'")
                    return nil
                }
                return value
            }
            let months = self.integer(extra("maanden"), 1...12, in: header, row: entry.row, column: headerColumns["maanden"] ?? 4) ?? period.months
            var column = Column(name: entry.name, heading: Self.text(Self.cell(header.rows[entry.row], 3)) ?? entry.name, kind: .budgeted, months: months)
            guard let kindName = ColumnKindName(rawValue: entry.kind) else {
                problem(header, row: entry.row, column: 2, "soort kolom \"\(entry.kind)\" onbekend (begroot, werkelijk, verwacht, verschil, wijziging, na-wijziging of prognose)")
                continue
            }
            switch kindName {
            case .begroot: column.kind = .budgeted
            case .werkelijk: column.kind = .actual; column.through = extra("tot").map { Self.date(.text($0)) ?? $0 }
            case .verwacht: column.kind = .expected
            case .wijziging: column.kind = .amendment
            case .naWijziging:
                guard let base = named("van") else { continue }
                column.amendment = Column.Amendment(base: base, changes: Self.list(extra("wijzigingen")))
            case .prognose:
                guard let actual = named("van"), let budgeted = named("begroot") else { continue }
                column.kind = .expected
                column.prognosis = Column.Prognosis(actual: actual, budget: budgeted, elapsedDays: 0, yearDays: 365)
            case .verschil:
                guard let compared = named("van"), let base = named("ten-opzichte-van") else { continue }
                column.kind = .difference(compared: compared, base: base)
            }
            columns.append(column)
        }
        // A prognosis runs to the date of its realisation column.
        for index in columns.indices {
            guard var prognosis = columns[index].prognosis else { continue }
            if let through = columns.first(where: { $0.name == prognosis.actual })?.through, let day = Column.dayOfYear(through) {
                prognosis.elapsedDays = day.day
                prognosis.yearDays = day.days
                columns[index].prognosis = prognosis
            }
        }
        return HeaderSheet(fields: fields, contributionColumns: contributionColumns, notes: notes, kind: kind, period: period, columns: columns)
    }
}
