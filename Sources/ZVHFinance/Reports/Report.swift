/// A report as data: a title, context lines and sections of tables and text. The
/// renderers (``TextRenderer`` and others) turn it into a format; builders such as
/// ``BudgetReport`` fill it from a budget.
public struct Report: Hashable, Sendable {
    /// The report's title.
    public var title: String
    /// Lines under the title: source, file, unit.
    public var context: [String]
    /// The sections, in order.
    public var sections: [ReportSection]
    /// The index of the section whose table is the report's main table: the one a
    /// single-table format (CSV) exports.
    public var primarySection: Int?
    /// A table for single-table formats only, when the sections hold several tables
    /// that do not fit one header (the overview's contributions of all periods).
    public var exportTable: ReportTable?
    /// What the data is and how recent: the documents and periods the figures come
    /// from (`Begroting 2022 — Jaarverslag 2021 / Ambities 2022, §4.2`). Never the date
    /// of the run, so the output stays the same for the same files. HTML prints it in
    /// every page's footer.
    public var asOf: String?

    /// Creates a report.
    public init(title: String, context: [String] = [], sections: [ReportSection] = [], primarySection: Int? = nil) {
        self.title = title
        self.context = context
        self.sections = sections
        self.primarySection = primarySection
    }

    /// The main table: the export table, the primary section's, or else the first.
    public var primaryTable: ReportTable? {
        if let exportTable { return exportTable }
        if let index = primarySection, sections.indices.contains(index), let table = sections[index].table { return table }
        return sections.compactMap(\.table).first
    }
}

/// A part of a report: an optional heading, an optional table, and paragraphs after it.
public struct ReportSection: Hashable, Sendable {
    /// The heading.
    public var heading: String?
    /// The table, if any.
    public var table: ReportTable?
    /// Paragraphs of explanation under the table.
    public var paragraphs: [String]
    /// A chart drawn after the table where the format can draw (HTML).
    public var chart: Chart?
    /// Whether the paragraphs are the report's numbered findings (`⚠n …`), which a
    /// workbook lists on a sheet of their own.
    public var listsFindings: Bool

    /// Creates a section.
    public init(heading: String? = nil, table: ReportTable? = nil, paragraphs: [String] = [], chart: Chart? = nil, listsFindings: Bool = false) {
        self.heading = heading
        self.table = table
        self.paragraphs = paragraphs
        self.chart = chart
        self.listsFindings = listsFindings
    }
}

/// A table: a caption, columns and rows of cells.
public struct ReportTable: Hashable, Sendable {
    /// A column of a table.
    public struct Column: Hashable, Sendable {
        /// The column header.
        public var header: String
        /// Whether cells align right (amounts) or left (labels).
        public var alignsRight: Bool

        /// Creates a column.
        public init(_ header: String, alignsRight: Bool = true) {
            self.header = header
            self.alignsRight = alignsRight
        }
    }

    /// What a row is, for emphasis in every format.
    public enum RowStyle: Hashable, Sendable {
        /// An ordinary line.
        case line
        /// A heading without amounts ("Lasten").
        case heading
        /// A group with its subtotal.
        case subtotal
        /// A total.
        case total
    }

    /// A row of cells.
    public struct Row: Hashable, Sendable {
        /// The cells, one per column.
        public var cells: [Cell]
        /// What the row is.
        public var style: RowStyle
        /// Nesting depth of the first cell's label.
        public var depth: Int
        /// The numbers of the report's findings that concern this row (1 = the first
        /// finding listed), shown as a marker with a footnote.
        public var notes: [Int]
        /// How cells of this row follow from other cells of the table, by column: what
        /// a workbook writes as a formula (``Derivation``).
        public var derivations: [Int: Derivation]

        /// Creates a row.
        public init(_ cells: [Cell], style: RowStyle = .line, depth: Int = 0, notes: [Int] = [], derivations: [Int: Derivation] = [:]) {
            self.cells = cells
            self.style = style
            self.depth = depth
            self.notes = notes
            self.derivations = derivations
        }

        /// The marker after a row's label: `⚠1,2`, or nothing.
        public var noteMarker: String {
            notes.isEmpty ? "" : " ⚠" + notes.map(String.init).joined(separator: ",")
        }
    }

    /// One cell.
    public enum Cell: Hashable, Sendable {
        /// Text.
        case text(String)
        /// An amount in Dutch notation.
        case amount(Money)
        /// A resultaat: `+/+ 79` or `-/- 1`.
        case result(Money)
        /// A number that is not money (a weight), in millionths; wide enough for a sum.
        case quantity(millionths: Int128)
        /// A share shown as a percentage with this many decimals (`12,12%`); "–" for
        /// an empty whole.
        case percent(Share, decimals: Int)
        /// Nothing.
        case empty
    }

    /// The caption, naming what the table shows.
    public var caption: String
    /// The columns.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]

    /// Whether any row carries a finding marker.
    public var hasNotes: Bool { rows.contains { !$0.notes.isEmpty } }

    /// Creates a table.
    public init(caption: String, columns: [Column], rows: [Row] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

extension ReportTable.Cell {
    /// A share as a percentage with two decimals.
    public static func percent(_ share: Share) -> ReportTable.Cell {
        .percent(share, decimals: 2)
    }

    /// A cell holding a quantity.
    public static func quantity(_ quantity: Quantity) -> ReportTable.Cell {
        .quantity(millionths: Int128(quantity.millionths))
    }

    /// The cell as plain text in Dutch notation.
    public var text: String {
        switch self {
        case .text(let text): text
        case .amount(let money): money.dutch()
        case .result(let money): money.resultNotation
        case .quantity(let millionths): Quantity.dutch(millionths: millionths)
        case .percent(let share, let decimals): share.percentText(decimals: decimals)
        case .empty: ""
        }
    }
}
