/// The controller's explanations of a tussenrapportage's variances: a JSON object
/// `{ "code": "toelichting" }` (the label for a line without code), read with the place
/// of every entry so a wrong code is named with file, line and column.
public struct InterimExplanations: Sendable {
    /// One explanation and where it stands.
    public struct Entry: Sendable {
        /// The text.
        public var text: String
        /// Where it stands in the file.
        public var origin: FieldLocation
    }

    /// The file read from (empty when none).
    public var file: String
    /// The explanations by code.
    public var entries: [String: Entry]

    /// No explanations.
    public init() {
        file = ""
        entries = [:]
    }

    /// Reads explanations from the bytes of a JSON file.
    /// - Throws: ``BudgetFileError`` for malformed JSON, a value that is not text, an
    ///   empty text or a code given twice.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String) throws(BudgetFileError) -> InterimExplanations {
        let json = try JSONParser.document(bytes, file: file)
        let object = try ObjectReader(json, path: "", file: file)
        var result = InterimExplanations()
        result.file = file
        for member in object.members {
            let at = FieldLocation(path: member.key, location: member.keyLocation)
            let text = try object.stringValue(member.value, path: member.key)
            guard result.entries[member.key] == nil else {
                throw .invalidValue(file: file, at: at, message: "de code \"\(member.key)\" heeft al een toelichting")
            }
            guard text.count <= 2_000 else {
                throw .invalidValue(file: file, at: at, message: "een toelichting is hoogstens 2.000 tekens lang")
            }
            result.entries[member.key] = Entry(text: text, origin: at)
        }
        return result
    }
}
