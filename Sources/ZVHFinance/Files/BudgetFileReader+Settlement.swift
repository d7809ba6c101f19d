/// Reading the keys, the contribution rule and the settlement of a prior year.
extension DocumentReader {
    mutating func readKeys() throws(BudgetFileError) -> [DistributionKey] {
        var keys: [DistributionKey] = []
        for element in try top.array("verdeelsleutels") ?? [] {
            let key = try KeyReader.read(element, file: file)
            if keys.contains(where: { $0.name == key.name }) {
                throw .invalidValue(file: file, at: key.origin, message: "de verdeelsleutel \"\(key.name)\" is al gedefinieerd")
            }
            keys.append(key)
        }
        return keys
    }

    func readContributionRule(unit: RoundingUnit) throws(BudgetFileError) -> ContributionRule? {
        guard let object = try top.object("bijdragen") else { return nil }
        try object.requireKnownKeys(["sleutel", "kolom", "kolommen", "afronding", "methode"])
        let column: String
        var otherColumns: [String] = []
        if let names = try object.stringArray("kolommen") {
            if object.member("kolom") != nil {
                throw .invalidValue(file: file, at: object.origin(of: "kolommen"), message: "geef 'kolom' of 'kolommen', niet allebei")
            }
            guard let first = names.first else {
                throw .invalidValue(file: file, at: object.origin(of: "kolommen"), message: "'kolommen' noemt minstens één kolom van soort \"begroot\" (of \"na-wijziging\")")
            }
            for name in names {
                guard columns.contains(where: { $0.name == name && $0.kind == .budgeted }) else {
                    let hint = Spelling.hint(for: name, among: columns.filter { $0.kind == .budgeted }.map(\.name))
                    throw .invalidValue(file: file, at: object.origin(of: "kolommen"), message: "\"\(name)\" is geen kolom van soort \"begroot\" of \"na-wijziging\"\(hint)")
                }
                if names.filter({ $0 == name }).count > 1 {
                    throw .invalidValue(file: file, at: object.origin(of: "kolommen"), message: "de kolom \"\(name)\" staat twee keer in 'kolommen'")
                }
            }
            column = first
            otherColumns = Array(names.dropFirst())
        } else if let name = try object.string("kolom") {
            guard let found = columns.first(where: { $0.name == name }), !found.isDerived, found.kind != .amendment else {
                let hint = Spelling.hint(for: name, among: columns.map(\.name))
                throw .invalidValue(file: file, at: object.origin(of: "kolom"), message: "de kolom \"\(name)\" bestaat niet of wordt berekend\(hint)")
            }
            column = name
        } else {
            guard let first = columns.first(where: { $0.kind == .budgeted }) else {
                throw .missingKey(file: file, key: "kolom", at: object.origin)
            }
            column = first.name
        }
        let rounding = try object.choice("afronding", from: [("euro", RoundingUnit.euro), ("cent", .cent)]) ?? unit
        let method = try object.choice("methode", from: AllocationMethod.allCases.map { ($0.rawValue, $0) }) ?? .largestRemainder
        var rule = ContributionRule(keyName: try object.string("sleutel"), column: column, unit: rounding, method: method, origin: object.origin)
        rule.otherColumns = otherColumns
        return rule
    }

    mutating func readSettlement() throws(BudgetFileError) -> Settlement? {
        guard let object = try top.object("verrekening") else { return nil }
        try object.requireKnownKeys(["betreft-jaar", "omschrijving", "componenten", "naar-reserves"])
        var components: [SettlementComponent] = []
        for element in try object.requiredArray("componenten") {
            let component = try ObjectReader(element.value, path: element.path, file: file)
            try component.requireKnownKeys(["naam", "bedrag", "sleutel", "toelichting"])
            guard let amount = try component.money("bedrag") else { throw .missingKey(file: file, key: "bedrag", at: component.origin) }
            try count(amount, at: component.origin(of: "bedrag"))
            components.append(
                SettlementComponent(
                    name: try component.requiredString("naam"), amount: amount, keyName: try component.requiredString("sleutel"),
                    explanation: try component.string("toelichting"), origin: component.origin))
        }
        let year = try object.integer("betreft-jaar", in: Period.acceptedYears)
        var settlement = Settlement(settledYear: year, description: try object.string("omschrijving") ?? year.map { "Verrekening \($0)" } ?? "Verrekening", components: components, origin: object.origin)
        settlement.reserveParts = try readSettlementReserveParts(object)
        return settlement
    }

    /// The parts of the settled result that go to reserves (`naar-reserves`: `naam`,
    /// `reserve` of the file, `bedrag` (`+` = toevoeging), `toelichting`).
    mutating func readSettlementReserveParts(_ object: ObjectReader) throws(BudgetFileError) -> [SettlementReservePart] {
        var parts: [SettlementReservePart] = []
        for element in try object.array("naar-reserves") ?? [] {
            let part = try ObjectReader(element.value, path: element.path, file: file)
            try part.requireKnownKeys(["naam", "reserve", "bedrag", "toelichting"])
            let reserve = try part.requiredString("reserve")
            guard reserves.contains(where: { $0.name == reserve }) else {
                let listed = reserves.isEmpty ? "het bestand heeft geen 'reserves'" : "die staat niet bij 'reserves'"
                throw .invalidValue(file: file, at: part.origin(of: "reserve"), message: "de reserve \"\(reserve)\" bestaat niet: \(listed)\(Spelling.hint(for: reserve, among: reserves.map(\.name)))")
            }
            guard let amount = try part.money("bedrag") else { throw .missingKey(file: file, key: "bedrag", at: part.origin) }
            try count(amount, at: part.origin(of: "bedrag"))
            parts.append(SettlementReservePart(
                name: try part.requiredString("naam"), reserve: reserve, amount: amount, explanation: try part.string("toelichting"), origin: part.origin))
        }
        return parts
    }
}
