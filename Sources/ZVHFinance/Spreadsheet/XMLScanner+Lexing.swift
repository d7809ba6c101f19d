extension XMLScanner {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"),
             UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
            true
        default:
            false
        }
    }

    /// Whether the bytes at the position are `literal`'s: a plain loop that stops at the
    /// first byte that differs (most calls, from ``skip(past:what:)``, stop at the first).
    func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard count <= bytes.count - position else { return false }
        return literal.withUTF8Buffer { buffer in
            var offset = 0
            while offset < count {
                if bytes[position + offset] != buffer[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// Moves past the next occurrence of `terminator`.
    mutating func skip(past terminator: StaticString, what: String) throws(SpreadsheetError) {
        let start = position
        while position < bytes.count {
            if matches(terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw failure("\(what) houdt niet op", at: start)
    }

    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    mutating func readName() throws(SpreadsheetError) -> String {
        let start = position
        while position < bytes.count && Self.isNameByte(bytes[position]) { position += 1 }
        guard position > start, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[start]),
              bytes[start] != UInt8(ascii: "-"), bytes[start] != UInt8(ascii: ".") else {
            throw failure("naam verwacht", at: start)
        }
        return try validated(start..<position)
    }

    mutating func readQuotedValue() throws(SpreadsheetError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw failure("attribuutwaarde tussen aanhalingstekens verwacht", at: position)
        }
        let quote = bytes[position]
        position += 1
        let start = position
        while position < bytes.count && bytes[position] != quote {
            guard bytes[position] != UInt8(ascii: "<") else { throw failure("'<' in een attribuutwaarde", at: position) }
            position += 1
        }
        guard position < bytes.count else { throw failure("attribuutwaarde houdt niet op", at: start) }
        position += 1
        return try decodedText(start..<position - 1)
    }

    /// The bytes as a string, refusing invalid UTF-8 and control characters XML forbids.
    func validated(_ range: Range<Int>) throws(SpreadsheetError) -> String {
        for index in range where bytes[index] < 0x20 && !Self.isSpace(bytes[index]) {
            throw failure("stuurteken \(bytes[index]) is in XML niet toegestaan", at: index)
        }
        guard let text = String(validating: bytes[range], as: UTF8.self) else {
            throw failure("ongeldige UTF-8", at: range.lowerBound)
        }
        return text
    }

    /// Text with the predefined entities and character references replaced.
    func decodedText(_ range: Range<Int>) throws(SpreadsheetError) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return try validated(range) }
        var result = ""
        var runStart = range.lowerBound, index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            result += try validated(runStart..<index)
            let end = bytes[index..<min(index + 12, range.upperBound)].firstIndex(of: UInt8(ascii: ";"))
            guard let end, let scalar = Self.entity(bytes[(index + 1)..<end]) else {
                throw failure("onbekende of ongeldige entiteit (alleen &lt; &gt; &amp; &apos; &quot; en &#…; bestaan)", at: index)
            }
            result.unicodeScalars.append(scalar)
            index = end + 1
            runStart = index
        }
        result += try validated(runStart..<range.upperBound)
        return result
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "apos": return "'"
        case "quot": return "\""
        case let reference where reference.hasPrefix("#"):
            let isHex = reference.hasPrefix("#x")
            guard let value = UInt32(reference.dropFirst(isHex ? 2 : 1), radix: isHex ? 16 : 10),
                  value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D else { return nil }
            return Unicode.Scalar(value)
        default: return nil
        }
    }

    /// The error for a problem at a byte offset, with its line and column.
    func failure(_ reason: String, at offset: Int) -> SpreadsheetError {
        let prefix = bytes[..<min(offset, bytes.count)]
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return .malformedXML(part: part, line: line, column: offset - lineStart + 1, reason: reason)
    }
}
