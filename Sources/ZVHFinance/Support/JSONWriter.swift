/// Writes JSON text as it goes, in the one layout of every JSON report (two spaces per
/// level, one member or element per line), so that a report with many parts can write
/// one part at a time into its stream instead of holding the whole document as values.
///
/// The text is kept as UTF-8 bytes and leaves the writer as bytes (``takeUTF8()``,
/// ``flush(into:)`` into a ``UTF8OutputStream``) or, where a `String` is asked for,
/// as one (``take()``), so that writing a value appends bytes instead of growing a
/// string piece by piece.
///
/// What it writes holds nothing ``ControlCharacters`` would escape for a terminal: every
/// string from data goes through ``JSONOutput/quoted(_:)`` (checked once, as it is
/// written), keys written in the code are plain ASCII, and numbers are plain ASCII
/// (anything else is written as a string). Its text goes to standard output unchecked
/// (``ReportFormat/escapesItsText``).
///
/// ```swift
/// var writer = JSONWriter()
/// writer.openObject()
/// writer.writeKey("perioden")
/// writer.openArray()
/// for period in periods { writer.startElement(); period.writeJSON(options, to: &writer); writer.flush(into: &output) }
/// writer.close(object: false)   // the array
/// writer.close(object: true)    // the object
/// writer.finish(into: &output)
/// ```
public struct JSONWriter: JSONSink {
    /// The text written since the last flush, as UTF-8.
    private var bytes: [UInt8] = []
    /// Per open object or array, innermost last: whether it has a member or element yet.
    private var hasElements: [Bool] = []
    /// A line break and the indentation of the current depth (two spaces per open
    /// object or array), kept as the depth changes so a new line is one copy.
    private var lineStart: [UInt8] = [UInt8(ascii: "\n")]

    /// Creates a writer at the top level.
    public init() {}

    /// Creates a writer for a value that stands `depth` levels deep in a document (its
    /// lines indented as there), to write a part on its own (on another core) and
    /// place it with ``writeRendered(_:)``.
    public init(depth: Int) {
        hasElements = Array(repeating: true, count: max(0, depth))
        lineStart += repeatElement(UInt8(ascii: " "), count: 2 * max(0, depth))
    }

    /// Writes a value rendered by a writer made with ``init(depth:)`` for this place.
    public mutating func writeRendered(_ rendered: String) {
        bytes.append(contentsOf: rendered.utf8)
    }

    /// Writes a value rendered by a writer made with ``init(depth:)`` for this place,
    /// taken out as UTF-8 (``takeUTF8()``).
    mutating func writeRendered(utf8 rendered: [UInt8]) {
        bytes.append(contentsOf: rendered)
    }

    /// The text written since the last flush, taken out.
    public mutating func take() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text written since the last flush, taken out as UTF-8: for a part placed in
    /// a larger writer or passed on as bytes, so that its text is never made a `String`.
    mutating func takeUTF8() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Makes room for `count` more bytes, for a part whose size is about known.
    mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// Starts a member of the open object; the next value written is its value.
    public mutating func writeKey(_ key: String) {
        startElement()
        writeQuoted(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts a member of the open object whose key is written in the code (plain
    /// ASCII: nothing to escape, nothing to check).
    mutating func writeKey(_ key: StaticString) {
        startElement()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an element of the open array (or a member, before ``writeKey(_:)``).
    public mutating func startElement() {
        guard let last = hasElements.indices.last else { return }
        if hasElements[last] { bytes.append(UInt8(ascii: ",")) }
        hasElements[last] = true
        bytes.append(contentsOf: lineStart)
    }

    /// Opens an object at the current place.
    public mutating func openObject() {
        bytes.append(UInt8(ascii: "{"))
        open()
    }

    /// Opens an array at the current place.
    public mutating func openArray() {
        bytes.append(UInt8(ascii: "["))
        open()
    }

    private mutating func open() {
        hasElements.append(false)
        lineStart.append(UInt8(ascii: " "))
        lineStart.append(UInt8(ascii: " "))
    }

    /// Closes the innermost open object or array.
    /// - Parameter isObject: whether it is an object (else an array).
    public mutating func close(object isObject: Bool) {
        lineStart.removeLast(2)
        if hasElements.removeLast() { bytes.append(contentsOf: lineStart) }
        bytes.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
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
        case .string(let string): writeQuoted(string)
        case .number(let number): writeNumber(number)
        case .bool(let value): writeBool(value)
        case .null: writeNull()
        }
    }

    mutating func writeString(_ text: String) { writeQuoted(text) }

    /// Writes a number given as JSON text; text that is not plain ASCII (no number a
    /// report makes) is written as a string, so nothing unchecked reaches the output.
    mutating func writeNumber(_ text: String) {
        guard text.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else {
            writeQuoted(text)
            return
        }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func writeFormattedNumber(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func writeBool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func writeNull() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes a string literal: the text as it is when nothing in it needs escaping
    /// (most labels and names), else as ``JSONOutput/quoted(_:)`` escapes it.
    /// - Complexity: O(n) in the length of the text.
    private mutating func writeQuoted(_ text: String) {
        guard JSONOutput.isPlain(text) else {
            bytes.append(contentsOf: JSONOutput.quoted(text).utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Moves what was written so far into `output`.
    public mutating func flush(into output: inout some TextOutputStream) {
        output.write(take())
    }

    /// Moves what was written so far into `output`, as bytes.
    public mutating func flush(into output: inout some UTF8OutputStream) {
        output.write(utf8: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Ends the document with a newline and moves the rest into `output`.
    public mutating func finish(into output: inout some TextOutputStream) {
        bytes.append(UInt8(ascii: "\n"))
        flush(into: &output)
    }

    /// Ends the document with a newline and moves the rest into `output`, as bytes.
    public mutating func finish(into output: inout some UTF8OutputStream) {
        bytes.append(UInt8(ascii: "\n"))
        flush(into: &output)
    }
}
