/// Reads `organisatie.json` (``OrganisationProfile``) with the budget files' JSON
/// reader, so a mistake is reported the same way: the file, line and column, and what
/// is wrong, in Dutch.
public enum OrganisationProfileReader {
    /// The file name beside the budgets.
    public static let fileName = "organisatie.json"

    static let keys = ["$schema", "toelichting", "afzender", "ondertekenaar", "iban", "betalingstermijn", "contact", "vervaldagen", "gemeenten"]

    /// Parses the file's bytes.
    /// - Throws: ``BudgetFileError`` naming the place of the mistake.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String) throws(BudgetFileError) -> OrganisationProfile {
        let root = try ObjectReader(try JSONParser.document(bytes, file: file), path: "", file: file)
        try root.requireKnownKeys(keys)
        let sender = try root.requiredObject("afzender")
        try sender.requireKnownKeys(["naam", "adres"])
        let signatory = try root.requiredObject("ondertekenaar")
        try signatory.requireKnownKeys(["naam", "functie"])
        let iban = try root.requiredString("iban")
        guard isIBAN(iban) else {
            throw .invalidValue(file: file, at: root.origin(of: "iban"), message: "'\(iban.prefix(40))' is geen geldig IBAN (landcode, controlegetal en rekening; het controlegetal klopt niet of het formaat is onjuist)")
        }
        let dueDays = try lines(root, "vervaldagen").enumerated().map { index, text throws(BudgetFileError) in
            guard let day = dueDay(text) else {
                throw BudgetFileError.invalidValue(file: file, at: root.origin(of: "vervaldagen"), message: "vervaldag \(index + 1) '\(text.prefix(20))' is geen dag van het jaar; schrijf dag-maand, zoals 01-05 voor 1 mei")
            }
            return day
        }
        guard (1...12).contains(dueDays.count) else {
            throw .invalidValue(file: file, at: root.origin(of: "vervaldagen"), message: "geef 1 tot en met 12 vervaldagen (één per termijn), niet \(dueDays.count)")
        }
        return OrganisationProfile(
            sender: try sender.requiredString("naam"), address: try lines(sender, "adres"),
            signatory: try signatory.requiredString("naam"), function: try signatory.requiredString("functie"),
            iban: iban, paymentTermDays: try root.integer("betalingstermijn", in: 1...365) ?? 30,
            contact: try lines(root, "contact"), dueDays: dueDays,
            addressees: try addressees(root), remark: try root.string("toelichting"))
    }

    /// A required array of text lines (at most 12, each non-empty).
    static func lines(_ object: ObjectReader, _ key: String) throws(BudgetFileError) -> [String] {
        let value = try object.required(key)
        guard case .array(let items) = value.kind else {
            throw .wrongType(file: object.file, at: object.origin(of: key), expected: "een lijst van regels ([\"…\", \"…\"])", found: value.dutchTypeName)
        }
        guard (1...12).contains(items.count) else {
            throw .invalidValue(file: object.file, at: object.origin(of: key), message: "geef 1 tot en met 12 regels, niet \(items.count)")
        }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            let text = try object.stringValue(item, path: object.childPath(key) + "[\(index)]")
            guard text.count <= 200 else {
                throw .invalidValue(file: object.file, at: FieldLocation(path: object.childPath(key) + "[\(index)]", location: item.location), message: "een regel van hoogstens 200 tekens, niet \(text.count)")
            }
            result.append(text)
        }
        return result
    }

    static func addressees(_ root: ObjectReader) throws(BudgetFileError) -> [OrganisationProfile.Addressee] {
        guard let member = root.member("gemeenten") else { return [] }
        guard case .array(let items) = member.value.kind else {
            throw .wrongType(file: root.file, at: root.origin(of: "gemeenten"), expected: "een lijst van gemeenten", found: member.value.dutchTypeName)
        }
        var result: [OrganisationProfile.Addressee] = []
        for (index, item) in items.prefix(1_000).enumerated() {
            let entry = try ObjectReader(item, path: "gemeenten[\(index)]", file: root.file)
            try entry.requireKnownKeys(["naam", "aan", "aanhef"])
            let name = try entry.requiredString("naam")
            if result.contains(where: { $0.municipality.lowercased() == name.lowercased() }) {
                throw .invalidValue(file: root.file, at: entry.origin(of: "naam"), message: "de gemeente '\(name)' staat twee keer in de lijst")
            }
            result.append(.init(municipality: name, lines: try lines(entry, "aan"), salutation: try entry.string("aanhef")))
        }
        return result
    }

    /// `dd-mm` as a day of the year (29 February refused: it is not every year's).
    static func dueDay(_ text: String) -> OrganisationProfile.DueDay? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), BookingDate(year: 2001, month: month, day: day) != nil else { return nil }
        return .init(day: day, month: month)
    }

    /// Whether the text is an IBAN with a correct check number (ISO 13616, mod 97),
    /// spaces allowed.
    static func isIBAN(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }.uppercased()
        guard (15...34).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              compact.prefix(2).allSatisfy(\.isLetter), compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber) else { return false }
        var remainder = 0
        for character in compact.dropFirst(4) + compact.prefix(4) {
            let value = character.isNumber ? Int(String(character))! : Int(character.asciiValue! - 55)
            remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
        }
        return remainder == 1
    }
}
