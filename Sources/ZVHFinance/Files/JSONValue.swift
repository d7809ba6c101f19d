/// A JSON document as read from a file, each value with the place it starts at.
///
/// Numbers keep their literal text so amounts are read exactly, and objects keep
/// their members in file order so messages and output follow the file.
public struct JSONValue: Sendable, Equatable {
    /// The kinds of JSON value.
    public enum Kind: Sendable, Equatable {
        case object([Member])
        case array([JSONValue])
        case string(String)
        /// A number as written (`1402290`, `-13.5`).
        case number(Substring)
        case bool(Bool)
        case null
    }

    /// A member of an object: its key, where the key stands, and its value.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: JSONValue
    }

    /// What the value is.
    public var kind: Kind
    /// Where the value starts in the file.
    public var location: SourceLocation

    /// The Dutch name of the value's JSON type, for messages ("een getal", "tekst").
    public var dutchTypeName: String {
        switch kind {
        case .object: "een object"
        case .array: "een lijst"
        case .string: "tekst"
        case .number: "een getal"
        case .bool: "waar/onwaar"
        case .null: "null"
        }
    }
}
