/// Reading the rules of the resultaatbestemming (`resultaatbestemming`): each a
/// component of the result and the reserve of the file it goes to; and the adopted
/// resultaatbestemming (`vastgestelde-resultaatbestemming`).
extension DocumentReader {
    /// The codes a rule may name: the components ``SettlementDerivation`` derives.
    static var appropriationComponents: [String] {
        ["lasten", "begrotingssaldo"] + LineKind.incomeKinds.map(\.rawValue)
    }

    func readAppropriationRules() throws(BudgetFileError) -> [AppropriationRule] {
        var rules: [AppropriationRule] = []
        for element in try top.array("resultaatbestemming") ?? [] {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["component", "reserve", "toelichting"])
            let component = try object.requiredString("component")
            guard Self.appropriationComponents.contains(component) else {
                let names = Self.appropriationComponents
                throw .invalidValue(file: file, at: object.origin(of: "component"), message: "onbekende component \"\(component)\"\(Spelling.hint(for: component, among: names)) (mogelijk: \(names.joined(separator: ", ")))")
            }
            let reserve = try object.requiredString("reserve")
            guard reserves.contains(where: { $0.name == reserve }) else {
                throw .invalidValue(file: file, at: object.origin(of: "reserve"), message: "de reserve \"\(reserve)\" staat niet bij 'reserves'\(Spelling.hint(for: reserve, among: reserves.map(\.name)))")
            }
            if rules.contains(where: { $0.component == component }) {
                throw .invalidValue(file: file, at: object.origin(of: "component"), message: "voor component \"\(component)\" staat al een regel")
            }
            rules.append(AppropriationRule(component: component, reserve: reserve, explanation: try object.string("toelichting"), origin: object.origin))
        }
        return rules
    }

    /// The adopted resultaatbestemming: `datum`, `besluit` and `componenten`
    /// (`component`, `reserve`, `naar-reserve`, `toelichting`). Whether each amount fits
    /// its component's result is checked where the result is known
    /// (``SettlementDerivation``).
    mutating func readAdoptedAppropriation(kind: Budget.Kind) throws(BudgetFileError) -> AdoptedAppropriation? {
        guard let object = try top.object("vastgestelde-resultaatbestemming") else { return nil }
        guard kind == .jaarrekening else {
            throw .invalidValue(file: file, at: object.origin, message: "een vastgestelde resultaatbestemming hoort in de jaarrekening van het jaar, niet in een begroting")
        }
        try object.requireKnownKeys(["datum", "besluit", "componenten"])
        let date = try object.requiredString("datum")
        guard Self.isDate(date) else {
            throw .invalidValue(file: file, at: object.origin(of: "datum"), message: "een datum schrijft u als JJJJ-MM-DD (bv. 2022-07-07), niet \"\(date)\"")
        }
        let decision = try object.requiredString("besluit")
        guard !decision.trimmingSpaces.isEmpty else {
            throw .invalidValue(file: file, at: object.origin(of: "besluit"), message: "noem het besluit dat de bestemming vaststelt (orgaan, datum, kenmerk)")
        }
        var entries: [AdoptedAppropriation.Entry] = []
        for element in try object.requiredArray("componenten") {
            let entry = try ObjectReader(element, file: file)
            try entry.requireKnownKeys(["component", "reserve", "naar-reserve", "toelichting"])
            let component = try entry.requiredString("component")
            guard Self.appropriationComponents.contains(component) else {
                let names = Self.appropriationComponents
                throw .invalidValue(file: file, at: entry.origin(of: "component"), message: "onbekende component \"\(component)\"\(Spelling.hint(for: component, among: names)) (mogelijk: \(names.joined(separator: ", ")))")
            }
            if let earlier = entries.first(where: { $0.component == component }) {
                throw .invalidValue(file: file, at: entry.origin(of: "component"), message: "voor component \"\(component)\" is al een bestemming vastgesteld (regel \(FieldLocation.lineText(earlier.origin)))")
            }
            let reserve = try entry.requiredString("reserve")
            guard reserves.contains(where: { $0.name == reserve }) else {
                let listed = reserves.isEmpty ? "het bestand heeft geen 'reserves'" : "die staat niet bij 'reserves'"
                throw .invalidValue(file: file, at: entry.origin(of: "reserve"), message: "de reserve \"\(reserve)\" bestaat niet: \(listed)\(Spelling.hint(for: reserve, among: reserves.map(\.name)))")
            }
            guard let amount = try entry.money("naar-reserve") else { throw .missingKey(file: file, key: "naar-reserve", at: entry.origin) }
            try count(amount, at: entry.origin(of: "naar-reserve"))
            entries.append(AdoptedAppropriation.Entry(
                component: component, reserve: reserve, toReserve: amount, explanation: try entry.string("toelichting"), origin: entry.origin))
        }
        return AdoptedAppropriation(date: date, decision: decision, entries: entries, origin: object.origin)
    }
}
