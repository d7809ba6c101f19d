import Foundation

/// Turns the JSON of a budget file into a ``Budget``, refusing anything it does not
/// understand with a message that names the file, the place and the problem.
///
/// The format is documented in the README and by `Budgets/budget.schema.json`.
public enum BudgetFileReader {
    /// The keys allowed at the top of a budget file (the JSON Schema lists the same).
    static let topLevelKeys = [
        "$schema", "soort", "titel", "organisatie", "periode", "bron", "eenheid", "gemeenten", "kolommen",
        "lasten", "baten", "verdeelsleutels", "bijdragen", "verrekening", "vermeld", "opmerkingen", "tarieven", "reserves", "resultaatbestemming",
        "vastgestelde-resultaatbestemming",
        "risicos", "weerstandscapaciteit", "regeling",
    ]

    /// Reads a budget from the bytes of a file.
    ///
    /// - Parameters:
    ///   - bytes: the file's content (UTF-8 JSON).
    ///   - file: the file's name as it should appear in messages.
    /// - Returns: the budget, as the file describes it.
    /// - Throws: ``BudgetFileError`` for malformed JSON, unknown or missing keys,
    ///   wrong types and values the format does not allow.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String) throws(BudgetFileError) -> Budget {
        let json = try JSONParser.document(bytes, file: file)
        var reader = try DocumentReader(json: json, file: file)
        return try reader.read()
    }
}

/// The state of reading one document: the columns and members, needed to check the
/// references of later parts.
struct DocumentReader {
    let top: ObjectReader
    let file: String
    var columns: [Column] = []
    var members: [Municipality] = []
    /// The members' names, for look-ups in O(1).
    var memberNames: Set<String> = []
    var rates: [Rate] = []
    var fileSum: UInt64 = 0
    /// The year of the document, for the years of incidental lines.
    var year = 0
    /// The codes of lines and groups read so far, with where each stands.
    var codes: [String: FieldLocation] = [:]
    /// The reserves (`reserves`), read before the lines that name them.
    var reserves: [Reserve] = []

    /// The keys of a member and of its inhabitants (made once, not per member).
    static let memberKeys: KnownKeys = ["naam", "inwoners"]
    static let inhabitantsKeys: KnownKeys = ["aantal", "peildatum", "bron"]

    init(json: JSONValue, file: String) throws(BudgetFileError) {
        self.top = try ObjectReader(json, path: "", file: file)
        self.file = file
    }

    mutating func read() throws(BudgetFileError) -> Budget {
        try top.requireKnownKeys(BudgetFileReader.topLevelKeys)
        let kind = try top.choice("soort", from: [("begroting", Budget.Kind.begroting), ("jaarrekening", .jaarrekening)])
        guard let kind else { throw .missingKey(file: file, key: "soort", at: top.origin) }
        let period = try readPeriod(try top.requiredObject("periode"))
        year = period.year
        let organisation = try readOrganisation()
        let source = try readSource(try top.requiredObject("bron"))
        let unit = try top.choice("eenheid", from: [("euro", RoundingUnit.euro), ("cent", .cent)]) ?? .euro
        columns = try readColumns(period: period)
        rates = try readRates()
        reserves = try readReserves()
        let costs = try readItems(top.requiredArray("lasten"), side: .costs, depth: 0)
        let income = try readItems(top.requiredArray("baten"), side: .income, depth: 0)
        try checkThemeReferences(costs: costs, income: income)
        try checkReserveReferences(income)
        let keys = try readKeys()
        let rule = try readContributionRule(unit: unit)
        if rule == nil, let theme = costs.lazy.compactMap({ item -> BudgetGroup? in
            if case .group(let group) = item, group.theme != nil { return group }
            return nil
        }).first {
            throw .invalidValue(file: file, at: theme.theme?.origin ?? theme.origin, message: "een thema vraagt om 'bijdragen' (met de kolom en de afronding van de bijdragen)")
        }
        let settlement = try readSettlement()
        let stated = try readStated()
        let notes = try top.stringArray("opmerkingen") ?? []
        let defaultTitle = (kind == .begroting ? "Begroting " : "Jaarrekening ") + period.dutchDescription
        var budget = Budget(
            file: file, kind: kind, title: try top.string("titel") ?? defaultTitle, organisation: organisation,
            period: period, source: source, publicationUnit: unit, columns: columns, costs: costs, income: income,
            keys: keys, contributionRule: rule, settlement: settlement, stated: stated, notes: notes, rates: rates)
        budget.reserves = reserves
        budget.appropriationRules = try readAppropriationRules()
        budget.adoptedAppropriation = try readAdoptedAppropriation(kind: kind)
        budget.risks = try readRisks()
        budget.resistanceCapacity = try readResistanceCapacity(costs: costs, income: income)
        budget.arrangement = try readArrangement()
        return budget
    }

    // MARK: Header

    func readPeriod(_ object: ObjectReader) throws(BudgetFileError) -> Period {
        try object.requireKnownKeys(["jaar", "eerste-maand", "maanden"])
        guard let year = try object.integer("jaar", in: Period.acceptedYears) else {
            throw .missingKey(file: file, key: "jaar", at: object.origin)
        }
        let first = try object.integer("eerste-maand", in: 1...12) ?? 1
        let months = try object.integer("maanden", in: 1...12) ?? 12
        guard first + months - 1 <= 12 else {
            throw .invalidValue(file: file, at: object.origin, message: "de periode loopt over het einde van het jaar (eerste maand \(first), \(months) maanden)")
        }
        return Period(year: year, firstMonth: first, months: months)
    }

    mutating func readOrganisation() throws(BudgetFileError) -> Organisation {
        let object = try top.requiredObject("organisatie")
        try object.requireKnownKeys(["code", "naam"])
        let code = try object.requiredString("code")
        guard code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw .invalidValue(file: file, at: object.origin(of: "code"), message: "een code bevat alleen kleine letters (a-z), cijfers en '-' (bv. \"midden-limburg\")")
        }
        let name = try object.requiredString("naam")
        var seen: [String: (name: String, at: FieldLocation)] = [:]
        for element in try top.requiredArray("gemeenten") {
            let member = try ObjectReader(element, file: file)
            try member.requireKnownKeys(Self.memberKeys)
            let memberName = try member.requiredString("naam")
            // Names that differ only in case or in Unicode normalisation name the same
            // municipality; a file must spell each member once. An ASCII name is its
            // own normal form (Foundation's normalisation is costly per member).
            let lowercased = memberName.lowercased()
            let folded = lowercased.utf8.allSatisfy { $0 < 0x80 } ? lowercased : lowercased.precomposedStringWithCanonicalMapping
            if let earlier = seen[folded] {
                let how = earlier.name == memberName ? "staat twee keer in de lijst" : "verschilt alleen in hoofdletters of schrijfwijze van \"\(earlier.name)\""
                throw .invalidValue(file: file, at: member.origin(of: "naam"), message: "gemeente \"\(memberName)\" \(how) (regel \(earlier.at.location.line))")
            }
            seen[folded] = (memberName, member.origin(of: "naam"))
            var inhabitants: Inhabitants?
            if let count = try member.object("inwoners") {
                try count.requireKnownKeys(Self.inhabitantsKeys)
                guard let number = try count.integer("aantal", in: 0...100_000_000) else {
                    throw .missingKey(file: file, key: "aantal", at: count.origin)
                }
                let date = try count.string("peildatum")
                if let date, !Self.isDate(date) {
                    throw .invalidValue(file: file, at: count.origin(of: "peildatum"), message: "een datum schrijft u als JJJJ-MM-DD (bv. 2025-01-01), niet \"\(date)\"")
                }
                inhabitants = Inhabitants(count: Int64(number), referenceDate: date, source: try count.string("bron"), origin: count.origin(of: "aantal"))
            }
            members.append(Municipality(name: memberName, inhabitants: inhabitants, origin: member.origin))
        }
        guard !members.isEmpty else {
            throw .invalidValue(file: file, at: top.origin(of: "gemeenten"), message: "er staat geen enkele gemeente in de lijst")
        }
        memberNames = Set(members.map(\.name))
        return Organisation(identifier: code, name: name, members: members)
    }

    /// Whether the text is a date `JJJJ-MM-DD` (ASCII digits, month 1–12, day 1–31).
    static func isDate(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isDate) ?? isDate(Array(text.utf8))
    }

    /// ``isDate(_:)`` of the text's bytes.
    static func isDate(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 10 else { return false }
        // The digits as one number JJJJMMDD, without an array per date.
        var number = 0
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let month = number / 100 % 100
        let day = number % 100
        return (1...12).contains(month) && (1...31).contains(day)
    }

    func readSource(_ object: ObjectReader) throws(BudgetFileError) -> SourceReference {
        try object.requireKnownKeys(["document", "sectie"])
        return SourceReference(document: try object.requiredString("document"), section: try object.string("sectie"))
    }

    func readColumns(period: Period) throws(BudgetFileError) -> [Column] {
        var result: [Column] = []
        let kinds = ColumnKindName.allCases.map { ($0.rawValue, $0) }
        for element in try top.requiredArray("kolommen") {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["naam", "kop", "soort", "maanden", "van", "ten-opzichte-van", "wijzigingen", "tot", "begroot", "niet-toegewezen"])
            let name = try object.requiredString("naam")
            if result.contains(where: { $0.name == name }) {
                throw .invalidValue(file: file, at: object.origin(of: "naam"), message: "de kolom \"\(name)\" is al gedefinieerd")
            }
            guard let kindName = try object.choice("soort", from: kinds) else {
                throw .missingKey(file: file, key: "soort", at: object.origin)
            }
            let kind: Column.Kind
            var amendment: Column.Amendment?
            var prognosis: Column.Prognosis?
            switch kindName {
            case .prognose:
                kind = .expected
                prognosis = try readPrognosis(object, defined: result, period: period)
            case .wijziging: kind = .amendment
            case .naWijziging:
                kind = .budgeted
                amendment = try readAmendment(object, defined: result)
            case .begroot: kind = .budgeted
            case .werkelijk: kind = .actual
            case .verwacht: kind = .expected
            case .verschil:
                let compared = try object.requiredString("van")
                let base = try object.requiredString("ten-opzichte-van")
                for (key, reference) in [("van", compared), ("ten-opzichte-van", base)] {
                    guard let referenced = result.first(where: { $0.name == reference }) else {
                        let hint = Spelling.hint(for: reference, among: result.map(\.name))
                        throw .invalidValue(file: file, at: object.origin(of: key), message: "de kolom \"\(reference)\" bestaat niet (nog niet gedefinieerd vóór deze kolom)\(hint)")
                    }
                    if referenced.isDerived {
                        throw .invalidValue(file: file, at: object.origin(of: key), message: "een verschil kan alleen tussen ingelezen kolommen, niet met verschilkolom \"\(reference)\"")
                    }
                }
                kind = .difference(compared: compared, base: base)
            }
            if kindName != .naWijziging, object.member("wijzigingen") != nil {
                throw .invalidValue(file: file, at: object.origin(of: "wijzigingen"), message: "\"wijzigingen\" hoort alleen bij een kolom van soort \"na-wijziging\"")
            }
            if kindName != .werkelijk, object.member("tot") != nil {
                throw .invalidValue(file: file, at: object.origin(of: "tot"), message: "\"tot\" (de datum tot waar gerealiseerd is) hoort alleen bij een kolom van soort \"werkelijk\"")
            }
            if kindName != .prognose, object.member("begroot") != nil {
                throw .invalidValue(file: file, at: object.origin(of: "begroot"), message: "\"begroot\" hoort alleen bij een kolom van soort \"prognose\"")
            }
            if kindName != .verschil {
                for key in (kindName == .naWijziging || kindName == .prognose ? ["ten-opzichte-van"] : ["van", "ten-opzichte-van"]) where object.member(key) != nil {
                    throw .invalidValue(file: file, at: object.origin(of: key), message: "\"\(key)\" hoort alleen bij een kolom van soort \"verschil\"")
                }
            }
            let months = try object.integer("maanden", in: 1...12) ?? period.months
            var column = Column(name: name, heading: try object.string("kop"), kind: kind, months: months, origin: object.origin)
            column.amendment = amendment
            column.prognosis = prognosis
            if let through = try object.string("tot") {
                guard let date = Column.dayOfYear(through), Self.isDate(through), date.year == period.year else {
                    throw .invalidValue(file: file, at: object.origin(of: "tot"), message: "\"tot\" is een datum JJJJ-MM-DD in \(period.year) (bv. \(period.year)-11-08), niet \"\(through)\"")
                }
                column.through = through
            }
            column.unassigned = try readUnassigned(object, isActual: kindName == .werkelijk)
            result.append(column)
        }
        guard !result.isEmpty else {
            throw .invalidValue(file: file, at: top.origin(of: "kolommen"), message: "er is geen enkele kolom gedefinieerd")
        }
        return result
    }
}
