import Foundation

/// Why a CSV file (inhabitants, advances paid) cannot be read: every case names the
/// file, the line and the column.
public enum CSVFileError: Error, Equatable, Sendable, LocalizedError {
    /// The content is wrong at a place in the file.
    case invalid(file: String, line: Int, column: Int, message: String)

    /// The file concerned.
    public var file: String {
        switch self {
        case .invalid(let file, _, _, _): file
        }
    }

    /// `bestand:regel:kolom: fout: melding`.
    public var errorDescription: String? {
        switch self {
        case .invalid(let file, let line, let column, let message): "\(file):\(line):\(column): fout: \(message)"
        }
    }
}

/// A table read from a CSV file as Dutch spreadsheets write it: fields separated by `;`,
/// a header line naming the fields, no quoting. Each field keeps its line and column.
public struct SemicolonTable: Sendable {
    /// One field with where it stands.
    public struct Field: Hashable, Sendable {
        /// The text, without surrounding spaces.
        public var text: String
        /// The line, from 1.
        public var line: Int
        /// The column (character position), from 1.
        public var column: Int
    }

    /// The file name for messages.
    public var file: String
    /// The data rows (after the header), each with exactly the header's number of fields.
    public var rows: [[Field]]

    /// Reads a table whose header must be exactly `header`.
    ///
    /// - Throws: ``CSVFileError`` for text that is not UTF-8, a missing or different
    ///   header, a comma or tab where a `;` belongs, or a row with too few or too many fields.
    /// - Complexity: O(n) in the size of the file.
    public init(_ bytes: [UInt8], file: String, header: [String]) throws(CSVFileError) {
        self.file = file
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalid(file: file, line: 1, column: 1, message: "het bestand is geen UTF-8-tekst")
        }
        // Lines starting with '#' are comments (an example file says it is one); they keep their number.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.enumerated().map { (number: $0.offset + 1, text: $0.element) }
        let lineCount = lines.count
        lines.removeAll { $0.text.hasPrefix("#") || ($0.text.allSatisfy(\.isWhitespace) && $0.number == lineCount) }
        let expected = header.joined(separator: ";")
        guard let (headerLine, first) = lines.first.map({ ($0.number, $0.text) }) else {
            throw .invalid(file: file, line: 1, column: 1, message: "het bestand is leeg; verwacht de kopregel '\(expected)'")
        }
        let firstFields = Self.fields(first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first, line: headerLine)
        if firstFields.count == 1, first.contains(",") || first.contains("\t") {
            throw .invalid(file: file, line: headerLine, column: 1, message: "het scheidingsteken is ';' (puntkomma), niet een komma of tab; verwacht de kopregel '\(expected)'")
        }
        guard firstFields.map({ $0.text.lowercased() }) == header else {
            throw .invalid(file: file, line: headerLine, column: 1, message: "verwacht de kopregel '\(expected)', niet '\(first)'")
        }
        var rows: [[Field]] = []
        for (number, line) in lines.dropFirst() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = Self.fields(line, line: number)
            guard fields.count == header.count else {
                if fields.count == 1, line.contains(",") || line.contains("\t") {
                    throw .invalid(file: file, line: number, column: 1, message: "het scheidingsteken is ';' (puntkomma), niet een komma of tab")
                }
                let column = fields.count > header.count ? fields[header.count].column : (line.count + 1)
                throw .invalid(file: file, line: number, column: column, message: "verwacht \(header.count) velden (\(expected)), gevonden \(fields.count)")
            }
            rows.append(fields)
        }
        self.rows = rows
        lastLine = lines.last?.number ?? 1
    }

    /// The number of the last line read, for a message about something missing.
    public var lastLine: Int

    static func fields(_ line: Substring, line number: Int) -> [Field] {
        var result: [Field] = []
        var column = 1
        for part in line.split(separator: ";", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " }.count
            result.append(Field(text: String(part.trimmingSpacesForCSV), line: number, column: column + leading))
            column += part.count + 1
        }
        return result
    }

    /// An error at a field.
    public func error(at field: Field, _ message: String) -> CSVFileError {
        .invalid(file: file, line: field.line, column: field.column, message: message)
    }

    /// The rows keyed by the member named in their first field: every member exactly once.
    /// - Throws: ``CSVFileError`` for a name that is not a member (with the closest
    ///   member), a member listed twice, or members missing (named in the message).
    public func rowsByMember(_ members: [String], what: String) throws(CSVFileError) -> [String: [Field]] {
        var result: [String: [Field]] = [:]
        for row in rows {
            let name = row[0]
            guard members.contains(name.text) else {
                throw error(at: name, "\"\(name.text)\" is geen gemeente van deze regeling\(Spelling.hint(for: name.text, among: members)); gemeenten: \(MessageText.list(members))")
            }
            if let earlier = result[name.text] {
                throw error(at: name, "gemeente \"\(name.text)\" staat twee keer in het bestand (ook op regel \(earlier[0].line))")
            }
            result[name.text] = row
        }
        let missing = members.filter { result[$0] == nil }
        guard missing.isEmpty else {
            throw .invalid(file: file, line: lastLine + 1, column: 1, message: "\(what) ontbreekt voor \(missing.count == 1 ? "gemeente" : "de gemeenten") \(MessageText.list(missing)); elke gemeente staat er precies één keer in")
        }
        return result
    }

    /// An amount in Dutch notation (`66.000`, `5.500,25`, `-12,5`).
    /// - Throws: ``CSVFileError`` naming the field when it is not one.
    public func amount(_ field: Field) throws(CSVFileError) -> Money {
        switch DutchNumber.money(field.text) {
        case .success(let money):
            return money
        case .failure(let problem) where problem.isTooLarge:
            throw error(at: field, "'\(DutchNumber.shortened(field.text))' is groter dan het grootste bedrag dat zvh aanneemt (\(Money.largestReadable.dutch()))")
        case .failure:
            throw error(at: field, "'\(DutchNumber.shortened(field.text))' is geen bedrag in Nederlandse notatie (bv. 66.000 of 5.500,25)")
        }
    }

    /// Every row's amount in one column, checked one by one (``amount(_:)``) and
    /// together: their magnitudes add up to at most ``Money/largestFileSum``, the bound
    /// of a budget file, so no total or balance computed from them can overflow.
    /// - Throws: ``CSVFileError`` at the first field that is no amount or that brings
    ///   the sum over the bound.
    /// - Complexity: O(rows).
    public func amounts(inColumn column: Int) throws(CSVFileError) -> [Money] {
        var sum: UInt64 = 0
        var result: [Money] = []
        for row in rows where row.indices.contains(column) {
            let money = try amount(row[column])
            sum += money.cents.magnitude
            guard sum <= UInt64(Money.largestFileSum.cents) else {
                throw error(at: row[column], "de bedragen in dit bestand zijn samen groter dan \(Money.largestFileSum.dutch())")
            }
            result.append(money)
        }
        return result
    }

    /// A whole number in Dutch notation (`32.041`).
    public func wholeNumber(_ field: Field) throws(CSVFileError) -> Int64 {
        if case .failure(let problem) = DutchNumber.money(field.text), problem.isTooLarge {
            throw error(at: field, "'\(DutchNumber.shortened(field.text))' is te groot voor een aantal (hoogstens \(Money.largestReadable.dutch()))")
        }
        guard let money = Self.dutchAmount(field.text), money.isMultiple(of: .euro), !money.isNegative else {
            throw error(at: field, "'\(DutchNumber.shortened(field.text))' is geen geheel aantal van nul of meer (bv. 32.041)")
        }
        return money.cents / 100
    }

    /// Parses Dutch notation (`1.402.290,50`, `-13.245`): the one Dutch amount reader,
    /// ``DutchNumber/money(_:)``.
    public static func dutchAmount(_ text: String) -> Money? {
        try? DutchNumber.money(text).get()
    }
}

extension Substring {
    var trimmingSpacesForCSV: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...last]
    }
}
