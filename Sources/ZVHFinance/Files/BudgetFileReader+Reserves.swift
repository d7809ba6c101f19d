/// Reading the reserves (`reserves`): each with its name, kind, balance at the start of
/// the year, cap, purpose, end date and decision.
extension DocumentReader {
    mutating func readReserves() throws(BudgetFileError) -> [Reserve] {
        var result: [Reserve] = []
        for element in try top.array("reserves") ?? [] {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["naam", "soort", "stand-begin", "plafond", "doel", "einddatum", "besluit"])
            let name = try object.requiredString("naam")
            if let earlier = result.first(where: { $0.name == name }) {
                throw .invalidValue(file: file, at: object.origin(of: "naam"), message: "de reserve \"\(name)\" staat al in de lijst (regel \(FieldLocation.lineText(earlier.origin)))")
            }
            guard let kind = try object.choice("soort", from: Reserve.Kind.allCases.map { ($0.rawValue, $0) }) else {
                throw .missingKey(file: file, key: "soort", at: object.origin)
            }
            guard let opening = try object.money("stand-begin") else { throw .missingKey(file: file, key: "stand-begin", at: object.origin) }
            try count(opening, at: object.origin(of: "stand-begin"))
            guard !opening.isNegative else {
                throw .invalidValue(file: file, at: object.origin(of: "stand-begin"), message: "een reserve kan niet negatief beginnen (\(opening.dutch()))")
            }
            let cap = try object.money("plafond")
            if let cap {
                try count(cap, at: object.origin(of: "plafond"))
                guard !cap.isNegative else {
                    throw .invalidValue(file: file, at: object.origin(of: "plafond"), message: "een plafond kan niet negatief zijn (\(cap.dutch()))")
                }
            }
            let endDate = try object.string("einddatum")
            if let endDate, !Self.isDate(endDate) {
                throw .invalidValue(file: file, at: object.origin(of: "einddatum"), message: "een datum schrijft u als JJJJ-MM-DD (bv. 2024-12-31), niet \"\(endDate)\"")
            }
            result.append(Reserve(
                name: name, kind: kind, openingBalance: opening, cap: cap, purpose: try object.string("doel"), endDate: endDate,
                decision: try object.string("besluit"), origin: object.origin))
        }
        return result
    }

    /// Refuses a movement that names a reserve the file does not list.
    func checkReserveReferences(_ income: [BudgetItem]) throws(BudgetFileError) {
        let names = reserves.map(\.name)
        for line in BudgetItem.lines(of: income) {
            guard let name = line.reserve, !names.contains(name) else { continue }
            let hint = Spelling.hint(for: name, among: names)
            let listed = names.isEmpty ? "het bestand heeft geen 'reserves'" : "die staat niet bij 'reserves'"
            throw .invalidValue(file: file, at: line.origin, message: "de regel \"\(line.name)\" noemt reserve \"\(name)\", maar \(listed)\(hint)")
        }
    }
}
