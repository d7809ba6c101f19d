/// A JSON value to write: objects keep their key order, numbers are written exactly
/// as given, so the same report always gives the same bytes.
public indirect enum JSONOutput: Hashable, Sendable {
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

    /// An amount as a JSON number in euros.
    public static func amount(_ money: Money) -> JSONOutput { .number(money.jsonNumber) }
    /// A quantity as a JSON number.
    public static func quantity(_ quantity: Quantity) -> JSONOutput { .number(quantity.jsonNumber) }
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

    static func quoted(_ text: String) -> String {
        // In UTF-8 these bytes stand only for themselves: text without them is written as it is.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
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
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
