/// Builds an XML document as UTF-8 text, escaping text and attribute values; elements are
/// closed in the order they were opened.
///
/// Characters XML 1.0 cannot carry (control characters other than tab, line feed and
/// carriage return, and U+FFFE/U+FFFF) are written as U+FFFD.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.open("row", ["r": "1"])
/// xml.element("v", text: "12.5")
/// xml.close()
/// ```
public struct XMLWriter: Sendable {
    /// The document so far.
    public private(set) var text: String
    private var openElements: [String] = []

    /// Starts a document with the standalone UTF-8 XML declaration.
    public init() {
        text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    }

    /// The document as UTF-8 bytes.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// Opens an element.
    /// - Parameters:
    ///   - name: the element's qualified name.
    ///   - attributes: the attributes, written in this order.
    /// - Complexity: O(n) in the length of the attributes.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        startTag(name, attributes)
        text += ">"
        openElements.append(name)
    }

    /// Writes an empty element (`<name …/>`).
    /// - Complexity: O(n) in the length of the attributes.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        startTag(name, attributes)
        text += "/>"
    }

    /// Writes an element that holds only text.
    /// - Complexity: O(n) in the length of the text and attributes.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String) {
        open(name, attributes)
        write(content)
        close()
    }

    /// Writes escaped character data into the open element.
    /// - Complexity: O(n) in the length of the text.
    public mutating func write(_ content: String) {
        Self.escape(content, into: &text, isAttribute: false)
    }

    /// Closes the element opened last; does nothing when none is open.
    public mutating func close() {
        guard let name = openElements.popLast() else { return }
        text += "</" + name + ">"
    }

    private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text += "<" + name
        for (attribute, value) in attributes {
            text += " " + attribute + "=\""
            Self.escape(value, into: &text, isAttribute: true)
            text += "\""
        }
    }

    /// Appends `content` escaped for text or for a double-quoted attribute value.
    /// - Complexity: O(n) in the length of the content.
    public static func escape(_ content: String, into output: inout String, isAttribute: Bool) {
        for scalar in content.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where isAttribute: output += "&quot;"
            case "\r": output += "&#13;"
            case "\t" where isAttribute: output += "&#9;"
            case "\n" where isAttribute: output += "&#10;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
