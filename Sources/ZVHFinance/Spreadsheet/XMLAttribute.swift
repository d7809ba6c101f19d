/// An attribute of an XML start tag, its value with entities replaced.
public struct XMLAttribute: Hashable, Sendable {
    /// The qualified name as written (`r`, `xml:space`, `r:id`).
    public var name: String
    /// The value.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// The name without its namespace prefix (`id` for `r:id`).
    public var localName: Substring {
        name.split(separator: ":", maxSplits: 1).last ?? Substring(name)
    }
}

extension [XMLAttribute] {
    /// The value of the attribute with this qualified name.
    public subscript(_ name: String) -> String? {
        first { $0.name == name }?.value
    }
}
