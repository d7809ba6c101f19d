/// A workbook to write as an `.xlsx` file with ``XLSXWriter``.
///
/// ```swift
/// let sheet = XLSXSheet(name: "Lasten", rows: [
///     [.text("Post", style: .header), .text("Begroot", style: .header)],
///     [.text("Huur"), .amount(Money(euros: 10_000))],
///     [.text("Totaal", style: .header), .formula("SUM(B2:B2)", cached: Money(euros: 10_000))],
/// ], columnWidths: [30, 14])
/// let bytes = try XLSXWriter.data(for: XLSXWorkbook(sheets: [sheet]))
/// ```
public struct XLSXWorkbook: Hashable, Sendable {
    /// The sheets in tab order.
    public var sheets: [XLSXSheet]
    /// The document title, stored in the document properties.
    public var title: String?

    /// Creates a workbook.
    public init(sheets: [XLSXSheet], title: String? = nil) {
        self.sheets = sheets
        self.title = title
    }
}

/// One worksheet to write.
public struct XLSXSheet: Hashable, Sendable {
    /// The tab name: 1 to 31 characters, none of `[ ] : * ? / \`.
    public var name: String
    /// The rows from the top, each with its cells from column A.
    public var rows: [[XLSXCell]]
    /// Column widths in characters from column A; 0 keeps the default width.
    public var columnWidths: [Int]
    /// Whether the first row stays in view when scrolling.
    public var freezesHeaderRow: Bool
    /// Whether the page is printed landscape (A4 either way).
    public var isLandscape: Bool
    /// Lists of allowed values for ranges of cells (a drop-down in Excel and LibreOffice).
    public var dataValidations: [XLSXDataValidation]

    /// Creates a sheet.
    public init(name: String, rows: [[XLSXCell]], columnWidths: [Int] = [],
                freezesHeaderRow: Bool = true, isLandscape: Bool = false, dataValidations: [XLSXDataValidation] = []) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.freezesHeaderRow = freezesHeaderRow
        self.isLandscape = isLandscape
        self.dataValidations = dataValidations
    }
}

/// A list of allowed values for a range of cells, such as the line kinds of a column.
public struct XLSXDataValidation: Hashable, Sendable {
    /// The range, `C2:C500`.
    public var range: String
    /// The allowed values; together at most 255 characters, none containing `,` or `"`.
    public var values: [String]

    /// Creates a validation.
    public init(range: String, values: [String]) {
        self.range = range
        self.values = values
    }
}
