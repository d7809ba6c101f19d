import Foundation

/// Reads a budget from a spreadsheet in the import layout (see ``BudgetSheets``): from an
/// `.xlsx` workbook (as ``BudgetSheets`` writes it, or after Excel or LibreOffice saved
/// it: formulas as their cached values) or from a CSV with one titled block per table.
///
/// Every cell that cannot be read is reported, with its sheet, row and column; nothing is
/// returned unless the whole file reads. Other sheets than the layout's are ignored with
/// a note.
public enum BudgetImporter {
    /// A table of cells: a sheet, or a titled block of a CSV.
    public struct Table: Hashable, Sendable {
        /// The sheet's or block's name.
        public var name: String
        /// The rows, each with its cells from column A.
        public var rows: [[XLSXValue]]
        /// The number in the file of each row (sheet row, or CSV line), 1-based.
        public var rowNumbers: [Int]

        /// Creates a table.
        public init(name: String, rows: [[XLSXValue]], rowNumbers: [Int]? = nil) {
            self.name = name
            self.rows = rows
            self.rowNumbers = rowNumbers ?? Array(1...max(1, rows.count)).prefix(rows.count).map { $0 }
        }
    }

    /// The budget read, with notes about what was ignored.
    public struct Imported: Sendable {
        /// The budget.
        public var budget: Budget
        /// Notes (`werkblad "X" genegeerd`).
        public var notes: [String]
        /// The budget file's text, checked against its reader (with `$schema`).
        public var text: String
        /// The tables outside the import layout (a report's own sheets), in file order.
        public var otherTables: [Table] = []
    }

    /// Why a file cannot be imported: every cell that could not be read.
    public struct Failure: Error, Hashable, Sendable {
        /// One line per problem, `file:Sheet!C14: fout: message`.
        public var lines: [String]
    }

    /// Reads a budget from the bytes of an `.xlsx` or a `.csv` file, by its extension.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the file's name as messages show it.
    /// - Returns: the budget and notes.
    /// - Throws: ``Failure`` with every problem.
    public static func read(_ bytes: [UInt8], file: String) throws(Failure) -> Imported {
        if file.lowercased().hasSuffix(".csv") {
            return try read(DutchCSV.tables(bytes), file: file)
        }
        do {
            let sheets = try XLSXReader.read(bytes)
            return try read(sheets.map { Table(name: $0.name, rows: $0.rows) }, file: file)
        } catch let error as SpreadsheetError {
            throw Failure(lines: ["\(file): fout: \(error.errorDescription ?? "onleesbare werkmap")"])
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(lines: ["\(file): fout: \(error)"])
        }
    }

    /// Reads a budget from tables in the import layout.
    ///
    /// The work is bounded by what is read: before any cell is interpreted, the text
    /// of every cell read (a shared string once per cell that uses it) is counted, and
    /// more than ``BudgetLoader/maximumFileSize`` bytes — more than the budget file
    /// made from it could hold — is refused. So one long shared string used by many
    /// cells costs a count per cell, not a parse per cell. The file made is checked by
    /// ``BudgetFileWriter/checkedFile(_:schema:file:)``: no larger than its reader's
    /// limit, and read back by that reader.
    /// - Complexity: O(cells + text) with text ≤ 8 MiB.
    public static func read(_ tables: [Table], file: String) throws(Failure) -> Imported {
        var tables = tables
        let isLayout = tables.contains(where: { DutchCSV.blockNames.contains($0.name.lowercased()) })
        let counted = isLayout ? tables.filter { DutchCSV.blockNames.contains($0.name.lowercased()) } : tables
        guard textSize(of: counted, atMost: BudgetLoader.maximumFileSize) else {
            throw Failure(lines: ["\(file): fout: de werkbladen bevatten samen meer dan \(BudgetLoader.maximumFileSize / 1024 / 1024) MiB tekst (een gedeelde tekst telt in elke cel die haar gebruikt); het begrotingsbestand zou groter worden dan zvh leest; er is niets geschreven"])
        }
        // A workbook made from a CSV with blocks (LibreOffice, Excel) holds them on one sheet.
        if !isLayout {
            tables = tables.flatMap { table in
                let blocks = DutchCSV.blocks(table.rows, numbers: table.rowNumbers)
                return blocks.isEmpty ? [table] : blocks
            }
        }
        var reader = TableReader(file: file, tables: tables)
        let budget = reader.read()
        guard reader.problems.isEmpty, let budget else {
            throw Failure(lines: reader.problems.isEmpty ? ["\(file): fout: kan de begroting niet lezen"] : reader.problems)
        }
        // The one reader of budget files has the last word, with its own limits: what
        // it refuses is not imported. What it computes (columns after amendment,
        // prognoses, capacity lines) it computes for the import too.
        do {
            let checked = try BudgetFileWriter.checkedFile(budget, file: file)
            return Imported(budget: checked.budget, notes: reader.notes, text: checked.text,
                            otherTables: tables.filter { !BudgetSheets.sheetNames.contains($0.name.lowercased()) })
        } catch {
            throw Failure(lines: [error.errorDescription ?? "\(file): fout: de ingelezen begroting is niet geldig"])
        }
    }

    /// Whether the cells' text adds up to at most `limit` bytes of UTF-8 (each cell
    /// counted in O(1), stopping at the limit).
    static func textSize(of tables: [Table], atMost limit: Int) -> Bool {
        var total = 0
        for table in tables {
            for row in table.rows {
                for cell in row {
                    switch cell {
                    case .text(let text), .error(let text): total += text.utf8.count
                    case .number(let number): total += number.text.utf8.count
                    case .empty, .boolean: total += 1
                    }
                    if total > limit { return false }
                }
            }
        }
        return true
    }
}

/// The state of reading the tables of one file.
struct TableReader {
    let file: String
    let tables: [BudgetImporter.Table]
    var problems: [String] = []
    var notes: [String] = []

    init(file: String, tables: [BudgetImporter.Table]) {
        self.file = file
        self.tables = tables
    }

    /// The note on a sheet outside the layout.
    static func ignoredNote(file: String, sheet: String) -> String {
        "\(file): let op: werkblad \"\(sheet)\" hoort niet bij de indeling en is genegeerd"
    }

    /// The place of a cell, `file:Sheet!C14`.
    func place(_ table: BudgetImporter.Table, row: Int, column: Int) -> String {
        let number = row < table.rowNumbers.count ? table.rowNumbers[row] : row + 1
        let letters = CellReference(column: column, row: 0).map { String("\($0)".prefix { $0.isLetter }) } ?? "?"
        return "\(file):\(table.name)!\(letters)\(number)"
    }

    mutating func problem(_ table: BudgetImporter.Table, row: Int, column: Int, _ message: String) {
        problems.append("\(place(table, row: row, column: column)): fout: \(message)")
    }

    func table(_ name: String) -> BudgetImporter.Table? {
        tables.first { $0.name.lowercased() == name }
    }

    static func text(_ value: XLSXValue) -> String? {
        switch value {
        case .empty: nil
        case .text(let text): text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text.trimmingCharacters(in: .whitespaces)
        case .number(let number): number.text
        case .boolean(let value): value ? "WAAR" : "ONWAAR"
        case .error(let code): code
        }
    }

    /// A date as `JJJJ-MM-DD`: text as written, or a spreadsheet's day number (days
    /// since 30 December 1899), which Excel and LibreOffice store for a date cell.
    static func date(_ value: XLSXValue) -> String? {
        guard case .number(let number) = value, let serial = Int64(number.text), (1...2_958_465).contains(serial) else { return text(value) }
        // Days since 1970-01-01, then the civil date (H. Hinnant's algorithm).
        let days = serial - 25_569 + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(year)-\(two(month))-\(two(day))"
    }

    static func cell(_ row: [XLSXValue], _ column: Int) -> XLSXValue {
        column < row.count ? row[column] : .empty
    }

    mutating func amount(_ table: BudgetImporter.Table, row: Int, column: Int) -> Money? {
        let value = Self.cell(table.rows[row], column)
        switch value {
        case .empty: return nil
        case .number(let number):
            if let money = number.money { return money }
            problem(table, row: row, column: column, Self.amountProblem(number))
        case .text(let text):
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            switch DutchNumber.money(text) {
            case .success(let money): return money
            case .failure(let failure): problem(table, row: row, column: column, failure.message)
            }
        case .boolean, .error:
            problem(table, row: row, column: column, "\(Self.text(value) ?? "") is geen bedrag")
        }
        return nil
    }

    /// Why a number cell is no amount: beyond the largest amount, or more than two
    /// decimals; the number shortened (a cell can hold hundreds of digits).
    static func amountProblem(_ number: XLSXNumber) -> String {
        let shown = DutchNumber.shortened(number.text)
        if case .failure(.tooLarge) = Money.parse(jsonNumber: Substring(number.text)) {
            return "\(shown) is te groot voor een bedrag (de grens is \(Money.largestReadable.dutch()))"
        }
        return "\(shown) is geen bedrag in euro's en centen (hooguit twee decimalen)"
    }

    /// The index of each named column of a table's header row (lowercased names).
    static func headerIndex(_ table: BudgetImporter.Table) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, cell) in (table.rows.first ?? []).enumerated() {
            if let name = text(cell)?.lowercased(), result[name] == nil { result[name] = index }
        }
        return result
    }

    /// The text of a named column in a row, nil when the column or the cell is empty.
    static func field(_ table: BudgetImporter.Table, _ header: [String: Int], row: Int, _ name: String) -> String? {
        header[name].flatMap { text(cell(table.rows[row], $0)) }
    }

    /// A `;`-separated list of names.
    static func list(_ value: String?) -> [String] {
        (value ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A number with up to six decimals (a weight, a percentage, FTE): a number cell, or
    /// Dutch text (`32.041`, `3,25`).
    mutating func quantity(_ table: BudgetImporter.Table, row: Int, column: Int) -> Quantity? {
        let value = Self.cell(table.rows[row], column)
        let parsed: Quantity?
        switch value {
        case .empty: return nil
        case .number(let number): parsed = Quantity.parse(typed: number.text)
        case .text(let text):
            let plain = text.trimmingCharacters(in: .whitespaces)
            if plain.isEmpty { return nil }
            parsed = Quantity.parse(typed: plain.contains(",") ? plain.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".") : plain)
        case .boolean, .error: parsed = nil
        }
        guard let parsed else {
            problem(table, row: row, column: column, "\(Self.text(value) ?? "") is geen getal (hooguit zes decimalen)")
            return nil
        }
        return parsed
    }

    mutating func read() -> Budget? {
        let required = ["begroting", "gemeenten", "lasten", "baten"]
        for table in tables where !BudgetSheets.sheetNames.contains(table.name.lowercased()) {
            notes.append(Self.ignoredNote(file: file, sheet: table.name))
        }
        for name in required where table(name) == nil {
            problems.append("\(file): fout: werkblad \"\(name)\" ontbreekt (nodig: \(required.joined(separator: ", ")); zie 'zvh nieuw')")
        }
        guard problems.isEmpty, let header = table("begroting"), let membersTable = table("gemeenten"),
              let costsTable = table("lasten"), let incomeTable = table("baten") else { return nil }

        // begroting: veld | waarde | soort | kop | maanden | van | ten-opzichte-van | begroot | tot | wijzigingen
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
        let kind: Budget.Kind
        switch fields["soort"]?.value {
        case "jaarrekening": kind = .jaarrekening
        case "begroting", nil: kind = .begroting
        case let other?:
            problem(header, row: fields["soort"]!.row, column: 1, "soort \"\(other)\" onbekend (begroting of jaarrekening)")
            kind = .begroting
        }
        func integer(_ text: String?, _ range: ClosedRange<Int>, row: Int, column: Int) -> Int? {
            guard let text else { return nil }
            guard let number = Int(text), range.contains(number) else {
                problem(header, row: row, column: column, "\"\(text)\" is geen geheel getal van \(range.lowerBound) tot en met \(range.upperBound)")
                return nil
            }
            return number
        }
        func integer(_ name: String, _ range: ClosedRange<Int>, default value: Int) -> Int {
            guard let entry = fields[name] else { return value }
            return integer(entry.value, range, row: entry.row, column: 1) ?? value
        }
        let year = integer("jaar", 1900...2200, default: 2000)
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
            let months = integer(extra("maanden"), 1...12, row: entry.row, column: headerColumns["maanden"] ?? 4) ?? period.months
            var column = Column(name: entry.name, heading: Self.text(Self.cell(header.rows[entry.row], 3)) ?? entry.name, kind: .budgeted, months: months)
            switch entry.kind {
            case "begroot": column.kind = .budgeted
            case "werkelijk": column.kind = .actual; column.through = extra("tot").map { Self.date(.text($0)) ?? $0 }
            case "verwacht": column.kind = .expected
            case "wijziging": column.kind = .amendment
            case "na-wijziging":
                guard let base = named("van") else { continue }
                column.amendment = Column.Amendment(base: base, changes: Self.list(extra("wijzigingen")))
            case "prognose":
                guard let actual = named("van"), let budgeted = named("begroot") else { continue }
                column.kind = .expected
                column.prognosis = Column.Prognosis(actual: actual, budget: budgeted, elapsedDays: 0, yearDays: 365)
            case "verschil":
                guard let compared = named("van"), let base = named("ten-opzichte-van") else { continue }
                column.kind = .difference(compared: compared, base: base)
            default:
                problem(header, row: entry.row, column: 2, "soort kolom \"\(entry.kind)\" onbekend (begroot, werkelijk, verwacht, verschil, wijziging, na-wijziging of prognose)")
                continue
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

        // gemeenten: gemeente | inwoners | peildatum | bron (| gewicht, the first layout's weights)
        let memberColumns = Self.headerIndex(membersTable)
        var members: [Municipality] = []
        var weights: [KeyEntry] = []
        for row in membersTable.rows.indices.dropFirst() {
            let cells = membersTable.rows[row]
            guard let name = Self.text(Self.cell(cells, 0)) else { continue }
            var inhabitants: Inhabitants?
            if let countText = Self.text(Self.cell(cells, 1)) {
                switch DutchNumber.count(countText) {
                case .success(let count):
                    inhabitants = Inhabitants(count: count, referenceDate: Self.date(Self.cell(cells, 2)), source: Self.text(Self.cell(cells, 3)))
                case .failure(let failure): problem(membersTable, row: row, column: 1, failure.message)
                }
            }
            if let column = memberColumns["gewicht"], Self.text(Self.cell(cells, column)) != nil, let weight = amount(membersTable, row: row, column: column) {
                weights.append(KeyEntry(municipality: name, value: Quantity(weight)))
            }
            members.append(Municipality(name: name, inhabitants: inhabitants))
        }
        let memberNames = Set(members.map(\.name))

        // tarieven: functie | bedrag | bron | aanname
        var rates: [Rate] = []
        if let ratesTable = table("tarieven") {
            let columnsOf = Self.headerIndex(ratesTable)
            for row in ratesTable.rows.indices.dropFirst() {
                guard let function = Self.field(ratesTable, columnsOf, row: row, "functie") else { continue }
                guard let column = columnsOf["bedrag"], let money = amount(ratesTable, row: row, column: column) else {
                    problem(ratesTable, row: row, column: columnsOf["bedrag"] ?? 1, "een tarief heeft een bedrag")
                    continue
                }
                let assumption = Self.field(ratesTable, columnsOf, row: row, "aanname")?.lowercased()
                rates.append(Rate(function: function, amount: money, source: Self.field(ratesTable, columnsOf, row: row, "bron"),
                                  isAssumption: ["ja", "waar", "true", "1", "x"].contains(assumption ?? "")))
            }
        }

        let reserves = readReserves()
        let costs = items(costsTable, side: LineKind.costKinds, members: memberNames, columns: &columns, rates: rates)
        let income = items(incomeTable, side: LineKind.incomeKinds, members: memberNames, columns: &columns, rates: rates)

        // verdeelsleutels: sleutel | soort | omschrijving | bron | vast-bedrag | gemeente | deel | waarde
        var keys: [DistributionKey] = []
        if let keysTable = table("verdeelsleutels") {
            let columnsOf = Self.headerIndex(keysTable)
            var order: [String] = []
            var heads: [String: (kind: String, description: String?, source: String?, fixed: Money?, row: Int)] = [:]
            var entries: [String: [KeyEntry]] = [:]
            var parts: [String: [MixPart]] = [:]
            for row in keysTable.rows.indices.dropFirst() {
                guard let name = Self.field(keysTable, columnsOf, row: row, "sleutel") else {
                    if (keysTable.rows[row]).contains(where: { Self.text($0) != nil }) { problem(keysTable, row: row, column: 0, "een rij noemt de sleutel") }
                    continue
                }
                if heads[name] == nil {
                    guard let kindName = Self.field(keysTable, columnsOf, row: row, "soort") else {
                        problem(keysTable, row: row, column: columnsOf["soort"] ?? 1, "de eerste rij van sleutel \"\(name)\" noemt de soort")
                        continue
                    }
                    let fixed = columnsOf["vast-bedrag"].flatMap { amount(keysTable, row: row, column: $0) }
                    heads[name] = (kindName, Self.field(keysTable, columnsOf, row: row, "omschrijving"), Self.field(keysTable, columnsOf, row: row, "bron"), fixed, row)
                    order.append(name)
                }
                let value = columnsOf["waarde"].flatMap { quantity(keysTable, row: row, column: $0) }
                if let member = Self.field(keysTable, columnsOf, row: row, "gemeente") {
                    guard let value else { problem(keysTable, row: row, column: columnsOf["waarde"] ?? 7, "geef de waarde voor \(member)"); continue }
                    entries[name, default: []].append(KeyEntry(municipality: member, value: value))
                } else if let part = Self.field(keysTable, columnsOf, row: row, "deel") {
                    guard let value else { problem(keysTable, row: row, column: columnsOf["waarde"] ?? 7, "geef het aandeel (procent) van \(part)"); continue }
                    parts[name, default: []].append(MixPart(percentage: value, keyName: part))
                }
            }
            for name in order {
                let head = heads[name]!
                let list = entries[name] ?? []
                let kind: DistributionKey.Kind
                switch head.kind {
                case "gewichten": kind = .weights(list)
                case "percentages": kind = .percentages(list)
                case "inwoners": kind = .inhabitants(list)
                case "zaken": kind = .cases(list)
                case "vast-bedrag-plus-inwoners": kind = .fixedAmountPlusInhabitants(fixedAmount: head.fixed ?? .zero, inhabitants: list)
                case "mix": kind = .mix(parts[name] ?? [])
                default:
                    problem(keysTable, row: head.row, column: columnsOf["soort"] ?? 1, "soort sleutel \"\(head.kind)\" onbekend (gewichten, percentages, inwoners, zaken, vast-bedrag-plus-inwoners of mix)")
                    continue
                }
                keys.append(DistributionKey(name: name, description: head.description, source: head.source, kind: kind))
            }
        }

        var rule: ContributionRule?
        if fields["sleutel"] != nil || !contributionColumns.isEmpty {
            var keyName = fields["sleutel"]?.value
            if let key = fields["sleutel"], !keys.contains(where: { $0.name == key.value }) {
                // The first layout: a key by inhabitants or by the weights of the sheet gemeenten.
                switch key.value {
                case "inwoners": keys.append(DistributionKey(name: "inwoners", description: "inwoners per gemeente (werkblad gemeenten)", kind: .inhabitants([])))
                case "gewichten": keys.append(DistributionKey(name: "gewichten", description: "gewichten per gemeente (werkblad gemeenten)", kind: .weights(weights)))
                default:
                    problem(header, row: key.row, column: 1, "sleutel \"\(key.value)\" staat niet in het werkblad verdeelsleutels\(Spelling.hint(for: key.value, among: keys.map(\.name)))")
                    keyName = nil
                }
            }
            let names = contributionColumns.map(\.value)
            if let first = names.first ?? columns.first(where: { $0.kind == .budgeted })?.name ?? columns.first?.name {
                var value = ContributionRule(keyName: keyName, column: first)
                value.otherColumns = Array(names.dropFirst())
                switch fields["afronding"]?.value ?? "euro" {
                case "euro": value.unit = .euro
                case "cent": value.unit = .cent
                case let other: problem(header, row: fields["afronding"]!.row, column: 1, "afronding \"\(other)\" onbekend (euro of cent)")
                }
                if let method = fields["methode"] {
                    if let known = AllocationMethod(rawValue: method.value) {
                        value.method = known
                    } else {
                        let names = AllocationMethod.allCases.map(\.rawValue)
                        problem(header, row: method.row, column: 1, "methode \"\(method.value)\" onbekend\(Spelling.hint(for: method.value, among: names)) (\(names.joined(separator: " of ")))")
                    }
                }
                rule = value
            }
        }

        // verrekening: naam | bedrag | sleutel | toelichting, with verrekening-jaar and -omschrijving.
        var settlement: Settlement?
        var components: [SettlementComponent] = []
        if let settlementTable = table("verrekening") {
            let columnsOf = Self.headerIndex(settlementTable)
            for row in settlementTable.rows.indices.dropFirst() {
                guard let name = Self.field(settlementTable, columnsOf, row: row, "naam") else { continue }
                guard let column = columnsOf["bedrag"], let money = amount(settlementTable, row: row, column: column) else {
                    problem(settlementTable, row: row, column: columnsOf["bedrag"] ?? 1, "een component heeft een bedrag")
                    continue
                }
                guard let key = Self.field(settlementTable, columnsOf, row: row, "sleutel") else {
                    problem(settlementTable, row: row, column: columnsOf["sleutel"] ?? 2, "een component noemt de sleutel")
                    continue
                }
                components.append(SettlementComponent(name: name, amount: money, keyName: key, explanation: Self.field(settlementTable, columnsOf, row: row, "toelichting")))
            }
        }
        if fields["verrekening-omschrijving"] != nil || fields["verrekening-jaar"] != nil || !components.isEmpty {
            let settledYear = fields["verrekening-jaar"].flatMap { integer($0.value, 1900...2200, row: $0.row, column: 1) }
            settlement = Settlement(settledYear: settledYear, description: fields["verrekening-omschrijving"]?.value ?? settledYear.map { "Verrekening \($0)" } ?? "Verrekening", components: components)
        }

        let stated = readStated(members: memberNames)
        let unit: RoundingUnit
        switch fields["eenheid"]?.value ?? "euro" {
        case "cent": unit = .cent
        case "euro": unit = .euro
        case let other:
            problem(header, row: fields["eenheid"]!.row, column: 1, "eenheid \"\(other)\" onbekend (euro of cent)")
            unit = .euro
        }
        guard problems.isEmpty else { return nil }
        let title = fields["titel"]?.value ?? ((kind == .begroting ? "Begroting " : "Jaarrekening ") + period.dutchDescription)
        var budget = Budget(
            file: file, kind: kind, title: title,
            organisation: Organisation(identifier: fields["organisatie"]!.value, name: fields["naam"]!.value, members: members),
            period: period, source: SourceReference(document: fields["bron"]!.value, section: fields["sectie"]?.value),
            publicationUnit: unit, columns: columns, costs: costs, income: income, keys: keys, contributionRule: rule,
            settlement: settlement, stated: stated, notes: notes, rates: rates)
        budget.reserves = reserves
        return budget
    }

    /// The sheet `vermeld`: `wat | naam | kolom | bedrag | soorten | regels`, one row per
    /// printed amount; consecutive rows of one total or one member belong together.
    mutating func readStated(members: Set<String>) -> StatedFigures {
        var stated = StatedFigures()
        guard let table = table("vermeld") else { return stated }
        let columnsOf = Self.headerIndex(table)
        let whats = ["totaal-lasten", "totaal-baten", "resultaat", "totaal", "bijdrage", "verrekening", "termijn", "afronding"]
        for row in table.rows.indices.dropFirst() {
            guard let what = Self.field(table, columnsOf, row: row, "wat")?.lowercased() else {
                if table.rows[row].contains(where: { Self.text($0) != nil }) { problem(table, row: row, column: 0, "een rij noemt in 'wat' wat er vermeld is") }
                continue
            }
            let name = Self.field(table, columnsOf, row: row, "naam")
            let column = Self.field(table, columnsOf, row: row, "kolom")
            let amountColumn = columnsOf["bedrag"] ?? 3
            let money = amount(table, row: row, column: amountColumn)
            func need<T>(_ value: T?, _ what: String, column: Int) -> T? {
                if value == nil { problem(table, row: row, column: column, what) }
                return value
            }
            switch what {
            case "totaal-lasten", "totaal-baten", "resultaat", "afronding":
                guard let column = need(column, "geef de kolom", column: columnsOf["kolom"] ?? 2), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                switch what {
                case "totaal-lasten": stated.totalCosts[column] = StatedAmount(money)
                case "totaal-baten": stated.totalIncome[column] = StatedAmount(money)
                case "afronding": stated.roundingDifference[column] = StatedAmount(money)
                default: stated.result[column] = StatedAmount(money)
                }
            case "totaal":
                guard let name = need(name, "een vermeld totaal heeft een naam", column: columnsOf["naam"] ?? 1) else { continue }
                let kindNames = Self.list(Self.field(table, columnsOf, row: row, "soorten"))
                let lineNames = Self.list(Self.field(table, columnsOf, row: row, "regels"))
                var kinds: [LineKind] = []
                for kindName in kindNames {
                    guard let kind = LineKind(rawValue: kindName), LineKind.incomeKinds.contains(kind) else {
                        problem(table, row: row, column: columnsOf["soorten"] ?? 4, "onbekende soort baten \"\(kindName)\"\(Spelling.hint(for: kindName, among: LineKind.incomeKinds.map(\.rawValue)))")
                        continue
                    }
                    kinds.append(kind)
                }
                let continues = row > 1 && Self.field(table, columnsOf, row: row - 1, "wat")?.lowercased() == "totaal"
                    && Self.field(table, columnsOf, row: row - 1, "naam") == name && kindNames.isEmpty && lineNames.isEmpty
                if !continues { stated.totals.append(StatedTotal(name: name, kinds: kinds, lineNames: lineNames, amounts: [:])) }
                if let column, let money { stated.totals[stated.totals.count - 1].amounts[column] = StatedAmount(money) }
            case "bijdrage":
                guard let name = need(name, "geef de gemeente", column: columnsOf["naam"] ?? 1), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                guard members.contains(name) else {
                    problem(table, row: row, column: columnsOf["naam"] ?? 1, "\"\(name)\" staat niet in het werkblad gemeenten\(Spelling.hint(for: name, among: members.sorted()))")
                    continue
                }
                if stated.contributions.last?.municipality != name { stated.contributions.append(StatedContribution(municipality: name)) }
                let index = stated.contributions.count - 1
                switch column ?? "bijdrage" {
                case "bijdrage": stated.contributions[index].contribution = StatedAmount(money)
                case "verrekening": stated.contributions[index].settlement = StatedAmount(money)
                case "definitief": stated.contributions[index].final = StatedAmount(money)
                case let other: problem(table, row: row, column: columnsOf["kolom"] ?? 2, "\"\(other)\": een vermelde bijdrage is bijdrage, verrekening of definitief")
                }
            case "verrekening":
                guard let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                if let name {
                    guard stated.settlement != nil else { problem(table, row: row, column: 0, "eerst de rij met het totaal van de verrekening (zonder naam)"); continue }
                    stated.settlement!.perLine.append(NamedStatedAmount(name: name, amount: StatedAmount(money)))
                } else {
                    stated.settlement = StatedSettlement(column: column, total: StatedAmount(money), perLine: [])
                }
            case "termijn":
                guard let name = need(name, "geef de gemeente", column: columnsOf["naam"] ?? 1), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                if stated.instalments.last?.municipality != name { stated.instalments.append(StatedInstalments(municipality: name, amounts: [])) }
                stated.instalments[stated.instalments.count - 1].amounts.append(StatedAmount(money))
            default:
                problem(table, row: row, column: 0, "\"\(what)\" onbekend\(Spelling.hint(for: what, among: whats)) (kies uit \(whats.joined(separator: ", ")))")
            }
        }
        return stated
    }

    /// The entries of a lasten or baten sheet. With a column `niveau`: one row per group
    /// (`groep`, its depth in `niveau`) or line (`naam`), a line belonging to the last
    /// group one level up; amounts in the columns after the fixed ones, printed amounts
    /// in the columns `<kolom> vermeld`. Without it (the first layout): `groep | naam |
    /// soort | gemeente | kolommen…`, consecutive lines with the same `groep` forming a group.
    mutating func items(_ table: BudgetImporter.Table, side kinds: [LineKind], members: Set<String>, columns: inout [Column], rates: [Rate]) -> [BudgetItem] {
        guard let header = table.rows.first else { return [] }
        let columnsOf = Self.headerIndex(table)
        let levelled = columnsOf["niveau"] != nil
        let fixed: Set<String> = levelled ? Set(BudgetSheets.lineHeader) : ["groep", "naam", "soort", "gemeente"]
        var amountColumns: [(index: Int, name: String, stated: Bool)] = []
        for index in header.indices {
            guard let name = Self.text(header[index]) else { continue }
            if fixed.contains(name.lowercased()) || (!levelled && index < 4) { continue }
            if name.lowercased() == "bevindingen" || name.lowercased() == "toelichting" { continue }
            if name.hasSuffix(BudgetSheets.statedSuffix) {
                amountColumns.append((index, String(name.dropLast(BudgetSheets.statedSuffix.count)), true))
                continue
            }
            if !columns.contains(where: { $0.name == name }) {
                columns.append(Column(name: name, heading: name, kind: .budgeted, months: columns.first?.months ?? 12))
            }
            amountColumns.append((index, name, false))
        }
        let groupColumn = columnsOf["groep"] ?? 0, nameColumn = columnsOf["naam"] ?? 1, kindColumn = columnsOf["soort"] ?? 2, memberColumn = columnsOf["gemeente"] ?? 3
        // Open groups by depth (levelled layout): the path from the top to the current group.
        var items: [BudgetItem] = []
        var open: [BudgetGroup] = []
        func close(to depth: Int) {
            while open.count > depth {
                let group = open.removeLast()
                if open.isEmpty { items.append(.group(group)) } else { open[open.count - 1].items.append(.group(group)) }
            }
        }
        func add(_ item: BudgetItem) {
            if open.isEmpty { items.append(item) } else { open[open.count - 1].items.append(item) }
        }
        for row in table.rows.indices.dropFirst() {
            let cells = table.rows[row]
            let groupName = Self.text(Self.cell(cells, groupColumn))
            var stated = ByColumn<StatedAmount>()
            var amounts = ByColumn<Money>()
            for column in amountColumns {
                guard let money = amount(table, row: row, column: column.index) else { continue }
                if column.stated { stated[column.name] = StatedAmount(money) } else { amounts[column.name] = money }
            }
            var depth = 1
            if levelled, let levelColumn = columnsOf["niveau"] {
                if let level = Self.text(Self.cell(cells, levelColumn)) {
                    if let value = Int(level), (1...20).contains(value), value <= open.count + 1 || Self.text(Self.cell(cells, nameColumn)) == nil && value <= open.count + 1 {
                        depth = value
                    } else {
                        problem(table, row: row, column: levelColumn, "niveau \"\(level)\" past hier niet (1 tot en met \(open.count + 1): een regel of groep staat in de groep erboven of op een hoger niveau)")
                        continue
                    }
                } else if groupName != nil || Self.text(Self.cell(cells, nameColumn)) != nil {
                    problem(table, row: row, column: levelColumn, "geef het niveau (1 = bovenste)")
                    continue
                }
            }
            guard let name = Self.text(Self.cell(cells, nameColumn)) else {
                if levelled, let groupName {
                    close(to: depth - 1)
                    var theme: Theme?
                    if let keyName = Self.field(table, columnsOf, row: row, "thema-sleutel") {
                        let only = Self.list(Self.field(table, columnsOf, row: row, "deelnemers")), except = Self.list(Self.field(table, columnsOf, row: row, "zonder"))
                        theme = Theme(keyName: keyName, participation: !only.isEmpty ? .only(only) : !except.isEmpty ? .except(except) : .all)
                    }
                    if !amounts.isEmpty {
                        problem(table, row: row, column: amountColumns.first { !$0.stated && amounts[$0.name] != nil }?.index ?? 0,
                                "een groep heeft geen eigen bedragen (die volgen uit haar regels); een gedrukt subtotaal hoort in de kolom '<kolom>\(BudgetSheets.statedSuffix)'")
                    }
                    var group = BudgetGroup(name: groupName, items: [], stated: stated, theme: theme)
                    group.code = Self.field(table, columnsOf, row: row, "code")
                    open.append(group)
                    continue
                }
                if groupName != nil || !amounts.isEmpty || !stated.isEmpty {
                    problem(table, row: row, column: nameColumn, "een regel heeft een naam")
                }
                continue
            }
            if levelled, groupName != nil {
                problem(table, row: row, column: groupColumn, "een rij is een groep (alleen 'groep') of een regel ('naam'), niet allebei")
                continue
            }
            var kind: LineKind?
            if let kindName = Self.text(Self.cell(cells, kindColumn)) {
                kind = kinds.first { $0.rawValue == kindName }
                if kind == nil {
                    problem(table, row: row, column: kindColumn, "soort \"\(kindName)\" past niet bij \(table.name.lowercased()) (kies uit \(kinds.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            let municipality = Self.text(Self.cell(cells, memberColumn))
            if let municipality, !members.contains(municipality) {
                problem(table, row: row, column: memberColumn, "\"\(municipality)\" staat niet in het werkblad gemeenten\(Spelling.hint(for: municipality, among: Array(members).sorted()))")
            } else if municipality != nil, kind != .municipalContribution {
                problem(table, row: row, column: memberColumn, "alleen een regel van soort gemeentelijke-bijdrage hoort bij een gemeente")
            } else if municipality == nil, kind == .municipalContribution {
                problem(table, row: row, column: memberColumn, "een gemeentelijke bijdrage noemt de gemeente")
            }
            var capacity: Capacity?
            if let function = Self.field(table, columnsOf, row: row, "functie") {
                let fte = columnsOf["fte"].flatMap { quantity(table, row: row, column: $0) }
                if let fte {
                    capacity = Capacity(fte: fte, function: function, rate: rates.first { $0.function == function }?.amount ?? .zero)
                } else {
                    problem(table, row: row, column: columnsOf["fte"] ?? nameColumn, "een capaciteitsregel (functie \(function)) noemt de fte")
                }
            }
            var line = BudgetLine(name: name, kind: kind, municipality: municipality, amounts: amounts, stated: stated,
                                  capacity: capacity, theme: Self.field(table, columnsOf, row: row, "thema"))
            if let passedOn = Self.field(table, columnsOf, row: row, "doorgeven") {
                switch passedOn.lowercased() {
                case "ja": line.isPassedOn = true
                case "nee": line.isPassedOn = false
                default: problem(table, row: row, column: columnsOf["doorgeven"] ?? nameColumn, "doorgeven is \"ja\" of \"nee\", niet \"\(passedOn)\"")
                }
            }
            line.code = Self.field(table, columnsOf, row: row, "code")
            line.reserve = Self.field(table, columnsOf, row: row, "reserve")
            line.recurrence = recurrence(table, columnsOf, row: row)
            if levelled {
                close(to: depth - 1)
                add(.line(line))
            } else if let group = groupName {
                if case .group(var last) = items.last, last.name == group {
                    last.items.append(.line(line))
                    items[items.count - 1] = .group(last)
                } else {
                    items.append(.group(BudgetGroup(name: group, items: [.line(line)])))
                }
            } else {
                items.append(.line(line))
            }
        }
        close(to: 0)
        return items
    }
}
