extension XLSXReader {
    /// Collects the values of one worksheet part into dense rows, within a cell budget.
    struct SheetReader {
        let sheet: String
        let sharedStrings: [String]
        let maximumCells: Int
        private var rows: [[XLSXValue]] = []
        private var cellsUsed = 0

        // The cell being read.
        private var reference: CellReference?
        private var type: String?
        private var valueText = ""
        private var inlineText = ""
        private var hasValue = false
        private var hasFormula = false
        private var collecting: Collecting = .nothing
        private var nextRow = 0
        private var nextColumn = 0

        private enum Collecting { case nothing, value, inlineText }

        init(sheet: String, sharedStrings: [String], maximumCells: Int) {
            self.sheet = sheet
            self.sharedStrings = sharedStrings
            self.maximumCells = maximumCells
        }

        mutating func read(_ bytes: [UInt8], part: String) throws(SpreadsheetError) {
            var scanner = XMLScanner(bytes: bytes, part: part)
            var phoneticDepth = 0
            while let token = try scanner.next() {
                switch token {
                case .start(let name, let attributes):
                    switch XLSXReader.localName(name) {
                    case "row": try startRow(attributes)
                    case "c": try startCell(attributes)
                    case "v": collecting = .value
                    case "f" where reference != nil: hasFormula = true
                    case "t" where reference != nil && phoneticDepth == 0: collecting = .inlineText
                    case "rPh": phoneticDepth += 1
                    default: break
                    }
                case .end(let name):
                    switch XLSXReader.localName(name) {
                    case "c": try finishCell()
                    case "v", "t": collecting = .nothing
                    case "rPh": phoneticDepth -= 1
                    default: break
                    }
                case .text(let text):
                    switch collecting {
                    case .nothing: break
                    case .value: valueText += text; hasValue = true
                    case .inlineText: inlineText += text; hasValue = true
                    }
                }
            }
        }

        /// The rows without trailing empty cells and rows.
        func finishedRows() -> [[XLSXValue]] {
            var result = rows.map { row in Array(row[..<(row.lastIndex { $0 != .empty }.map { $0 + 1 } ?? 0)]) }
            while result.last?.isEmpty == true { result.removeLast() }
            return result
        }

        private func name(_ reference: CellReference) -> String { "\(sheet)!\(reference)" }

        private mutating func startRow(_ attributes: [XMLAttribute]) throws(SpreadsheetError) {
            if let text = attributes["r"] {
                guard let number = Int(text), number >= 1, number <= CellReference.rowCount, number - 1 >= nextRow else {
                    throw .invalidCell(cell: "\(sheet)!rij \(text.prefix(12))", reason: "ongeldig of niet oplopend rijnummer")
                }
                nextRow = number - 1
            }
            nextColumn = 0
            nextRow += 1
        }

        private mutating func startCell(_ attributes: [XMLAttribute]) throws(SpreadsheetError) {
            guard nextRow > 0 else {
                throw .invalidCell(cell: "\(sheet)!\(attributes["r"]?.prefix(12) ?? "?")", reason: "een cel buiten een rij")
            }
            let row = nextRow - 1
            if let text = attributes["r"] {
                guard let parsed = CellReference(text) else {
                    throw .invalidCell(cell: "\(sheet)!\(text.prefix(12))", reason: "ongeldige celverwijzing")
                }
                guard parsed.row == row, parsed.column >= nextColumn else {
                    throw .invalidCell(cell: name(parsed), reason: "de cel staat niet in haar rij of niet na de vorige cel")
                }
                reference = parsed
            } else {
                guard let next = CellReference(column: nextColumn, row: row) else {
                    throw .invalidCell(cell: "\(sheet)!rij \(row + 1)", reason: "meer dan 16.384 kolommen")
                }
                reference = next
            }
            type = attributes["t"]
            valueText = ""
            inlineText = ""
            hasValue = false
            hasFormula = false
        }

        private mutating func finishCell() throws(SpreadsheetError) {
            guard let cell = reference else { return }
            reference = nil
            collecting = .nothing
            nextColumn = cell.column + 1
            let value = try self.value(of: cell)
            try place(value, at: cell)
        }

        private func value(of cell: CellReference) throws(SpreadsheetError) -> XLSXValue {
            guard hasValue else {
                // A formula's value is what a reader sees; without its cached result the
                // cell is not empty but unknown (the workbook was made by a program that
                // does not calculate).
                guard !hasFormula else {
                    throw .invalidCell(cell: name(cell), reason: "een formule zonder berekende waarde; open de werkmap in Excel of LibreOffice en bewaar haar opnieuw (dan wordt de uitkomst opgeslagen)")
                }
                return .empty
            }
            switch type ?? "n" {
            case "n":
                let trimmed = valueText.trimmingSpaces
                if trimmed.isEmpty { return .empty }
                guard let number = XLSXNumber(trimmed) else {
                    throw .invalidCell(cell: name(cell), reason: "'\(MessageText.shortened(String(trimmed)))' is geen eindig decimaal getal")
                }
                return .number(number)
            case "s":
                guard let index = Int(valueText.trimmingSpaces), sharedStrings.indices.contains(index) else {
                    throw .invalidCell(cell: name(cell), reason: "verwijst naar gedeelde tekst '\(valueText.prefix(20))', die niet bestaat")
                }
                return .text(sharedStrings[index])
            case "inlineStr": return .text(inlineText)
            case "str", "d": return .text(valueText)
            case "b":
                switch valueText.trimmingSpaces {
                case "0": return .boolean(false)
                case "1": return .boolean(true)
                default: throw .invalidCell(cell: name(cell), reason: "'\(valueText.prefix(20))' is geen waarheidswaarde (0 of 1)")
                }
            case "e": return .error(valueText)
            case let other:
                throw .invalidCell(cell: name(cell), reason: "onbekend celtype '\(other.prefix(20))'")
            }
        }

        /// Puts a value in the dense rows, paying for the gaps it skips.
        private mutating func place(_ value: XLSXValue, at cell: CellReference) throws(SpreadsheetError) {
            guard value != .empty else { return }
            let newRows = max(0, cell.row + 1 - rows.count)
            let rowLength = cell.row < rows.count ? rows[cell.row].count : 0
            let newCells = max(0, cell.column + 1 - rowLength)
            guard newRows + newCells <= maximumCells - cellsUsed else {
                throw .sheetTooLarge(sheet: sheet, limit: maximumCells)
            }
            cellsUsed += newRows + newCells
            if newRows > 0 { rows += repeatElement([], count: newRows) }
            if newCells > 0 { rows[cell.row] += repeatElement(.empty, count: newCells) }
            rows[cell.row][cell.column] = value
        }
    }
}
