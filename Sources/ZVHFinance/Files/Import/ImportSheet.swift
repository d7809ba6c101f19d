import Foundation

/// One table of the import layout as a sheet type reads it: its cells, the columns its
/// header row names, and the problems found in it so far, each at its cell
/// (`bestand:blad!C14: fout: …`). The cell readers every sheet uses live here once; each
/// sheet of the layout is a type of its own (``HeaderSheet``, ``MembersSheet``,
/// ``RatesSheet``, ``ReservesSheet``, ``LinesSheet``, ``KeysSheet``,
/// ``SettlementSheet``, ``StatedSheet``) that reads one `ImportSheet` into its part of
/// the budget, and ``ImportWorkbook`` reads them in the layout's order.
struct ImportSheet {
    /// The file as messages name it.
    let file: String
    /// The table.
    let table: BudgetImporter.Table
    /// The index of each column the header row names (lowercased, first one wins).
    let columns: [String: Int]
    /// The problems found in this sheet, in the order found.
    var problems: [String] = []

    /// A sheet of `file`.
    init(_ table: BudgetImporter.Table, file: String) {
        self.file = file
        self.table = table
        var columns: [String: Int] = [:]
        for (index, cell) in (table.rows.first ?? []).enumerated() {
            if let name = Self.text(cell)?.lowercased(), columns[name] == nil { columns[name] = index }
        }
        self.columns = columns
    }

    /// The sheet's or block's name as the file spells it.
    var name: String { table.name }

    /// The rows after the header row.
    var dataRows: Range<Int> { table.rows.indices.dropFirst() }

    /// The cells of a row, from column A.
    func cells(_ row: Int) -> [XLSXValue] { table.rows[row] }

    /// The place of a cell, `file:Sheet!C14`.
    func place(row: Int, column: Int) -> String {
        let number = row < table.rowNumbers.count ? table.rowNumbers[row] : row + 1
        let letters = CellReference(column: column, row: 0).map { String("\($0)".prefix { $0.isLetter }) } ?? "?"
        return "\(file):\(table.name)!\(letters)\(number)"
    }

    /// Records a problem at a cell.
    mutating func problem(row: Int, column: Int, _ message: String) {
        problems.append("\(place(row: row, column: column)): fout: \(message)")
    }

    /// The problems found since the last call, handed over in order.
    mutating func takeProblems() -> [String] {
        defer { problems = [] }
        return problems
    }

    /// The text of a cell: nil when empty.
    func text(row: Int, column: Int) -> String? {
        Self.text(Self.cell(table.rows[row], column))
    }

    /// The text of a named column in a row, nil when the column or the cell is empty.
    func field(row: Int, _ name: String) -> String? {
        columns[name].flatMap { text(row: row, column: $0) }
    }

    /// Whether a row has any text at all.
    func hasText(row: Int) -> Bool {
        table.rows[row].contains { Self.text($0) != nil }
    }

    /// An amount in euros and cents: a number cell, or Dutch text (`1.402.290`,
    /// `-13.245,50`); nil with a problem when it is none, nil when the cell is empty.
    mutating func amount(row: Int, column: Int) -> Money? {
        let value = Self.cell(table.rows[row], column)
        switch value {
        case .empty: return nil
        case .number(let number):
            if let money = number.money { return money }
            problem(row: row, column: column, Self.amountProblem(number))
        case .text(let text):
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            switch DutchNumber.money(text) {
            case .success(let money): return money
            case .failure(let failure): problem(row: row, column: column, failure.message)
            }
        case .boolean, .error:
            problem(row: row, column: column, "\(Self.text(value) ?? "") is geen bedrag")
        }
        return nil
    }

    /// A number with up to six decimals (a weight, a percentage, FTE): a number cell, or
    /// Dutch text (`32.041`, `3,25`).
    mutating func quantity(row: Int, column: Int) -> Quantity? {
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
            problem(row: row, column: column, "\(Self.text(value) ?? "") is geen getal (hooguit zes decimalen)")
            return nil
        }
        return parsed
    }

    /// A whole number in `range` from a cell's text; a problem at the cell otherwise.
    mutating func integer(_ text: String?, _ range: ClosedRange<Int>, row: Int, column: Int) -> Int? {
        guard let text else { return nil }
        guard let number = Int(text), range.contains(number) else {
            problem(row: row, column: column, "\"\(text)\" is geen geheel getal van \(range.lowerBound) tot en met \(range.upperBound)")
            return nil
        }
        return number
    }
}

extension ImportSheet {
    /// The text of a cell value, trimmed; nil when empty.
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

    /// The cell of a row at a column; empty beyond the row's end.
    static func cell(_ row: [XLSXValue], _ column: Int) -> XLSXValue {
        column < row.count ? row[column] : .empty
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

    /// A `;`-separated list of names.
    static func list(_ value: String?) -> [String] {
        (value ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
