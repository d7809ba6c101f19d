/// Reads one JSON object of a budget file: typed access to its members, the field
/// path for messages, and a check that no unknown key slipped in.
struct ObjectReader {
    /// An element of a list member, with its place (`lasten[3]`, built as text only when read).
    struct Element {
        let value: JSONValue
        let origin: FieldLocation
        var path: String { origin.path }
    }

    let file: String
    /// The object's path and where it starts.
    let origin: FieldLocation
    /// The object's field path, put together once: the parent of its members' places.
    let path: String
    let value: JSONValue
    let members: JSONValue.Members
    /// Which keys the object may have (``JSONDocument/keySignature(ofObject:)``): a
    /// look-up of a key it certainly lacks returns at once.
    let keySignature: UInt64

    init(_ value: JSONValue, path: String, file: String) throws(BudgetFileError) {
        try self.init(value, origin: FieldLocation(path: path, location: value.location), file: file)
    }

    init(_ element: Element, file: String) throws(BudgetFileError) {
        try self.init(element.value, origin: element.origin, file: file)
    }

    private init(_ value: JSONValue, origin: FieldLocation, file: String) throws(BudgetFileError) {
        guard case .object(let members) = value.kind else {
            let path = origin.path
            throw .wrongType(file: file, at: FieldLocation(path: path.isEmpty ? "(het hele bestand)" : path, location: value.location), expected: "een object ({…})", found: value.dutchTypeName)
        }
        // The path is put together once here: the object's own place is kept in the
        // model (a line's origin, read for every line by the analysis), its members'
        // places only as this path and their key.
        let path = origin.path
        self.file = file
        self.origin = FieldLocation(path: path, location: origin.location)
        self.path = path
        self.value = value
        self.members = members
        self.keySignature = value.document.keySignature(ofObject: value.index)
    }

    func childPath(_ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    func member(_ key: String) -> JSONValue.Member? {
        guard JSONDocument.mayHold(key, signature: keySignature) else { return nil }
        return value.member(named: key)
    }

    func origin(of key: String) -> FieldLocation {
        FieldLocation(parent: path, member: key, location: member(key)?.value.location ?? value.location)
    }

    /// Refuses any key not in `allowed`, suggesting the closest allowed key; a plain key
    /// is compared only with the allowed keys of its signature bit.
    func requireKnownKeys(_ allowed: KnownKeys) throws(BudgetFileError) {
        let document = value.document
        for member in members {
            if allowed.isPlain, let bit = document.signatureBitIndex(ofKey: member.keyIndex) {
                if allowed.byBit[bit].contains(where: { document.plainKey(at: member.keyIndex, is: allowed.keys[$0]) }) { continue }
            } else if document.key(at: member.keyIndex, isOneOf: allowed.keys) {
                continue
            }
            try requireKnownKeys(allowed.keys)
        }
    }

    /// Refuses any key not in `allowed`, suggesting the closest allowed key.
    func requireKnownKeys(_ allowed: [String]) throws(BudgetFileError) {
        for member in members where !value.document.key(at: member.keyIndex, isOneOf: allowed) {
            throw .unknownKey(
                file: file, key: member.key, at: FieldLocation(path: path, location: member.keyLocation),
                suggestion: Spelling.closest(to: member.key, among: allowed))
        }
    }

    func required(_ key: String) throws(BudgetFileError) -> JSONValue {
        guard let member = member(key) else {
            throw .missingKey(file: file, key: key, at: origin)
        }
        return member.value
    }

    func string(_ key: String) throws(BudgetFileError) -> String? {
        guard let member = member(key) else { return nil }
        return try stringValue(member.value, path: childPath(key))
    }

    func requiredString(_ key: String) throws(BudgetFileError) -> String {
        try stringValue(try required(key), path: childPath(key))
    }

    /// The text of a string value; `path` is built only for a message.
    func stringValue(_ value: JSONValue, path: @autoclosure () -> String) throws(BudgetFileError) -> String {
        guard case .string(let text) = value.kind else {
            throw .wrongType(file: file, at: FieldLocation(path: path(), location: value.location), expected: "tekst (tussen aanhalingstekens)", found: value.dutchTypeName)
        }
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            throw .invalidValue(file: file, at: FieldLocation(path: path(), location: value.location), message: "mag niet leeg zijn")
        }
        return trimmed
    }

    func integer(_ key: String, in range: ClosedRange<Int>) throws(BudgetFileError) -> Int? {
        guard let member = member(key) else { return nil }
        let quantity = try quantityValue(member.value, path: childPath(key))
        var at: FieldLocation { origin(of: key) }
        guard quantity.isWhole else { throw .invalidValue(file: file, at: at, message: "moet een geheel getal zijn, niet \(quantity.dutch())") }
        let whole = quantity.millionths / Quantity.unit
        guard whole >= Int64(range.lowerBound), whole <= Int64(range.upperBound) else {
            throw .invalidValue(file: file, at: at, message: "moet tussen \(range.lowerBound) en \(range.upperBound) liggen, niet \(quantity.dutch())")
        }
        return Int(whole)
    }

    func bool(_ key: String) throws(BudgetFileError) -> Bool? {
        guard let member = member(key) else { return nil }
        guard case .bool(let value) = member.value.kind else {
            throw .wrongType(file: file, at: origin(of: key), expected: "true of false", found: member.value.dutchTypeName)
        }
        return value
    }

    func money(_ key: String) throws(BudgetFileError) -> Money? {
        guard let member = member(key) else { return nil }
        return try moneyValue(member.value, path: childPath(key))
    }

    /// The amount of a number value; `path` is built only for a message.
    func moneyValue(_ value: JSONValue, path: @autoclosure () -> String) throws(BudgetFileError) -> Money {
        // A plain number (digits, a point, digits) is read from the file's bytes at once.
        if let bytes = value.numberBytes, case .value(let cents)? = DecimalText.scaledPlainNumber(bytes, scale: 2, limit: Money.largestReadable.cents) {
            return Money(cents: cents)
        }
        var at: FieldLocation { FieldLocation(path: path(), location: value.location) }
        switch value.kind {
        case .number(let text):
            switch Money.parse(jsonNumber: text) {
            case .success(let money): return money
            case .failure(.tooManyDecimals):
                throw .invalidValue(file: file, at: at, message: "het bedrag \(text) heeft meer decimalen dan centen (hoogstens 2)")
            case .failure(.tooLarge):
                throw .invalidValue(file: file, at: at, message: "het bedrag \(text) is te groot (hoogstens \(Money.largestReadable.dutch()))")
            case .failure(.notANumber):
                throw .invalidValue(file: file, at: at, message: "\(text) is geen geldig bedrag")
            }
        case .string(let text):
            throw .wrongType(file: file, at: at, expected: "een getal", found: "tekst (\"\(text.prefix(40))\")" + AmountText.hint(for: text))
        default:
            throw .wrongType(file: file, at: at, expected: "een bedrag (een getal)", found: value.dutchTypeName)
        }
    }

    func quantity(_ key: String) throws(BudgetFileError) -> Quantity? {
        guard let member = member(key) else { return nil }
        return try quantityValue(member.value, path: childPath(key))
    }

    /// The quantity of a number value; `path` is built only for a message.
    func quantityValue(_ value: JSONValue, path: @autoclosure () -> String) throws(BudgetFileError) -> Quantity {
        // A plain number (digits, a point, digits) is read from the file's bytes at once.
        if let bytes = value.numberBytes,
            case .value(let millionths)? = DecimalText.scaledPlainNumber(bytes, scale: Quantity.scale, limit: Quantity.largestReadable.millionths)
        {
            return Quantity(millionths: millionths)
        }
        var at: FieldLocation { FieldLocation(path: path(), location: value.location) }
        switch value.kind {
        case .number(let text):
            switch Quantity.parse(jsonNumber: text) {
            case .success(let quantity): return quantity
            case .failure(.tooManyDecimals(let allowed)):
                throw .invalidValue(file: file, at: at, message: "het getal \(text) heeft meer dan \(allowed) decimalen")
            case .failure(.tooLarge):
                throw .invalidValue(file: file, at: at, message: "het getal \(text) is te groot")
            case .failure(.notANumber):
                throw .invalidValue(file: file, at: at, message: "\(text) is geen geldig getal")
            }
        case .string(let text):
            throw .wrongType(file: file, at: at, expected: "een getal", found: "tekst (\"\(text.prefix(40))\")" + AmountText.hint(for: text))
        default:
            throw .wrongType(file: file, at: at, expected: "een getal", found: value.dutchTypeName)
        }
    }

    func object(_ key: String) throws(BudgetFileError) -> ObjectReader? {
        guard let member = member(key) else { return nil }
        return try ObjectReader(member.value, origin: FieldLocation(parent: path, member: key, location: member.value.location), file: file)
    }

    func requiredObject(_ key: String) throws(BudgetFileError) -> ObjectReader {
        let value = try required(key)
        return try ObjectReader(value, origin: FieldLocation(parent: path, member: key, location: value.location), file: file)
    }

    /// The elements of an array member with their places (`key[0]`, `key[1]` …).
    func array(_ key: String) throws(BudgetFileError) -> [Element]? {
        guard let member = member(key) else { return nil }
        guard case .array(let elements) = member.value.kind else {
            throw .wrongType(file: file, at: origin(of: key), expected: "een lijst ([…])", found: member.value.dutchTypeName)
        }
        let listPath = childPath(key)
        return elements.enumerated().map { Element(value: $0.element, origin: FieldLocation(parent: listPath, element: $0.offset, location: $0.element.location)) }
    }

    func requiredArray(_ key: String) throws(BudgetFileError) -> [Element] {
        _ = try required(key)
        return try array(key) ?? []
    }

    func stringArray(_ key: String) throws(BudgetFileError) -> [String]? {
        guard let elements = try array(key) else { return nil }
        var strings: [String] = []
        for element in elements { strings.append(try stringValue(element.value, path: element.path)) }
        return strings
    }

    /// A value chosen from a fixed list of Dutch words, with a suggestion on a typo.
    func choice<Choice>(_ key: String, from choices: [(String, Choice)]) throws(BudgetFileError) -> Choice? {
        // A plain ASCII word (nearly every value) is compared in the file's bytes; any
        // other value is decoded, trimmed and checked as a text first.
        if let member = member(key), let index = value.document.plainWord(at: member.keyIndex + 1),
            let match = choices.first(where: { value.document.text(at: index, equals: $0.0) })
        {
            return match.1
        }
        guard let text = try string(key) else { return nil }
        if let match = choices.first(where: { $0.0 == text }) { return match.1 }
        let names = choices.map(\.0)
        let suggestion = Spelling.hint(for: text, among: names)
        throw .invalidValue(
            file: file, at: origin(of: key),
            message: "onbekende waarde \"\(text)\"\(suggestion) (mogelijk: \(names.joined(separator: ", ")))")
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        // Nearly every text starts and ends with an ASCII character that is no space.
        func isPlainASCII(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
        }
        if isPlainASCII(utf8.first), isPlainASCII(utf8.last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// Explains why an amount written as text is refused.
enum AmountText {
    static func hint(for text: String) -> String {
        let hasDigit = text.contains { $0.isNumber }
        guard hasDigit else { return "" }
        if text.contains(".") && text.contains(",") || text.filter({ $0 == "." }).count > 1 {
            return "; schrijf bedragen als getal zonder aanhalingstekens en zonder scheidingstekens voor duizendtallen: \"1.402.290\" wordt 1402290"
        }
        if text.contains(".") || text.contains(",") {
            return "; een tekst als \"\(text)\" is dubbelzinnig (duizendtallen of decimalen?): schrijf het bedrag als getal met een decimale punt, bv. 1402290 of 12.50"
        }
        return "; laat de aanhalingstekens weg"
    }
}

extension JSONParser {
    /// Parses the bytes of a JSON file (a budget, a scenario, booking rules); a syntax
    /// error becomes a ``BudgetFileError`` naming the file and the place.
    /// - Complexity: O(n) in the size of the file.
    static func document(_ bytes: [UInt8], file: String) throws(BudgetFileError) -> JSONValue {
        do {
            return try parse(bytes)
        } catch {
            throw .malformedJSON(file: file, location: error.location, message: error.message)
        }
    }
}
