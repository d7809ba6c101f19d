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
        var reader = ImportWorkbook(file: file, tables: tables)
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
