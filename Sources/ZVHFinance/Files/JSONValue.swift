/// A value of a scanned JSON document, with the place it starts at; what it holds is
/// decoded from the file's bytes when asked for (``kind``), not before.
///
/// Numbers keep their literal text so amounts are read exactly, and objects keep
/// their members in file order so messages and output follow the file.
public struct JSONValue: Sendable {
    /// The kinds of JSON value, with what they hold.
    public enum Kind {
        case object(Members)
        case array(Elements)
        case string(String)
        /// A number as written (`1402290`, `-13.5`).
        case number(Substring)
        case bool(Bool)
        case null
    }

    /// A member of an object: its key, where the key stands, and its value.
    public struct Member: Sendable {
        let document: JSONDocument
        /// The index of the key's token; the value is the next one.
        let keyIndex: Int

        /// The key, decoded.
        public var key: String { document.text(of: keyIndex) }
        /// Where the key stands.
        public var keyLocation: SourceLocation { document.location(of: keyIndex) }
        /// Whether the key is `key`, compared without decoding it where it is ASCII.
        public func hasKey(_ key: String) -> Bool { document.text(at: keyIndex, equals: key) }
        /// The member's value.
        public var value: JSONValue { JSONValue(document: document, index: keyIndex + 1) }
    }

    /// The members of an object, in file order.
    public struct Members: Sequence, Sendable {
        let document: JSONDocument
        let object: Int

        /// How many members the object has.
        public var count: Int { Int(document.tokens[object].count) }
        /// Whether the object has no members.
        public var isEmpty: Bool { count == 0 }

        public func makeIterator() -> Iterator { Iterator(document: document, index: object + 1, end: Int(document.tokens[object].end)) }

        public struct Iterator: IteratorProtocol {
            let document: JSONDocument
            var index: Int
            let end: Int
            public mutating func next() -> Member? {
                guard index < end else { return nil }
                defer { index = document.next(after: index + 1) }
                return Member(document: document, keyIndex: index)
            }
        }
    }

    /// The elements of an array, in file order.
    public struct Elements: Sequence, Sendable {
        let document: JSONDocument
        let array: Int

        /// How many elements the array has.
        public var count: Int { Int(document.tokens[array].count) }
        /// Whether the array has no elements.
        public var isEmpty: Bool { count == 0 }

        public func makeIterator() -> Iterator { Iterator(document: document, index: array + 1, end: Int(document.tokens[array].end)) }

        public struct Iterator: IteratorProtocol {
            let document: JSONDocument
            var index: Int
            let end: Int
            public mutating func next() -> JSONValue? {
                guard index < end else { return nil }
                defer { index = document.next(after: index) }
                return JSONValue(document: document, index: index)
            }
        }
    }

    let document: JSONDocument
    /// The index of the value's token.
    let index: Int

    /// What the value is, decoded from the bytes.
    public var kind: Kind {
        switch document.tokens[index].kind {
        case .object: .object(Members(document: document, object: index))
        case .array: .array(Elements(document: document, array: index))
        case .string, .key: .string(document.text(of: index))
        case .number: .number(document.numberText(of: index))
        case .true: .bool(true)
        case .false: .bool(false)
        case .null: .null
        }
    }

    /// Where the value starts in the file.
    public var location: SourceLocation { document.location(of: index) }

    /// Whether the value is a number, and if so its literal's bytes.
    var numberBytes: ArraySlice<UInt8>? {
        document.tokens[index].kind == .number ? document.numberBytes(of: index) : nil
    }

    /// The member `key` of an object value, if it has one.
    /// - Complexity: O(m) for m members.
    func member(named key: String) -> Member? {
        guard document.tokens[index].kind == .object else { return nil }
        return document.member(key, ofObject: index).map { Member(document: document, keyIndex: $0) }
    }

    /// The Dutch name of the value's JSON type, for messages ("een getal", "tekst").
    public var dutchTypeName: String {
        switch document.tokens[index].kind {
        case .object: "een object"
        case .array: "een lijst"
        case .string, .key: "tekst"
        case .number: "een getal"
        case .true, .false: "waar/onwaar"
        case .null: "null"
        }
    }
}
