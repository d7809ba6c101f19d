import Foundation

/// Reads and writes CSV as Dutch Excel does: `;` between fields, fields quoted with `"`
/// when needed (`""` for a quote), CRLF or LF line ends, UTF-8 with or without a byte
/// order mark (or Windows-1252, which Excel's plain "CSV" writes).
///
/// A file in the import layout holds one titled block per table: a line with only the
/// table's name (`begroting`, `gemeenten`, `lasten`, `baten`), then its header row and
/// rows, usually an empty line between blocks.
public enum DutchCSV {
    /// The byte order mark that tells Excel the text is UTF-8.
    public static let byteOrderMark = "\u{FEFF}"
    /// The names that start a block.
    public static let blockNames = BudgetSheets.sheetNames

    /// The fields of every line, with each line's number (1-based).
    /// - Complexity: O(n) in the size of the text.
    public static func lines(_ bytes: [UInt8]) -> [(number: Int, fields: [String])] {
        var content = bytes
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content.removeFirst(3) }
        let text = String(validating: content, as: UTF8.self)
            ?? String(data: Data(content), encoding: .windowsCP1252) ?? String(decoding: content, as: UTF8.self)
        var result: [(Int, [String])] = []
        var fields: [String] = [], field = "", quoted = false, line = 1, start = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == ";" {
                fields.append(field); field = ""
            } else if scalar == "\r" && pending == "\n" {
                continue
            } else if scalar == "\n" || scalar == "\r" {
                fields.append(field); result.append((start, fields)); fields = []; field = ""
                line += 1; start = line
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); result.append((start, fields)) }
        return result
    }

    /// The titled blocks of a file as tables, rows numbered by their line in the file.
    public static func tables(_ bytes: [UInt8]) -> [BudgetImporter.Table] {
        let lines = lines(bytes)
        return blocks(lines.map { $0.fields.map { $0.isEmpty ? XLSXValue.empty : .text($0) } }, numbers: lines.map(\.number))
    }

    /// The titled blocks among rows (of a CSV, or of a sheet a spreadsheet program made
    /// from one): a row whose only value is a block name starts a block.
    public static func blocks(_ rows: [[XLSXValue]], numbers: [Int]) -> [BudgetImporter.Table] {
        var tables: [BudgetImporter.Table] = []
        for (row, number) in zip(rows, numbers) {
            let filled = row.filter { ImportSheet.text($0) != nil }
            if filled.count == 1, let first = row.first.flatMap(ImportSheet.text), blockNames.contains(first.lowercased()) {
                tables.append(BudgetImporter.Table(name: first.lowercased(), rows: [], rowNumbers: []))
                continue
            }
            guard !filled.isEmpty, !tables.isEmpty else { continue }
            tables[tables.count - 1].rows.append(row)
            tables[tables.count - 1].rowNumbers.append(number)
        }
        return tables
    }

    /// A field, quoted when it holds a separator, a quote or a line break.
    public static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
