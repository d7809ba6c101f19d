/// A strict JSON parser (RFC 8259) that scans a text once into a ``JSONDocument`` (a
/// token per value with where it starts) and reports errors with line and column.
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
    private var tokens: [JSONDocument.Token] = []
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
        guard bytes.count < Int(Int32.max) else {
            throw Failure(location: SourceLocation(line: 1, column: 1), message: "het bestand is te groot om als JSON te lezen")
        }
        var parser = JSONParser(bytes: bytes)
        parser.tokens.reserveCapacity(bytes.count / 8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.index = 3
            parser.lineStart = 3
        }
        try parser.checkEncoding()
        parser.skipWhitespace()
        guard parser.index < bytes.count else {
            throw parser.failure(bytes.isEmpty ? "het bestand is leeg" : "het bestand bevat geen JSON (alleen witruimte)")
        }
        try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.failure("onverwachte tekst na het einde van het JSON-document")
        }
        return JSONValue(document: JSONDocument(bytes: bytes, tokens: parser.tokens), index: 0)
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
        // Every byte but a continuation byte (10xxxxxx) starts a character.
        slice.withUnsafeBufferPointer { bytes in
            var continuations = 0
            for byte in bytes where byte & 0xC0 == 0x80 { continuations += 1 }
            return bytes.count - continuations
        }
    }

    private mutating func failure(_ message: String) -> Failure {
        Failure(location: location, message: message)
    }

    /// Validates UTF-8 up front so that every later message can quote text safely.
    private mutating func checkEncoding() throws(Failure) {
        var position = index
        while position < bytes.count {
            // Nearly every byte of a budget file is ASCII: eight at a time while they are.
            position = JSONParser.firstNonASCII(in: bytes, from: position)
            guard position < bytes.count else { break }
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

    /// The index of the first byte from `start` on that is not ASCII (`bytes.count` if none).
    static func firstNonASCII(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            var position = start
            while position + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                position += 8
            }
            while position < raw.count, raw[position] < 0x80 { position += 1 }
            return position
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

    /// Appends a token for the value or key starting here; containers and strings fill
    /// in their end once it is known.
    private mutating func appendToken(_ kind: JSONDocument.Kind, at start: SourceLocation) -> Int {
        tokens.append(JSONDocument.Token(
            kind: kind, hasEscapes: false, hasNonASCII: false, line: Int32(start.line), column: Int32(start.column),
            start: Int32(index), end: Int32(index), count: 0))
        return tokens.count - 1
    }

    private mutating func parseValue() throws(Failure) {
        guard index < bytes.count else { throw failure("het bestand houdt onverwacht op (afgebroken JSON?)") }
        let start = location
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString(appendToken(.string, at: start))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let token = appendToken(.number, at: start)
            try parseNumber()
            tokens[token].end = Int32(index)
        case UInt8(ascii: "t"): try expectWord("true"); _ = appendToken(.true, at: start)
        case UInt8(ascii: "f"): try expectWord("false"); _ = appendToken(.false, at: start)
        case UInt8(ascii: "n"): try expectWord("null"); _ = appendToken(.null, at: start)
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

    /// Ends the container whose token is at `token`: the next token follows it.
    private mutating func close(_ token: Int, count: Int) {
        index += 1
        depth -= 1
        tokens[token].end = Int32(tokens.count)
        tokens[token].count = Int32(count)
    }

    private mutating func parseObject() throws(Failure) {
        let start = location
        try enterNesting()
        let object = appendToken(.object, at: start)
        index += 1
        var count = 0
        // Duplicate keys are looked up among the keys read so far; a dictionary is
        // built only for large objects, where a scan would make reading quadratic.
        var seen: [String: SourceLocation]?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            close(object, count: 0)
            return
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
            let key = appendToken(.key, at: keyLocation)
            try parseString(key)
            if count == JSONParser.largeObject {
                seen = Dictionary(keys(ofObject: object).filter { $0 != key }.map { (text(of: $0), location(of: $0)) }, uniquingKeysWith: { first, _ in first })
            }
            let earlier: SourceLocation?
            if seen != nil {
                earlier = seen?[text(of: key)]
            } else {
                earlier = keys(ofObject: object).first { $0 != key && JSONDocument.sameText(tokens[$0], tokens[key], in: bytes) }.map(location(of:))
            }
            if let earlier {
                throw Failure(location: keyLocation, message: "de sleutel \"\(text(of: key))\" komt twee keer voor in hetzelfde object (eerder op regel \(earlier.line))")
            }
            if seen != nil { seen?[text(of: key)] = keyLocation }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("na de sleutel \"\(text(of: key))\" wordt een ':' verwacht")
            }
            index += 1
            skipWhitespace()
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw failure("het bestand houdt op midden in een object (ontbreekt een '}'?)") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                close(object, count: count)
                return
            }
            throw failure("hier wordt ',' of '}' verwacht, niet \(describeCurrent()) (ontbreekt een komma?)")
        }
    }

    /// The key tokens of the object being read at `object`, so far.
    private func keys(ofObject object: Int) -> some Sequence<Int> {
        sequence(first: object + 1) { [tokens] key in
            let value = key + 1
            guard value < tokens.count else { return nil }
            let next = tokens[value].kind == .object || tokens[value].kind == .array ? Int(tokens[value].end) : value + 1
            return next < tokens.count && tokens[next].kind == .key ? next : nil
        }
    }

    private func text(of token: Int) -> String { JSONDocument.text(of: tokens[token], in: bytes) }

    private func location(of token: Int) -> SourceLocation {
        SourceLocation(line: Int(tokens[token].line), column: Int(tokens[token].column))
    }

    private mutating func parseArray() throws(Failure) {
        let start = location
        try enterNesting()
        let array = appendToken(.array, at: start)
        index += 1
        var count = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            close(array, count: 0)
            return
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw failure("komma vóór ']' is in JSON niet toegestaan")
            }
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw failure("het bestand houdt op midden in een lijst (ontbreekt een ']'?)") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                close(array, count: count)
                return
            }
            throw failure("hier wordt ',' of ']' verwacht, niet \(describeCurrent()) (ontbreekt een komma?)")
        }
    }

    /// Checks the string starting at the opening quote and records its bytes, its end
    /// and whether it needs decoding in the token at `token`.
    private mutating func parseString(_ token: Int) throws(Failure) {
        index += 1
        tokens[token].start = Int32(index)
        var nonASCII: UInt8 = 0
        // Most strings have no escapes: nothing to do but find the closing quote.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 {
            nonASCII |= bytes[end]
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            tokens[token].end = Int32(end)
            tokens[token].hasNonASCII = nonASCII >= 0x80
            index = end + 1
            return
        }
        index = end
        while true {
            guard index < bytes.count else { throw failure("het bestand houdt op midden in een tekst (ontbreekt een aanhalingsteken, of is het bestand afgebroken?)") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                tokens[token].end = Int32(index)
                tokens[token].hasNonASCII = nonASCII >= 0x80
                index += 1
                return
            case UInt8(ascii: "\\"):
                tokens[token].hasEscapes = true
                index += 1
                guard index < bytes.count else { throw failure("tekst zonder afsluitend aanhalingsteken") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
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
                    guard Unicode.Scalar(scalarValue) != nil else { throw failure("ongeldige \\u-code") }
                    // A decoded scalar beyond ASCII makes the text non-ASCII too.
                    if scalarValue >= 0x80 { nonASCII = 0x80 }
                default:
                    index -= 1
                    throw failure("ongeldige escape '\\\(describeCurrent().dropFirst().dropLast())' in tekst")
                }
            case 0x00..<0x20:
                throw failure(byte == 0x0A ? "tekst loopt door over het einde van de regel (ontbreekt een aanhalingsteken?)" : "een stuurteken in tekst moet als escape geschreven worden")
            default:
                nonASCII |= byte
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

    private mutating func parseNumber() throws(Failure) {
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
    }
}
