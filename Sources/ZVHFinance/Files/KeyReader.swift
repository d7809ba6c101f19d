/// Reads a distribution key (`verdeelsleutels[…]`); shared by budget and scenario files.
enum KeyReader {

    static func read(_ element: (value: JSONValue, path: String), file: String) throws(BudgetFileError) -> DistributionKey {
        let object = try ObjectReader(element.value, path: element.path, file: file)
        try object.requireKnownKeys(["naam", "omschrijving", "bron", "soort", "gewichten", "percentages", "inwoners", "zaken", "vast-bedrag", "delen"] + phaseInKeys)
        let name = try object.requiredString("naam")
        guard let kindName = try object.choice("soort", from: KeyKindName.allCases.map { ($0.rawValue, $0) }) else {
            throw .missingKey(file: file, key: "soort", at: object.origin)
        }
        let entriesKey = kindName.entriesKey
        for other in ["gewichten", "percentages", "inwoners", "zaken"] where other != entriesKey && object.member(other) != nil {
            throw .invalidValue(file: file, at: object.origin(of: other), message: "\"\(other)\" past niet bij een sleutel van soort \"\(kindName.rawValue)\"" + (entriesKey.map { " (verwacht: \"\($0)\")" } ?? ""))
        }
        if let entriesKey, !kindName.weighsByInhabitants, object.member(entriesKey) == nil {
            throw .missingKey(file: file, key: entriesKey, at: object.origin)
        }
        let entries = try entriesKey.map { key throws(BudgetFileError) in try readEntries(object.object(key), file: file) } ?? []
        if kindName != .vastBedragPlusInwoners, object.member("vast-bedrag") != nil {
            throw .invalidValue(file: file, at: object.origin(of: "vast-bedrag"), message: "\"vast-bedrag\" hoort alleen bij soort \"vast-bedrag-plus-inwoners\"")
        }
        if kindName != .ingroei, let other = phaseInKeys.first(where: { object.member($0) != nil }) {
            throw .invalidValue(file: file, at: object.origin(of: other), message: "\"\(other)\" hoort alleen bij soort \"ingroei\"")
        }
        if kindName != .mix, object.member("delen") != nil {
            throw .invalidValue(file: file, at: object.origin(of: "delen"), message: "\"delen\" hoort alleen bij soort \"mix\"")
        }
        var parts: [MixPart] = []
        if kindName == .mix {
            for part in try object.requiredArray("delen") {
                let partObject = try ObjectReader(part.value, path: part.path, file: file)
                try partObject.requireKnownKeys(["aandeel", "sleutel"])
                guard let percentage = try partObject.quantity("aandeel") else { throw .missingKey(file: file, key: "aandeel", at: partObject.origin) }
                guard !percentage.isNegative else {
                    throw .invalidValue(file: file, at: partObject.origin(of: "aandeel"), message: "een aandeel kan niet negatief zijn")
                }
                parts.append(MixPart(percentage: percentage, keyName: try partObject.requiredString("sleutel")))
            }
            guard !parts.isEmpty else { throw .invalidValue(file: file, at: object.origin(of: "delen"), message: "een mix heeft minstens één deel") }
        }
        var terms: PhaseIn?
        if kindName == .ingroei { terms = try phaseIn(object, file: file) }
        var fixed = Money.zero
        if kindName == .vastBedragPlusInwoners {
            guard let amount = try object.money("vast-bedrag") else {
                throw .missingKey(file: file, key: "vast-bedrag", at: object.origin)
            }
            guard !amount.isNegative else {
                throw .invalidValue(file: file, at: object.origin(of: "vast-bedrag"), message: "het vaste bedrag per gemeente kan niet negatief zijn")
            }
            fixed = amount
        }
        guard let kind = DistributionKey.Kind(kindName, entries: entries, fixedAmount: fixed, parts: parts, phaseIn: terms) else {
            throw .missingKey(file: file, key: "van", at: object.origin)   // not reached: a phased key's terms are read above
        }
        return DistributionKey(name: name, description: try object.string("omschrijving"), source: try object.string("bron"), kind: kind, origin: object.origin)
    }

    static func readEntries(_ object: ObjectReader?, file: String) throws(BudgetFileError) -> [KeyEntry] {
        guard let object else { return [] }
        var entries: [KeyEntry] = []
        var seen: Set<String> = []
        for member in object.members {
            let path = object.childPath(member.key)
            let value = try object.quantityValue(member.value, path: path)
            let at = FieldLocation(path: path, location: member.value.location)
            if value.isNegative {
                throw .invalidValue(file: file, at: at, message: "een gewicht kan niet negatief zijn (\(value.dutch()))")
            }
            // A member's name is compared as the list of 'gemeenten' spells it: trimmed
            // (Swift compares strings after Unicode normalisation).
            let name = member.key.trimmingSpaces
            guard seen.insert(name).inserted else {
                throw .invalidValue(file: file, at: FieldLocation(path: object.path, location: member.keyLocation), message: "gemeente \"\(name)\" staat twee keer in deze verdeelsleutel")
            }
            entries.append(KeyEntry(municipality: name, value: value, origin: at))
        }
        return entries
    }
}
