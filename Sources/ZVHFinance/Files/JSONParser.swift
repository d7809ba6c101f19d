/// A strict JSON parser (RFC 8259) that records where every value starts and reports
/// errors with line and column.
///
/// Limits protect against hostile or broken input: nesting deeper than
/// ``maximumDepth`` is refused instead of exhausting the stack, duplicate keys are
/// refused instead of silently keeping one, and text must be valid UTF-8.
public struct JSONParser {
    /// The deepest nesting of objects and arrays accepted.
    public static let maximumDepth = 64
    /// From this many members on, an object's keys are kept in a dictionary to find
    /// duplicates; below, scanning the members is cheaper.
    static let largeObject = 16

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    /// Characters counted on the current line up to `countedIndex`, so a column is
    /// found in time proportional to the distance moved, not to the line's length.
    private var countedIndex = 0
    private var countedCharacters = 0

    /// An error found while reading JSON text.
    public struct Failure: Error, Equatable, Sendable {
        /// Where the problem is.
        public var location: SourceLocation
        /// What is wrong, in Dutch.
        public var message: String
    }

    /// Parses a complete JSON document.
    /// - Parameter bytes: the file's content; a leading UTF-8 byte order mark is skipped.
    /// - Returns: the document's value.
    /// - Throws: ``Failure`` with the place and a Dutch message.
    /// - Complexity: O(n) in the size of the text.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.index = 3
            parser.lineStart = 3
        }
        try parser.checkEncoding()
        parser.skipWhitespace()
        guard parser.index < bytes.count else {
            throw parser.failure(bytes.isEmpty ? "het bestand is leeg" : "het bestand bevat geen JSON (alleen witruimte)")
        }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.failure("onverwachte tekst na het einde van het JSON-document")
        }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var location: SourceLocation {
        mutating get {
            let end = min(index, bytes.count)
            if countedIndex < lineStart || countedIndex > end {
                countedIndex = lineStart
                countedCharacters = 0
            }
            countedCharacters += JSONParser.characterCount(bytes[countedIndex..<end])
            countedIndex = end
            return SourceLocation(line: line, column: countedCharacters + 1)
        }
    }

    private static func characterCount(_ slice: ArraySlice<UInt8>) -> Int {
        slice.reduce(0) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }

    private mutating func failure(_ message: String) -> Failure {
        Failure(location: location, message: message)
    }

    /// Validates UTF-8 up front so that every later message can quote text safely.
    private mutating func checkEncoding() throws(Failure) {
        var position = index
        while position < bytes.count {
            let byte = bytes[position]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && position + length <= bytes.count
            if valid {
                for offset in 1..<length where bytes[position + offset] & 0xC0 != 0x80 { valid = false }
            }
            if valid, length == 3 {
                let second = bytes[position + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second >= 0xA0) { valid = false }
            }
            if valid, length == 4 {
                let second = bytes[position + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second >= 0x90) { valid = false }
            }
            if !valid {
                index = position
                // Recount the line for the message.
                line = 1 + bytes[..<position].filter { $0 == 0x0A }.count
                lineStart = (bytes[..<position].lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0
                throw failure("het bestand is geen geldige UTF-8-tekst (byte 0x\(String(byte, radix: 16, uppercase: true))); sla het op als UTF-8")
            }
            position += length
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    private mutating func parseValue() throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw failure("het bestand houdt onverwacht op (afgebroken JSON?)") }
        let start = location
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try parseString()), location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(kind: .number(try parseNumber()), location: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONValue(kind: .bool(true), location: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONValue(kind: .bool(false), location: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONValue(kind: .null, location: start)
        case UInt8(ascii: "'"):
            throw failure("tekst staat tussen enkele aanhalingstekens; JSON vraagt dubbele (\")")
        default:
            throw failure("hier wordt een waarde verwacht (getal, tekst, object, lijst, true, false of null), niet \(describeCurrent())")
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "het einde van het bestand" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[index..<end], as: UTF8.self) + "'"
    }

    private mutating func expectWord(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("onbekend woord; bedoelde u \(word)? (JSON kent alleen true, false en null zonder aanhalingstekens)")
        }
        index += expected.count
    }

    private mutating func enterNesting() throws(Failure) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw failure("te diep genest (meer dan \(JSONParser.maximumDepth) niveaus objecten en lijsten)")
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        let start = location
        try enterNesting()
        index += 1
        var members: [JSONValue.Member] = []
        // Duplicate keys are looked up among the members read so far; a dictionary is
        // built only for large objects, where a scan would make reading quadratic.
        var seen: [String: SourceLocation]?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONValue(kind: .object([]), location: start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw failure("het bestand houdt op midden in een object (ontbreekt een '}'?)") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") { throw failure("komma vóór '}' is in JSON niet toegestaan") }
                if bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                    throw failure("hier wordt een sleutel verwacht, niet een cijfer; staat er een decimale komma in een getal? JSON schrijft decimalen met een punt (12.5)")
                }
                throw failure("hier wordt een sleutel tussen dubbele aanhalingstekens verwacht, niet \(describeCurrent())")
            }
            let keyLocation = location
            let key = try parseString()
            if members.count == JSONParser.largeObject {
                seen = Dictionary(members.map { ($0.key, $0.keyLocation) }, uniquingKeysWith: { first, _ in first })
            }
            let earlier = seen != nil ? seen?[key] : members.first { $0.key == key }?.keyLocation
            if let earlier {
                throw Failure(location: keyLocation, message: "de sleutel \"\(key)\" komt twee keer voor in hetzelfde object (eerder op regel \(earlier.line))")
            }
            seen?[key] = keyLocation
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("na de sleutel \"\(key)\" wordt een ':' verwacht")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONValue.Member(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw failure("het bestand houdt op midden in een object (ontbreekt een '}'?)") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return JSONValue(kind: .object(members), location: start)
            }
            throw failure("hier wordt ',' of '}' verwacht, niet \(describeCurrent()) (ontbreekt een komma?)")
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        let start = location
        try enterNesting()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONValue(kind: .array([]), location: start)
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw failure("komma vóór ']' is in JSON niet toegestaan")
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw failure("het bestand houdt op midden in een lijst (ontbreekt een ']'?)") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return JSONValue(kind: .array(elements), location: start)
            }
            throw failure("hier wordt ',' of ']' verwacht, niet \(describeCurrent()) (ontbreekt een komma?)")
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1
        // Most strings have no escapes: taken from the bytes as they are.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        var scalars: [UInt8] = []
        while true {
            guard index < bytes.count else { throw failure("het bestand houdt op midden in een tekst (ontbreekt een aanhalingsteken, of is het bestand afgebroken?)") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw failure("tekst zonder afsluitend aanhalingsteken") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var scalarValue = try parseHexQuad()
                    if (0xD800...0xDBFF).contains(scalarValue) {
                        guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw failure("ongeldige \\u-code: een hoge surrogaat zonder lage")
                        }
                        index += 2
                        let low = try parseHexQuad()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("ongeldige \\u-code: een hoge surrogaat zonder lage") }
                        scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalarValue) {
                        throw failure("ongeldige \\u-code: een lage surrogaat zonder hoge")
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else { throw failure("ongeldige \\u-code") }
                    scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw failure("ongeldige escape '\\\(describeCurrent().dropFirst().dropLast())' in tekst")
                }
            case 0x00..<0x20:
                throw failure(byte == 0x0A ? "tekst loopt door over het einde van de regel (ontbreekt een aanhalingsteken?)" : "een stuurteken in tekst moet als escape geschreven worden")
            default:
                scalars.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseHexQuad() throws(Failure) -> UInt32 {
        guard bytes.count - index >= 4 else { throw failure("ongeldige \\u-code: vier hexadecimale cijfers verwacht") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("ongeldige \\u-code: vier hexadecimale cijfers verwacht")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(Failure) -> Substring {
        let start = index
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw failure("na '-' wordt een cijfer verwacht") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw failure("een getal mag in JSON niet met een 0 beginnen (schrijf 12, niet 012)") }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw failure("na de decimale punt wordt een cijfer verwacht") }
            while isDigit(index) { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "."), isDigit(index + 1) {
                throw failure("een getal met meer dan één punt: schrijf bedragen zonder scheidingsteken voor duizendtallen (1402290, niet 1.402.290)")
            }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw failure("na de exponent wordt een cijfer verwacht") }
            while isDigit(index) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        return Substring(text)
    }
}
