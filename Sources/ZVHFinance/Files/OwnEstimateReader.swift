/// Reads a municipality's own ramingen: a small CSV file, one line `jaar;bedrag` per
/// year, an optional header line `jaar;bedrag`, empty lines and lines starting with
/// `#` ignored. Amounts are written as a Dutch council writes them: `130000`,
/// `130.000`, `130.000,50`, `-1.250` (a point groups thousands, a comma gives cents);
/// `130.5` is refused as ambiguous.
public enum OwnEstimateReader {
    /// Parses the file's bytes.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the file's name, for messages.
    /// - Returns: the ramingen in file order.
    /// - Throws: ``OwnEstimateError`` naming the line and column of what is wrong.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String) throws(OwnEstimateError) -> [OwnEstimate] {
        var content = bytes
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content.removeFirst(3) }
        guard let text = String(validating: content, as: UTF8.self) else { throw .notText(file: file) }
        var estimates: [OwnEstimate] = []
        var firstLines: [Int: Int] = [:]
        // "\r\n" is one Character in Swift: split on every kind of line end.
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let lineNumber = offset + 1
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if estimates.isEmpty, firstLines.isEmpty, trimmed.lowercased().replacingOccurrences(of: " ", with: "") == "jaar;bedrag" { continue }
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                let column = fields.count > 2 ? fields[0].count + fields[1].count + 3 : line.count + 1
                throw .fieldCount(file: file, location: SourceLocation(line: lineNumber, column: column), found: fields.count, usesComma: fields.count == 1 && line.contains(","))
            }
            let yearText = String(fields[0]).trimmingSpaces
            let yearColumn = fields[0].prefix { $0 == " " || $0 == "\t" }.count + 1
            guard yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit), let year = Int(yearText), Period.acceptedYears.contains(year) else {
                throw .invalidYear(file: file, location: SourceLocation(line: lineNumber, column: yearColumn), text: yearText)
            }
            let amountText = String(fields[1]).trimmingSpaces
            let amountColumn = fields[0].count + 2 + fields[1].prefix { $0 == " " || $0 == "\t" }.count
            let location = SourceLocation(line: lineNumber, column: amountColumn)
            guard let amount = dutchAmount(amountText) else { throw .invalidAmount(file: file, location: location, text: amountText) }
            if let first = firstLines[year] {
                throw .duplicateYear(file: file, location: SourceLocation(line: lineNumber, column: yearColumn), year: year, firstLine: first)
            }
            firstLines[year] = lineNumber
            estimates.append(OwnEstimate(year: year, amount: amount, location: SourceLocation(line: lineNumber, column: yearColumn)))
        }
        guard !estimates.isEmpty else { throw .empty(file: file) }
        return estimates
    }

    /// An amount in Dutch notation, read by the one Dutch amount reader
    /// (``DutchNumber/money(_:)``).
    static func dutchAmount(_ text: String) -> Money? {
        try? DutchNumber.money(text).get()
    }
}

extension Character {
    /// Whether this is one of `0`…`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
