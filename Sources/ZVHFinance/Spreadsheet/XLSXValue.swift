/// The value of a cell read from a workbook.
public enum XLSXValue: Hashable, Sendable {
    /// No cell, or a cell without a value.
    case empty
    /// Text: a shared or inline string, a formula's text result or a date as text.
    case text(String)
    /// An exact number (a constant or a formula's cached result).
    case number(XLSXNumber)
    /// A Boolean (`t="b"`).
    case boolean(Bool)
    /// An error value such as `#DIV/0!` (`t="e"`).
    case error(String)
}

/// The values of one sheet read from a workbook.
public struct XLSXSheetContents: Hashable, Sendable {
    /// The tab name.
    public var name: String
    /// The rows from the first, each with its values from column A; missing cells are
    /// ``XLSXValue/empty``, trailing empty cells and rows are left out.
    public var rows: [[XLSXValue]]

    /// Creates sheet contents.
    public init(name: String, rows: [[XLSXValue]]) {
        self.name = name
        self.rows = rows
    }

    /// The value at a cell; ``XLSXValue/empty`` outside the rows read.
    public subscript(_ reference: CellReference) -> XLSXValue {
        guard reference.row < rows.count, reference.column < rows[reference.row].count else { return .empty }
        return rows[reference.row][reference.column]
    }
}
