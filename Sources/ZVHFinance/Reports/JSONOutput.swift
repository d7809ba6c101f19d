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
        var text = ""
        write(to: &text, indent: 0)
        output.write(text + "\n")
    }

    private func write(to output: inout String, indent: Int) {
        let padding = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += padding + JSONOutput.quoted(member.key) + ": "
                member.value.write(to: &output, indent: indent + 1)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += closing + "}"
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += padding
                element.write(to: &output, indent: indent + 1)
                output += index < elements.count - 1 ? ",\n" : "\n"
            }
            output += closing + "]"
        case .string(let text): output += JSONOutput.quoted(text)
        case .number(let text): output += text
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        }
    }

    static func quoted(_ text: String) -> String {
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
