/// A strict, non-validating XML pull tokenizer, enough for the parts of a SpreadsheetML
/// workbook: elements, attributes, text, CDATA sections, the five predefined entities and
/// character references. Comments and processing instructions are skipped.
///
/// Document type and entity declarations are refused outright, so no entity is ever
/// expanded (no "billion laughs"); nesting is bounded; errors carry line and column.
/// An empty-element tag (`<c/>`) yields a start token followed by an end token.
///
/// ```swift
/// var scanner = XMLScanner(bytes: bytes, part: "xl/workbook.xml")
/// while let token = try scanner.next() { … }
/// ```
public struct XMLScanner: Sendable {
    /// One step of the document.
    public enum Token: Hashable, Sendable {
        /// A start tag, with its attributes in document order.
        case start(name: String, attributes: [XMLAttribute])
        /// An end tag (also produced after an empty-element tag).
        case end(name: String)
        /// Character data inside the root element, entities replaced; a run of text may
        /// arrive as several tokens (around CDATA sections and comments).
        case text(String)
    }

    let bytes: [UInt8]
    let part: String
    private let maximumDepth: Int
    var position = 0
    private var openElements: [String] = []
    private var pendingEnd: String?
    private var hasRoot = false

    /// Creates a scanner over a whole XML document.
    /// - Parameters:
    ///   - bytes: the document, UTF-8 encoded.
    ///   - part: the name used in error messages (the archive entry).
    ///   - maximumDepth: the deepest nesting of elements allowed.
    public init(bytes: [UInt8], part: String, maximumDepth: Int = 64) {
        self.bytes = bytes
        self.part = part
        self.maximumDepth = maximumDepth
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next token, or nil at the end of a well-formed document.
    /// - Throws: ``SpreadsheetError/malformedXML(part:line:column:reason:)`` at the first
    ///   malformation or refused construct.
    /// - Complexity: amortised O(n) over the whole document.
    public mutating func next() throws(SpreadsheetError) -> Token? {
        if let name = pendingEnd {
            pendingEnd = nil
            openElements.removeLast()
            return .end(name: name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
                if openElements.isEmpty {
                    guard bytes[start..<position].allSatisfy(Self.isSpace) else {
                        throw failure("tekst buiten het hoofdelement", at: start)
                    }
                    continue
                }
                return .text(try decodedText(start..<position))
            }
            if matches("<?") {
                try skip(past: "?>", what: "verwerkingsinstructie")
            } else if matches("<!--") {
                try skip(past: "-->", what: "commentaar")
            } else if matches("<![CDATA[") {
                guard !openElements.isEmpty else { throw failure("CDATA buiten het hoofdelement", at: position) }
                let start = position + 9
                try skip(past: "]]>", what: "CDATA-sectie")
                return .text(try validated(start..<position - 3))
            } else if matches("<!") {
                let refused = matches("<!DOCTYPE") || matches("<!ENTITY")
                throw failure(refused ? "DOCTYPE- en ENTITY-declaraties worden geweigerd (geen entiteiten uitgebreid)"
                                      : "onbekende declaratie '<!'", at: position)
            } else if matches("</") {
                return try endTag()
            } else {
                return try startTag()
            }
        }
        if let open = openElements.last { throw failure("element <\(open)> is niet gesloten", at: position) }
        guard hasRoot else { throw failure("het document heeft geen hoofdelement", at: position) }
        return nil
    }

    private mutating func startTag() throws(SpreadsheetError) -> Token {
        let tagStart = position
        position += 1
        guard !(hasRoot && openElements.isEmpty) else { throw failure("een tweede hoofdelement", at: tagStart) }
        let name = try readName()
        var attributes: [XMLAttribute] = []
        var seenNames: Set<String> = []
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw failure("de tag <\(name)> houdt niet op", at: tagStart) }
            if bytes[position] == UInt8(ascii: ">") || matches("/>") { break }
            guard hadSpace else { throw failure("spatie verwacht tussen attributen", at: position) }
            let attributeName = try readName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw failure("'=' verwacht na attribuut \(attributeName)", at: position)
            }
            position += 1
            skipSpace()
            let value = try readQuotedValue()
            // A set once there are many, so a tag of a million attributes is not quadratic.
            let isRepeated = attributes.count < 16
                ? attributes.contains { $0.name == attributeName } : !seenNames.insert(attributeName).inserted
            guard !isRepeated else { throw failure("attribuut \(attributeName) komt twee keer voor", at: position) }
            if attributes.count == 15 { seenNames = Set(attributes.map(\.name) + [attributeName]) }
            attributes.append(XMLAttribute(name: attributeName, value: value))
        }
        guard openElements.count < maximumDepth else {
            throw failure("de elementen zijn dieper genest dan \(maximumDepth) niveaus", at: tagStart)
        }
        hasRoot = true
        openElements.append(name)
        if bytes[position] == UInt8(ascii: "/") {
            position += 2
            pendingEnd = name
        } else {
            position += 1
        }
        return .start(name: name, attributes: attributes)
    }

    private mutating func endTag() throws(SpreadsheetError) -> Token {
        let tagStart = position
        position += 2
        let name = try readName()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw failure("'>' verwacht na </\(name)", at: position)
        }
        position += 1
        guard let open = openElements.last, open == name else {
            let expected = openElements.last.map { "</\($0)>" } ?? "geen sluittag"
            throw failure("</\(name)> waar \(expected) verwacht werd", at: tagStart)
        }
        openElements.removeLast()
        return .end(name: name)
    }
}
