extension ReportTable {
    /// A cell of a table: its row and column, counted from 0 in the table's own rows
    /// and columns; in the same table, or in the table of another section of the report.
    public struct Position: Hashable, Sendable {
        /// The index in ``Report/sections`` of the section whose table holds the cell;
        /// nil for the table of the cell that refers to it.
        public var section: Int?
        /// The row.
        public var row: Int
        /// The column.
        public var column: Int

        /// Creates a position.
        public init(section: Int? = nil, row: Int, column: Int) {
            self.section = section
            self.row = row
            self.column = column
        }
    }

    /// How a cell's figure follows from other cells of its table: what a view that
    /// computes (a workbook) writes as a formula, so that an edited line flows through.
    ///
    /// The figure itself stays in the cell, computed by the library; a derivation only
    /// says which cells it equals a combination of. A view uses it only where the cells
    /// it names reproduce the figure exactly (see ``WorkbookRenderer``).
    public enum Derivation: Hashable, Sendable {
        /// The sum of cells, each added or subtracted: definitief = bijdrage +
        /// verrekening, verschil = begroot − verwacht, resultaat = totaal baten −
        /// totaal lasten. An empty cell counts as zero.
        case sum(added: [Position], subtracted: [Position])
        /// The share of one amount in another: aandeel = bijdrage / totaal bijdragen.
        case ratio(part: Position, whole: Position)
        /// A member's part of a total split over weights by the largest-remainder
        /// method (``Allocation``) in whole `unit`s: the bijdrage of each member from the
        /// amount to distribute and the key's weights. `weights` lie in one column, one
        /// row after another; `weight` is this member's among them.
        case allocation(total: Position, weight: Int, weights: [Position], unit: RoundingUnit)

        /// The difference of two cells: `minuend − subtrahend`.
        public static func difference(_ minuend: Position, _ subtrahend: Position) -> Derivation {
            .sum(added: [minuend], subtracted: [subtrahend])
        }

        /// Cells of one row added up, by column.
        public static func sum(row: Int, columns: [Int]) -> Derivation {
            .sum(added: columns.map { Position(row: row, column: $0) }, subtracted: [])
        }
    }
}
