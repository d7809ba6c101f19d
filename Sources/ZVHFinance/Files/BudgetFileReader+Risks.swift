/// Reading the risks (`risicos`), the weerstandscapaciteit and the regeling
/// (`regeling`: its norm table and the dates of the cycle).
///
/// ```json
/// "risicos": [ { "naam": "Huurverhoging", "kans": 25, "gevolg": 20000, "soort": "structureel" } ],
/// "weerstandscapaciteit": [ { "naam": "Algemene reserve", "bedrag": 40000 }, { "naam": "Onvoorzien", "regel": "Onvoorzien" } ],
/// "regeling": { "naam": "…", "weerstandsnorm": [ { "klasse": "A", "vanaf": 2, "oordeel": "uitstekend" }, … ],
///               "cyclus": { "kadernota": "2021-04-15", … } }
/// ```
extension DocumentReader {
    /// The most risks or capacity components a file lists.
    static let largestRiskCount = 1_000

    func readRisks() throws(BudgetFileError) -> [Risk] {
        guard let list = try top.array("risicos") else { return [] }
        guard list.count <= Self.largestRiskCount else {
            throw .invalidValue(file: file, at: top.origin(of: "risicos"), message: "hoogstens \(Self.largestRiskCount) risico's")
        }
        var risks: [Risk] = []
        for element in list {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["naam", "kans", "gevolg", "soort", "toelichting"])
            guard let probability = try object.quantity("kans") else { throw .missingKey(file: file, key: "kans", at: object.origin) }
            guard probability >= .zero, probability <= Quantity(100) else {
                throw .invalidValue(file: file, at: object.origin(of: "kans"), message: "een kans is een percentage van 0 tot en met 100, niet \(probability.dutch())")
            }
            guard let impact = try object.money("gevolg") else { throw .missingKey(file: file, key: "gevolg", at: object.origin) }
            guard !impact.isNegative, impact <= Money.largestReadable else {
                throw .invalidValue(file: file, at: object.origin(of: "gevolg"), message: "het gevolg van een risico is een bedrag van nul of meer, niet \(impact.dutch())")
            }
            guard let nature = try object.choice("soort", from: RiskNature.allCases.map { ($0.rawValue, $0) }) else {
                throw .missingKey(file: file, key: "soort", at: object.origin)
            }
            risks.append(Risk(name: try object.requiredString("naam"), probability: probability, impact: impact, nature: nature, explanation: try object.string("toelichting"), origin: object.origin))
        }
        return risks
    }

    func readResistanceCapacity(costs: [BudgetItem], income: [BudgetItem]) throws(BudgetFileError) -> ResistanceCapacity? {
        guard let list = try top.array("weerstandscapaciteit") else { return nil }
        guard list.count <= Self.largestRiskCount else {
            throw .invalidValue(file: file, at: top.origin(of: "weerstandscapaciteit"), message: "hoogstens \(Self.largestRiskCount) onderdelen")
        }
        let lineNames = BudgetItem.lines(of: costs).map(\.name) + BudgetItem.lines(of: income).map(\.name)
        var components: [ResistanceCapacity.Component] = []
        for element in list {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["naam", "bedrag", "regel", "toelichting"])
            let source: ResistanceCapacity.Source
            switch (try object.money("bedrag"), try object.string("regel")) {
            case (let amount?, nil):
                guard !amount.isNegative else {
                    throw .invalidValue(file: file, at: object.origin(of: "bedrag"), message: "weerstandscapaciteit is nul of meer, niet \(amount.dutch())")
                }
                source = .amount(amount)
            case (nil, let line?):
                guard lineNames.contains(line) else {
                    throw .invalidValue(file: file, at: object.origin(of: "regel"), message: "de begroting heeft geen regel \"\(line)\"\(Spelling.hint(Spelling.closest(to: line, among: lineNames)))")
                }
                source = .line(line)
            case (nil, nil):
                throw .invalidValue(file: file, at: object.origin, message: "een onderdeel van de weerstandscapaciteit noemt \"bedrag\" of \"regel\" (een begrotingsregel, bv. Onvoorzien)")
            case (.some, .some):
                throw .invalidValue(file: file, at: object.origin(of: "regel"), message: "noem \"bedrag\" of \"regel\", niet allebei")
            }
            components.append(ResistanceCapacity.Component(name: try object.requiredString("naam"), source: source, origin: object.origin))
        }
        return ResistanceCapacity(components: components)
    }

    func readArrangement() throws(BudgetFileError) -> Arrangement {
        guard let object = try top.object("regeling") else { return Arrangement() }
        try object.requireKnownKeys(["naam", "weerstandsnorm", "cyclus"])
        var arrangement = Arrangement(name: try object.string("naam"))
        if let list = try object.array("weerstandsnorm") {
            arrangement.resistanceNorm = try readNorm(list, at: object.origin(of: "weerstandsnorm"), name: arrangement.name)
        }
        if let cycle = try object.object("cyclus") {
            try cycle.requireKnownKeys(CycleStep.allCases.map(\.rawValue))
            for step in CycleStep.allCases {
                guard let date = try cycle.string(step.rawValue) else { continue }
                guard ScenarioFileReader.yearAndMonth(date) != nil, date.count == 10 else {
                    throw .invalidValue(file: file, at: cycle.origin(of: step.rawValue), message: "een datum van de cyclus is JJJJ-MM-DD, niet \"\(date)\"")
                }
                arrangement.cycle.append(CycleDate(step: step, date: date, origin: cycle.origin(of: step.rawValue)))
            }
        }
        return arrangement
    }

    private func readNorm(_ list: [ObjectReader.Element], at origin: FieldLocation, name: String?) throws(BudgetFileError) -> ResistanceNorm {
        guard (1...26).contains(list.count) else { throw .invalidValue(file: file, at: origin, message: "een normtabel heeft 1 tot en met 26 klassen") }
        var classes: [ResistanceNorm.Class] = []
        for element in list {
            let object = try ObjectReader(element, file: file)
            try object.requireKnownKeys(["klasse", "vanaf", "oordeel"])
            let letter = try object.requiredString("klasse")
            guard let bound = try object.quantity("vanaf") else { throw .missingKey(file: file, key: "vanaf", at: object.origin) }
            if let previous = classes.last {
                guard bound < previous.lowerBound else {
                    throw .invalidValue(file: file, at: object.origin(of: "vanaf"), message: "de klassen staan van hoog naar laag: \(bound.dutch()) is niet lager dan \(previous.lowerBound.dutch()) van klasse \(previous.letter)")
                }
            }
            guard !bound.isNegative else { throw .invalidValue(file: file, at: object.origin(of: "vanaf"), message: "een ondergrens is nul of meer") }
            guard !classes.contains(where: { $0.letter == letter }) else {
                throw .invalidValue(file: file, at: object.origin(of: "klasse"), message: "klasse \"\(letter)\" staat twee keer in de normtabel")
            }
            classes.append(ResistanceNorm.Class(letter: letter, lowerBound: bound, judgement: try object.string("oordeel") ?? ""))
        }
        guard classes.last?.lowerBound.isZero == true else {
            throw .invalidValue(file: file, at: origin, message: "de laagste klasse begint bij 0, zodat elke ratio een klasse heeft")
        }
        return ResistanceNorm(classes: classes, source: "normtabel van de regeling" + (name.map { " (\($0))" } ?? ""))
    }
}
