/// Writes JSON text as it goes, in the one layout of every JSON report (two spaces per
/// level, one member or element per line), so that a report with many parts can write
/// one part at a time into its stream instead of holding the whole document as values.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.openObject()
/// writer.writeKey("perioden")
/// writer.openArray()
/// for period in periods { writer.startElement(); writer.write(period.json(options)); writer.flush(into: &output) }
/// writer.close()   // the array
/// writer.close()   // the object
/// writer.finish(into: &output)
/// ```
public struct JSONWriter {
    /// The text written since the last flush.
    private var text = ""
    /// Per open object or array, innermost last: whether it has a member or element yet.
    private var hasElements: [Bool] = []

    /// Creates a writer at the top level.
    public init() {}

    /// Creates a writer for a value that stands `depth` levels deep in a document (its
    /// lines indented as there), to write a part on its own (on another core) and
    /// place it with ``writeRendered(_:)``.
    public init(depth: Int) {
        hasElements = Array(repeating: true, count: max(0, depth))
    }

    /// Writes a value rendered by a writer made with ``init(depth:)`` for this place.
    public mutating func writeRendered(_ rendered: String) {
        text += rendered
    }

    /// The text written since the last flush, taken out.
    public mutating func take() -> String {
        defer { text = "" }
        return text
    }

    /// Starts a member of the open object; the next value written is its value.
    public mutating func writeKey(_ key: String) {
        startElement()
        text += JSONOutput.quoted(key)
        text += ": "
    }

    /// Starts an element of the open array (or a member, before ``writeKey(_:)``).
    public mutating func startElement() {
        guard let last = hasElements.indices.last else { return }
        text += hasElements[last] ? ",\n" : "\n"
        hasElements[last] = true
        text += String(repeating: "  ", count: hasElements.count)
    }

    /// Opens an object at the current place.
    public mutating func openObject() {
        text += "{"
        hasElements.append(false)
    }

    /// Opens an array at the current place.
    public mutating func openArray() {
        text += "["
        hasElements.append(false)
    }

    /// Closes the innermost open object or array.
    /// - Parameter isObject: whether it is an object (else an array).
    public mutating func close(object isObject: Bool) {
        if hasElements.removeLast() {
            text += "\n"
            text += String(repeating: "  ", count: hasElements.count)
        }
        text += isObject ? "}" : "]"
    }

    /// Writes a whole value at the current place.
    /// - Complexity: linear in the size of the value.
    public mutating func write(_ value: JSONOutput) {
        switch value {
        case .object(let members):
            openObject()
            for member in members {
                writeKey(member.key)
                write(member.value)
            }
            close(object: true)
        case .array(let elements):
            openArray()
            for element in elements {
                startElement()
                write(element)
            }
            close(object: false)
        case .string(let string): text += JSONOutput.quoted(string)
        case .number(let number): text += number
        case .bool(let value): text += value ? "true" : "false"
        case .null: text += "null"
        }
    }

    /// Moves what was written so far into `output`.
    public mutating func flush(into output: inout some TextOutputStream) {
        output.write(text)
        text = ""
    }

    /// Ends the document with a newline and moves the rest into `output`.
    public mutating func finish(into output: inout some TextOutputStream) {
        text += "\n"
        flush(into: &output)
    }
}
