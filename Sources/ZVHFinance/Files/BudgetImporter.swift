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
    public static func read(_ tables: [Table], file: String) throws(Failure) -> Imported {
        var tables = tables
        // A workbook made from a CSV with blocks (LibreOffice, Excel) holds them on one sheet.
        if !tables.contains(where: { DutchCSV.blockNames.contains($0.name.lowercased()) }) {
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
        // The one reader of budget files has the last word: what it refuses is not imported.
        let json: String
        do {
            json = try BudgetFileWriter.write(budget, schema: nil)
        } catch {
            throw Failure(lines: ["\(file): fout: kan niet worden geschreven: \(error.parts.joined(separator: ", "))"])
        }
        do {
            _ = try BudgetFileReader.read(Array(json.utf8), file: file)
        } catch {
            throw Failure(lines: ["\(file): fout: de ingelezen begroting is niet geldig: \(error.errorDescription ?? "\(error)")"])
        }
        return Imported(budget: budget, notes: reader.notes)
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
            problem(table, row: row, column: column, "\(number.text) is geen bedrag in euro's en centen (hooguit twee decimalen)")
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

    mutating func read() -> Budget? {
        let known = ["begroting", "gemeenten", "lasten", "baten"]
        for table in tables where !known.contains(table.name.lowercased()) {
            notes.append("\(file): let op: werkblad \"\(table.name)\" hoort niet bij de indeling en is genegeerd")
        }
        for name in known where table(name) == nil {
            problems.append("\(file): fout: werkblad \"\(name)\" ontbreekt (nodig: \(known.joined(separator: ", ")); zie 'zvh nieuw')")
        }
        guard problems.isEmpty, let header = table("begroting"), let membersTable = table("gemeenten"),
              let costsTable = table("lasten"), let incomeTable = table("baten") else { return nil }

        // begroting: veld | waarde | soort | kop
        var fields: [String: (value: String, row: Int)] = [:]
        var columns: [Column] = []
        var notes: [String] = []
        for row in header.rows.indices.dropFirst() {
            guard let field = Self.text(Self.cell(header.rows[row], 0))?.lowercased() else { continue }
            let value = Self.text(Self.cell(header.rows[row], 1))
            switch field {
            case "kolom":
                guard let name = value else { problem(header, row: row, column: 1, "een kolom heeft een naam"); continue }
                let kindName = Self.text(Self.cell(header.rows[row], 2)) ?? "begroot"
                let kind: Column.Kind
                switch kindName {
                case "begroot": kind = .budgeted
                case "werkelijk": kind = .actual
                case "verwacht": kind = .expected
                default:
                    problem(header, row: row, column: 2, "soort kolom \"\(kindName)\" onbekend (begroot, werkelijk of verwacht)")
                    continue
                }
                columns.append(Column(name: name, heading: Self.text(Self.cell(header.rows[row], 3)) ?? name, kind: kind, months: 12))
            case "opmerking":
                if let value { notes.append(value) }
            case "soort", "titel", "organisatie", "naam", "jaar", "eerste-maand", "maanden", "bron", "sectie", "eenheid", "sleutel":
                if let value { fields[field] = (value, row) }
            default:
                problem(header, row: row, column: 0, "onbekend veld \"\(field)\"\(Spelling.hint(for: field, among: ["soort", "titel", "organisatie", "naam", "jaar", "eerste-maand", "maanden", "bron", "sectie", "eenheid", "sleutel", "kolom", "opmerking"]))")
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
        func integer(_ name: String, _ range: ClosedRange<Int>, default value: Int) -> Int {
            guard let entry = fields[name] else { return value }
            guard let number = Int(entry.value), range.contains(number) else {
                problem(header, row: entry.row, column: 1, "\"\(entry.value)\" is geen geheel getal van \(range.lowerBound) tot en met \(range.upperBound)")
                return value
            }
            return number
        }
        let year = integer("jaar", 1900...2200, default: 2000)
        let period = Period(year: year, firstMonth: integer("eerste-maand", 1...12, default: 1), months: integer("maanden", 1...12, default: 12))
        columns = columns.map { var column = $0; column.months = period.months; return column }

        // gemeenten: gemeente | inwoners | peildatum | bron | gewicht
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
            if Self.text(Self.cell(cells, 4)) != nil, let weight = amount(membersTable, row: row, column: 4) {
                weights.append(KeyEntry(municipality: name, value: Quantity(weight)))
            }
            members.append(Municipality(name: name, inhabitants: inhabitants))
        }
        let memberNames = Set(members.map(\.name))

        let costs = items(costsTable, side: LineKind.costKinds, members: memberNames, columns: &columns)
        let income = items(incomeTable, side: LineKind.incomeKinds, members: memberNames, columns: &columns)

        var keys: [DistributionKey] = []
        var rule: ContributionRule?
        if let key = fields["sleutel"] {
            switch key.value {
            case "inwoners": keys.append(DistributionKey(name: "inwoners", description: "inwoners per gemeente (werkblad gemeenten)", kind: .inhabitants([])))
            case "gewichten": keys.append(DistributionKey(name: "gewichten", description: "gewichten per gemeente (werkblad gemeenten)", kind: .weights(weights)))
            default: problem(header, row: key.row, column: 1, "sleutel \"\(key.value)\" onbekend (inwoners of gewichten, uit het werkblad gemeenten)")
            }
            if let first = columns.first, let name = keys.first?.name { rule = ContributionRule(keyName: name, column: first.name) }
        }
        let unit: RoundingUnit = fields["eenheid"]?.value == "cent" ? .cent : .euro
        guard problems.isEmpty else { return nil }
        let title = fields["titel"]?.value ?? ((kind == .begroting ? "Begroting " : "Jaarrekening ") + period.dutchDescription)
        return Budget(
            file: file, kind: kind, title: title,
            organisation: Organisation(identifier: fields["organisatie"]!.value, name: fields["naam"]!.value, members: members),
            period: period, source: SourceReference(document: fields["bron"]!.value, section: fields["sectie"]?.value),
            publicationUnit: unit, columns: columns, costs: costs, income: income, keys: keys, contributionRule: rule, notes: notes)
    }

    /// The entries of a lasten or baten sheet: `groep | naam | soort | gemeente | kolommen…`;
    /// consecutive lines with the same group form that group.
    mutating func items(_ table: BudgetImporter.Table, side kinds: [LineKind], members: Set<String>, columns: inout [Column]) -> [BudgetItem] {
        guard let header = table.rows.first else { return [] }
        var amountColumns: [(index: Int, name: String)] = []
        for index in header.indices.dropFirst(4) {
            guard let name = Self.text(header[index]) else { continue }
            if name.lowercased() == "bevindingen" || name.lowercased() == "toelichting" { continue }
            if !columns.contains(where: { $0.name == name }) {
                columns.append(Column(name: name, heading: name, kind: .budgeted, months: columns.first?.months ?? 12))
            }
            amountColumns.append((index, name))
        }
        var items: [BudgetItem] = []
        for row in table.rows.indices.dropFirst() {
            let cells = table.rows[row]
            guard let name = Self.text(Self.cell(cells, 1)) else {
                if Self.text(Self.cell(cells, 0)) != nil || amountColumns.contains(where: { Self.text(Self.cell(cells, $0.index)) != nil }) {
                    problem(table, row: row, column: 1, "een regel heeft een naam")
                }
                continue
            }
            var kind: LineKind?
            if let kindName = Self.text(Self.cell(cells, 2)) {
                kind = kinds.first { $0.rawValue == kindName }
                if kind == nil {
                    problem(table, row: row, column: 2, "soort \"\(kindName)\" past niet bij \(table.name.lowercased()) (kies uit \(kinds.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            let municipality = Self.text(Self.cell(cells, 3))
            if let municipality, !members.contains(municipality) {
                problem(table, row: row, column: 3, "\"\(municipality)\" staat niet in het werkblad gemeenten\(Spelling.hint(for: municipality, among: Array(members).sorted()))")
            } else if municipality != nil, kind != .municipalContribution {
                problem(table, row: row, column: 3, "alleen een regel van soort gemeentelijke-bijdrage hoort bij een gemeente")
            } else if municipality == nil, kind == .municipalContribution {
                problem(table, row: row, column: 3, "een gemeentelijke bijdrage noemt de gemeente")
            }
            var amounts = ByColumn<Money>()
            for column in amountColumns {
                if let money = amount(table, row: row, column: column.index) { amounts[column.name] = money }
            }
            let line = BudgetLine(name: name, kind: kind, municipality: municipality, amounts: amounts)
            if let group = Self.text(Self.cell(cells, 0)) {
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
        return items
    }
}
