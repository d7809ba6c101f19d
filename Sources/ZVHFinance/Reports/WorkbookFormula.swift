/// The formulas of derived cells (``ReportTable/Derivation``) in a report's workbook,
/// written only where the cells they name reproduce the library's figure exactly, so a
/// formula's cached value is always the library's figure and recalculating an unedited
/// workbook changes nothing.
///
/// A table's sheet has two columns before the table's own (`niveau`, `soort`) and its
/// header in row 1: table cell (row r, column c) is sheet cell (column c + 2, row r + 2).
struct WorkbookFormula {
    /// The columns a report sheet has before the table's own.
    static let fixedColumns = 2

    /// The report's tables by the index of their section, with their sheet names.
    let tables: [Int: (table: ReportTable, sheet: String)]
    /// The section of the table whose cells are written.
    let section: Int

    /// The table and sheet a position lies in.
    func place(of position: ReportTable.Position) -> (table: ReportTable, sheet: String?)? {
        let section = position.section ?? self.section
        guard let entry = tables[section] else { return nil }
        return (entry.table, section == self.section ? nil : entry.sheet)
    }

    /// The cell at a position, nil outside the tables; a row shorter than its table's
    /// columns is empty beyond its cells.
    func cell(_ position: ReportTable.Position) -> ReportTable.Cell? {
        guard let table = place(of: position)?.table,
              table.rows.indices.contains(position.row), table.columns.indices.contains(position.column) else { return nil }
        let cells = table.rows[position.row].cells
        return position.column < cells.count ? cells[position.column] : .empty
    }

    /// The sheet reference of a table cell: `F9`, or `'Lasten, baten en resultaat'!D17`
    /// in another sheet; `$F$9` when `isAbsolute`.
    func reference(_ position: ReportTable.Position, isAbsolute: Bool = false) -> String? {
        guard let place = place(of: position),
              let reference = CellReference(column: position.column + Self.fixedColumns, row: position.row + 1) else { return nil }
        var text = "\(reference)"
        if isAbsolute, let digit = text.firstIndex(where: \.isNumber) { text = "$" + text[..<digit] + "$" + text[digit...] }
        guard let sheet = place.sheet else { return text }
        return "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'!" + text
    }

    /// The amount at a position, zero for an empty cell; nil outside the tables or for
    /// a cell that holds no amount.
    func amountOrZero(_ position: ReportTable.Position) -> Money? {
        guard let cell = cell(position) else { return nil }
        return cell == .empty ? .zero : Self.amount(cell)
    }

    /// The formula (without `=`) of a derivation, when the cells it names reproduce the
    /// figure in `cell` exactly; nil otherwise.
    /// - Complexity: O(n log n) in the number of cells the derivation names.
    func formula(_ derivation: ReportTable.Derivation, reproducing cell: ReportTable.Cell) -> String? {
        switch derivation {
        case .sum(let added, let subtracted):
            guard let figure = Self.amount(cell), !added.isEmpty else { return nil }
            var total = Money.zero
            var text = ""
            for (position, isSubtracted) in added.map({ ($0, false) }) + subtracted.map({ ($0, true) }) {
                guard let value = amountOrZero(position), let reference = reference(position) else { return nil }
                total = isSubtracted ? total - value : total + value
                text += (isSubtracted ? "-" : text.isEmpty ? "" : "+") + reference
            }
            return total == figure ? text : nil
        case .ratio(let part, let whole):
            guard case .percent(let share, _) = cell, share.denominator != 0,
                  let partAmount = self.cell(part).flatMap(Self.amount), let wholeAmount = self.cell(whole).flatMap(Self.amount),
                  !wholeAmount.isZero, let partReference = reference(part), let wholeReference = reference(whole),
                  share.numerator * Int128(wholeAmount.cents) == share.denominator * Int128(partAmount.cents) else { return nil }
            return "\(partReference)/\(wholeReference)"
        case .allocation(let total, let weight, let weights, let unit):
            return allocationFormula(total: total, weight: weight, weights: weights, unit: unit, reproducing: cell)
        }
    }

    /// The amount of an amount or resultaat cell.
    static func amount(_ cell: ReportTable.Cell) -> Money? {
        switch cell {
        case .amount(let money), .result(let money): money
        case .text, .quantity, .percent, .empty: nil
        }
    }
}
