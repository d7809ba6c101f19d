/// The sheet `begroting` of the import layout: `veld | waarde | soort | kop | maanden |
/// van | ten-opzichte-van | begroot | tot | wijzigingen`, one row per field or column.
/// Its fields also give the contribution rule (`HeaderSheet+Rule.swift`), the settlement's
/// year and description (``SettlementSheet``) and the publication unit.
struct HeaderSheet {
    /// The fields of one value, in the order a spelling hint lists them.
    static let knownFields = ["soort", "titel", "organisatie", "naam", "jaar", "eerste-maand", "maanden", "bron", "sectie", "eenheid", "sleutel",
                              "afronding", "methode", "verrekening-jaar", "verrekening-omschrijving"]
    /// The fields a budget cannot do without.
    static let requiredFields = ["soort", "organisatie", "naam", "jaar", "bron"]

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

    /// Reads the sheet `begroting`.
    /// - Complexity: O(rows × columns).
    init(_ sheet: inout ImportSheet) {
        var fields: [String: (value: String, row: Int)] = [:]
        var columnRows: [(row: Int, name: String, kind: String)] = []
        contributionColumns = []
        notes = []
        for row in sheet.dataRows {
            guard let field = sheet.text(row: row, column: 0)?.lowercased() else { continue }
            let value = sheet.text(row: row, column: 1)
            switch field {
            case "kolom":
                guard let name = value else { sheet.problem(row: row, column: 1, "een kolom heeft een naam"); continue }
                columnRows.append((row, name, sheet.text(row: row, column: 2) ?? "begroot"))
            case "opmerking":
                if let value { notes.append(value) }
            case "bijdragen-kolom":
                if let value { contributionColumns.append((value, row)) }
            case _ where Self.knownFields.contains(field):
                if let value { fields[field] = (value, row) }
            default:
                sheet.problem(row: row, column: 0, "onbekend veld \"\(field)\"\(Spelling.hint(for: field, among: Self.knownFields + ["kolom", "bijdragen-kolom", "opmerking"]))")
            }
        }
        for required in Self.requiredFields where fields[required] == nil {
            sheet.problems.append("\(sheet.file):begroting: fout: het veld \"\(required)\" ontbreekt of is leeg")
        }
        kind = .begroting
        if let entry = fields["soort"] {
            if let known = Budget.Kind(rawValue: entry.value) {
                kind = known
            } else {
                sheet.problem(row: entry.row, column: 1, "soort \"\(entry.value)\" onbekend (begroting of jaarrekening)")
            }
        }
        func integer(_ name: String, _ range: ClosedRange<Int>, default value: Int) -> Int {
            guard let entry = fields[name] else { return value }
            return sheet.integer(entry.value, range, row: entry.row, column: 1) ?? value
        }
        let year = integer("jaar", Period.acceptedYears, default: 2000)
        period = Period(year: year, firstMonth: integer("eerste-maand", 1...12, default: 1), months: integer("maanden", 1...12, default: 12))
        self.fields = fields
        columns = Self.columns(columnRows, period: period, in: &sheet)
    }

    /// The columns of the `kolom` rows; a prognosis runs to the date of its realisation
    /// column.
    static func columns(_ rows: [(row: Int, name: String, kind: String)], period: Period, in sheet: inout ImportSheet) -> [Column] {
        var columns: [Column] = []
        for entry in rows {
            func extra(_ name: String) -> String? { sheet.field(row: entry.row, name) }
            func named(_ name: String) -> String? {
                guard let value = extra(name) else {
                    sheet.problem(row: entry.row, column: sheet.columns[name] ?? 2, "een kolom van soort \"\(entry.kind)\" noemt '\(name)'")
                    return nil
                }
                return value
            }
            let months = sheet.integer(extra("maanden"), 1...12, row: entry.row, column: sheet.columns["maanden"] ?? 4) ?? period.months
            var column = Column(name: entry.name, heading: sheet.text(row: entry.row, column: 3) ?? entry.name, kind: .budgeted, months: months)
            guard let kindName = ColumnKindName(rawValue: entry.kind) else {
                sheet.problem(row: entry.row, column: 2, "soort kolom \"\(entry.kind)\" onbekend (begroot, werkelijk, verwacht, verschil, wijziging, na-wijziging of prognose)")
                continue
            }
            switch kindName {
            case .begroot: column.kind = .budgeted
            case .werkelijk: column.kind = .actual; column.through = extra("tot").map { ImportSheet.date(.text($0)) ?? $0 }
            case .verwacht: column.kind = .expected
            case .wijziging: column.kind = .amendment
            case .naWijziging:
                guard let base = named("van") else { continue }
                column.amendment = Column.Amendment(base: base, changes: ImportSheet.list(extra("wijzigingen")))
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
        for index in columns.indices {
            guard var prognosis = columns[index].prognosis else { continue }
            if let through = columns.first(where: { $0.name == prognosis.actual })?.through, let day = Column.dayOfYear(through) {
                prognosis.elapsedDays = day.day
                prognosis.yearDays = day.days
                columns[index].prognosis = prognosis
            }
        }
        return columns
    }

    /// The unit the source publishes in (`eenheid`: euro or cent; euro when not given).
    func publicationUnit(in sheet: inout ImportSheet) -> RoundingUnit {
        guard let entry = fields["eenheid"] else { return .euro }
        guard let known = RoundingUnit(rawValue: entry.value) else {
            sheet.problem(row: entry.row, column: 1, "eenheid \"\(entry.value)\" onbekend (euro of cent)")
            return .euro
        }
        return known
    }

    /// The title: `titel`, else the kind and the period (`Begroting 2022`).
    var title: String {
        fields["titel"]?.value ?? ((kind == .begroting ? "Begroting " : "Jaarrekening ") + period.dutchDescription)
    }
}
