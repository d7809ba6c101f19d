import Foundation

/// The state of reading the tables of one file: the problems and notes found so far,
/// and the cell readers every sheet uses. Each sheet of the layout has its own reader
/// (`TableReader+Header` for `begroting`, `+Members`, `+Rates`, `+Lines`, `+Keys`,
/// `+Settlement`, `+Stated`, `+Reserves`); ``read()`` reads them in the layout's order.
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

    /// A whole number in `range` from a cell's text; a problem at the cell otherwise.
    mutating func integer(_ text: String?, _ range: ClosedRange<Int>, in table: BudgetImporter.Table, row: Int, column: Int) -> Int? {
        guard let text else { return nil }
        guard let number = Int(text), range.contains(number) else {
            problem(table, row: row, column: column, "\"\(text)\" is geen geheel getal van \(range.lowerBound) tot en met \(range.upperBound)")
            return nil
        }
        return number
    }

    /// The budget the tables state, or nil with ``problems``.
    /// - Complexity: O(cells).
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

        let stated = readHeader(header)
        var columns = stated.columns
        let (members, weights) = readMembers(membersTable)
        let memberNames = Set(members.map(\.name))
        let rates = readRates()
        let reserves = readReserves()
        let costs = items(costsTable, side: LineKind.costKinds, members: memberNames, columns: &columns, rates: rates)
        let income = items(incomeTable, side: LineKind.incomeKinds, members: memberNames, columns: &columns, rates: rates)
        var keys = readKeys()
        let rule = contributionRule(stated, header: header, columns: columns, keys: &keys, weights: weights)
        let settlement = readSettlement(stated, header: header)
        let printed = readStated(members: memberNames)
        let fields = stated.fields
        let unit: RoundingUnit
        if let entry = fields["eenheid"] {
            if let known = RoundingUnit(rawValue: entry.value) {
                unit = known
            } else {
                problem(header, row: entry.row, column: 1, "eenheid \"\(entry.value)\" onbekend (euro of cent)")
                unit = .euro
            }
        } else {
            unit = .euro
        }
        guard problems.isEmpty else { return nil }
        let title = fields["titel"]?.value ?? ((stated.kind == .begroting ? "Begroting " : "Jaarrekening ") + stated.period.dutchDescription)
        var budget = Budget(
            file: file, kind: stated.kind, title: title,
            organisation: Organisation(identifier: fields["organisatie"]!.value, name: fields["naam"]!.value, members: members),
            period: stated.period, source: SourceReference(document: fields["bron"]!.value, section: fields["sectie"]?.value),
            publicationUnit: unit, columns: columns, costs: costs, income: income, keys: keys, contributionRule: rule,
            settlement: settlement, stated: printed, notes: stated.notes, rates: rates)
        budget.reserves = reserves
        return budget
    }
}
