/// A JSON value to write: objects keep their key order, numbers are written exactly
/// as given, so the same report always gives the same bytes.
///
/// Not `indirect`: objects and arrays hold their parts in arrays already, so a string or
/// number is stored in place instead of in a box of its own.
public enum JSONOutput: Hashable, Sendable {
    case object([Member])
    case array([JSONOutput])
    case string(String)
    /// A number, as JSON text (`1402290`, `-13.5`).
    case number(String)
    case bool(Bool)
    case null

    /// A key with its value.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONOutput

        public init(_ key: String, _ value: JSONOutput) {
            self.key = key
            self.value = value
        }
    }

    /// A whole number.
    public static func integer(_ value: Int) -> JSONOutput { .number(String(value)) }
    /// A string, or null when absent.
    public static func optional(_ text: String?) -> JSONOutput { text.map(JSONOutput.string) ?? .null }

    /// Builds an object from key–value pairs, in order.
    public static func object(_ pairs: KeyValuePairs<String, JSONOutput>) -> JSONOutput {
        .object(pairs.map { Member($0.key, $0.value) })
    }

    /// The value as indented JSON text, ending in a newline.
    public func rendered() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Writes the value as indented JSON text, ending in a newline.
    public func write(to output: inout some TextOutputStream) {
        var writer = JSONWriter()
        writer.write(self)
        writer.finish(into: &output)
    }

    /// Whether the text needs no escaping in a JSON string literal (see ``quoted(_:)``):
    /// no quote, backslash or C0 control, and nothing ``ControlCharacters`` escapes.
    /// - Complexity: O(n) in the length of the text.
    static func isPlain(_ text: String) -> Bool {
        ControlCharacters.isPlainlyClean(text) { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F
        }
    }

    /// A string as a JSON string literal (RFC 8259): quote, backslash and every
    /// character ``ControlCharacters`` escapes for a terminal (C0, DEL, C1, line and
    /// paragraph separators, bidirectional controls, noncharacters) and U+FEFF (which
    /// some readers drop as a byte order mark) as `\n` or `\u202E` (beyond U+FFFF as a
    /// surrogate pair), a file-name byte that is not UTF-8
    /// (see ``FileSystemName``) as the text `\xE9`. The result is valid JSON for any
    /// text, reads back as the same text, and holds nothing a terminal would act on.
    /// - Complexity: O(n) in the length of the text.
    static func quoted(_ text: String) -> String {
        guard !isPlain(text) else {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where FileSystemName.rawByte(scalar) != nil:
                result += "\\\\x" + ControlCharacters.hex(UInt32(FileSystemName.rawByte(scalar)!), digits: 2)
            case _ where ControlCharacters.needsEscaping(scalar) || scalar == "\u{FEFF}":
                if scalar.value > 0xFFFF {
                    let offset = scalar.value - 0x10000
                    result += "\\u" + ControlCharacters.hex(0xD800 + (offset >> 10), digits: 4)
                    result += "\\u" + ControlCharacters.hex(0xDC00 + (offset & 0x3FF), digits: 4)
                } else {
                    result += "\\u" + ControlCharacters.hex(scalar.value, digits: 4)
                }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
