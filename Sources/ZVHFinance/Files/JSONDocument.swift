/// A JSON text scanned once: its bytes and one fixed-size token per value and per key,
/// in the order of the file.
///
/// Nothing is decoded while scanning: a string is a byte range, a number its digits in
/// place, a container the index just past its last descendant (so a reader steps over a
/// member in O(1)). Readers decode only what they use, straight from the bytes
/// (``JSONValue``), and a token's place is kept as line and column for messages and
/// origins. One scan, one array of tokens: no value, key or list is allocated per value.
final class JSONDocument: Sendable {
    /// The kinds of token.
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null
        /// An object member's key; its value is the next token.
        case key
    }

    /// One value or key.
    struct Token {
        var kind: Kind
        /// Whether a string or key has an escape (`\n`, `\u00E9`) to decode.
        var hasEscapes: Bool
        /// Whether a string or key has a byte outside ASCII.
        var hasNonASCII: Bool
        var line: Int32
        var column: Int32
        /// Strings and keys: the first byte after the opening quote; numbers: the first byte.
        var start: Int32
        /// Strings and keys: the closing quote; numbers: the byte after the last; objects
        /// and arrays: the index of the first token after the container.
        var end: Int32
        /// Objects and arrays: how many members or elements.
        var count: Int32
    }

    let bytes: [UInt8]
    let tokens: [Token]

    init(bytes: [UInt8], tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// The index of the token after the value at `index` and all it contains.
    func next(after index: Int) -> Int {
        let token = tokens[index]
        switch token.kind {
        case .object, .array: return Int(token.end)
        case .string, .number, .true, .false, .null, .key: return index + 1
        }
    }

    func location(of index: Int) -> SourceLocation {
        SourceLocation(line: Int(tokens[index].line), column: Int(tokens[index].column))
    }

    /// The text of a string or key token.
    func text(of index: Int) -> String {
        JSONDocument.text(of: tokens[index], in: bytes)
    }

    /// The text of a string or key token of `bytes`.
    static func text(of token: Token, in bytes: [UInt8]) -> String {
        let range = Int(token.start)..<Int(token.end)
        guard token.hasEscapes else { return String(decoding: bytes[range], as: UTF8.self) }
        return unescaped(bytes[range])
    }

    /// The literal of a number token (`1402290.50`).
    func numberText(of index: Int) -> Substring {
        Substring(String(decoding: numberBytes(of: index), as: UTF8.self))
    }

    func numberBytes(of index: Int) -> ArraySlice<UInt8> {
        bytes[Int(tokens[index].start)..<Int(tokens[index].end)]
    }

    /// Whether the key or string at `index` is `text`, as Swift compares strings
    /// (canonical equivalence): byte for byte when the token is ASCII, else decoded.
    func text(at index: Int, equals text: String) -> Bool {
        var text = text
        return text.withUTF8 { query in
            tokens.withUnsafeBufferPointer { tokens in
                bytes.withUnsafeBufferPointer { bytes in sameText(tokens[index], bytes: bytes, query: query) }
            }
        } ?? (self.text(of: index) == text)
    }

    /// Whether a token is the text `query` (UTF-8), or nil when only decoding can tell.
    ///
    /// An ASCII token without escapes and a text of the same length are the same text
    /// exactly when their bytes are; a shorter text is never the same; a longer one
    /// only if it is not ASCII (U+212A KELVIN SIGN is canonically "K").
    private func sameText(_ token: Token, bytes: UnsafeBufferPointer<UInt8>, query: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !token.hasEscapes, !token.hasNonASCII else { return nil }
        let start = Int(token.start)
        let length = Int(token.end) - start
        if query.count == length {
            for offset in 0..<length where bytes[start + offset] != query[offset] { return false }
            return true
        }
        if query.count < length { return false }
        return query.allSatisfy { $0 < 0x80 } ? false : nil
    }

    /// Whether two keys or strings of `bytes` are the same text, as Swift compares
    /// strings (canonical equivalence): byte for byte when both are ASCII, else decoded.
    static func sameText(_ a: Token, _ b: Token, in bytes: [UInt8]) -> Bool {
        if !a.hasEscapes, !b.hasEscapes, !a.hasNonASCII, !b.hasNonASCII {
            guard a.end - a.start == b.end - b.start else { return false }
            return bytes[Int(a.start)..<Int(a.end)].elementsEqual(bytes[Int(b.start)..<Int(b.end)])
        }
        return text(of: a, in: bytes) == text(of: b, in: bytes)
    }

    /// The key token of the member `key` of the object at `object`, if it has one.
    /// - Complexity: O(m) for m members.
    func member(_ key: String, ofObject object: Int) -> Int? {
        var key = key
        return key.withUTF8 { query in
            tokens.withUnsafeBufferPointer { tokens in
                bytes.withUnsafeBufferPointer { bytes in
                    var index = object + 1
                    let end = Int(tokens[object].end)
                    while index < end {
                        if sameText(tokens[index], bytes: bytes, query: query) ?? (text(of: index) == String(decoding: query, as: UTF8.self)) {
                            return index
                        }
                        let value = tokens[index + 1]
                        index = value.kind == .object || value.kind == .array ? Int(value.end) : index + 2
                    }
                    return nil
                }
            }
        }
    }

    /// The index itself when the token there is a string of ASCII without escapes that
    /// starts and ends with a visible character (so trimming leaves it as it is).
    func plainWord(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .string, !token.hasEscapes, !token.hasNonASCII, token.end > token.start else { return nil }
        let first = bytes[Int(token.start)], last = bytes[Int(token.end) - 1]
        return first > 0x20 && last > 0x20 ? index : nil
    }

    /// A 64-bit summary of the keys of the object at `object`: one bit per key, chosen
    /// by its length and its first and last byte (``signatureBit(length:first:last:)``),
    /// or every bit when a key needs decoding (escapes, bytes outside ASCII). A key whose
    /// bit is not set is not among the object's keys (``mayHold(_:signature:)``), so a
    /// look-up of an absent key (most look-ups of a line's optional fields) costs no scan.
    /// - Complexity: O(m) for m members, stepping over their values in O(1).
    func keySignature(ofObject object: Int) -> UInt64 {
        tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                var signature: UInt64 = 0
                var index = object + 1
                let end = Int(tokens[object].end)
                while index < end {
                    let key = tokens[index]
                    let start = Int(key.start)
                    let length = Int(key.end) - start
                    if key.hasEscapes || key.hasNonASCII || length == 0 { return ~0 }
                    signature |= Self.signatureBit(length: length, first: bytes[start], last: bytes[start + length - 1])
                    let value = tokens[index + 1]
                    index = value.kind == .object || value.kind == .array ? Int(value.end) : index + 2
                }
                return signature
            }
        }
    }

    /// The bit of a key in a ``keySignature(ofObject:)``.
    static func signatureBit(length: Int, first: UInt8, last: UInt8) -> UInt64 {
        1 << UInt64(signatureBitIndex(length: length, first: first, last: last))
    }

    /// The position (0–63) of a key's bit in a ``keySignature(ofObject:)``.
    static func signatureBitIndex(length: Int, first: UInt8, last: UInt8) -> Int {
        (length &* 31 &+ Int(first) &* 7 &+ Int(last)) & 63
    }

    /// Whether the plain key at `index` (``signatureBitIndex(ofKey:)`` is not nil) has
    /// the bytes of `key`: for a plain key the same text.
    func plainKey(at index: Int, is key: String) -> Bool {
        let token = tokens[index]
        let start = Int(token.start), length = Int(token.end) - start
        return key.utf8.withContiguousStorageIfAvailable { query in
            guard query.count == length else { return false }
            return bytes.withUnsafeBufferPointer { bytes in
                for offset in 0..<length where bytes[start + offset] != query[offset] { return false }
                return true
            }
        } ?? text(at: index, equals: key)
    }

    /// The position of the bit of the key at `index`, when the key is plain (ASCII,
    /// no escapes, not empty) so that equal text means equal bytes; nil otherwise.
    func signatureBitIndex(ofKey index: Int) -> Int? {
        let token = tokens[index]
        guard !token.hasEscapes, !token.hasNonASCII, token.end > token.start else { return nil }
        return Self.signatureBitIndex(length: Int(token.end - token.start), first: bytes[Int(token.start)], last: bytes[Int(token.end) - 1])
    }

    /// Whether an object with this key signature may have the member `key`: false only
    /// when it certainly has not. A key outside ASCII is always looked up (it may be
    /// canonically equal to a key of another length).
    static func mayHold(_ key: String, signature: UInt64) -> Bool {
        if signature == ~0 { return true }
        return key.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return true }
            var union: UInt8 = 0
            for byte in bytes { union |= byte }
            return union >= 0x80 || signature & signatureBit(length: bytes.count, first: first, last: last) != 0
        } ?? true
    }

    /// Whether the key at `index` is one of `keys`, as ``text(at:equals:)`` compares.
    /// - Complexity: O(k) comparisons for k keys, each ending at the first differing byte.
    func key(at index: Int, isOneOf keys: [String]) -> Bool {
        let token = tokens[index]
        guard !token.hasEscapes, !token.hasNonASCII else {
            let text = text(of: index)
            return keys.contains(text)
        }
        let length = Int(token.end - token.start)
        return bytes.withUnsafeBufferPointer { bytes in
            let own = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
            for var key in keys {
                let matches = key.withUTF8 { query -> Bool? in
                    if query.count == length {
                        for offset in 0..<length where query[offset] != own[offset] { return false }
                        return true
                    }
                    // A longer text outside ASCII may still be canonically this key.
                    if query.count > length, !query.allSatisfy({ $0 < 0x80 }) { return nil }
                    return false
                }
                if matches ?? (text(of: index) == key) { return true }
            }
            return false
        }
    }

    /// Decodes the escapes of string bytes the scanner has already checked.
    static func unescaped(_ slice: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(slice.count)
        var index = slice.startIndex
        func hexQuad() -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = slice[index]
                let digit: UInt32 = switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
                default: UInt32(byte - UInt8(ascii: "A") + 10)
                }
                value = value * 16 + digit
                index += 1
            }
            return value
        }
        while index < slice.endIndex {
            let byte = slice[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                result.append(byte)
                continue
            }
            let escape = slice[index]
            index += 1
            switch escape {
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                var scalarValue = hexQuad()
                if (0xD800...0xDBFF).contains(scalarValue) {
                    index += 2
                    scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (hexQuad() - 0xDC00)
                }
                if let scalar = Unicode.Scalar(scalarValue) { result.append(contentsOf: String(scalar).utf8) }
            default: result.append(escape)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
