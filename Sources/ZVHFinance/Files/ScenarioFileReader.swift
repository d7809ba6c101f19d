//// The kinds of change a scenario file names (`soort` of `wijzigingen[…]`).
enum ScenarioChangeKindName: String, CaseIterable {
    case indexatie
    case fte
    case regelWijzigen = "regel-wijzigen"
    case regelToevoegen = "regel-toevoegen"
    case regelVerwijderen = "regel-verwijderen"
    case batenVervallen = "baten-vervallen"
    case verrekeningVerwijderen = "verrekening-verwijderen"
    case sleutel
    case ingroei
    case gemeenteUittreden = "gemeente-uittreden"
    case gemeenteToetreden = "gemeente-toetreden"
}

// Reads a scenario file (`Budgets/<organisatie>/scenarios/*.json`), with the same
/// strictness and messages as budget files.
///
/// ```json
/// { "naam": "POK vervalt", "omschrijving": "…", "organisatie": "midden-limburg",
///   "verdeelsleutels": [ … ],
///   "wijzigingen": [ { "soort": "baten-vervallen", "baten-soort": "pok" } ] }
/// ```
public enum ScenarioFileReader {
    /// The change kinds (`soort`) a scenario may use.
    public static let changeKinds = ScenarioChangeKindName.allCases.map(\.rawValue)

    /// Reads a scenario from the bytes of a file.
    /// - Throws: ``BudgetFileError`` with the file, place and problem.
    public static func read(_ bytes: [UInt8], file: String) throws(BudgetFileError) -> Scenario {
        let json = try JSONParser.document(bytes, file: file)
        let top = try ObjectReader(json, path: "", file: file)
        try top.requireKnownKeys(["$schema", "naam", "omschrijving", "organisatie", "verdeelsleutels", "wijzigingen"])
        var keys: [DistributionKey] = []
        for element in try top.array("verdeelsleutels") ?? [] {
            keys.append(try KeyReader.read(element, file: file))
        }
        var changes: [ScenarioChange] = []
        for element in try top.requiredArray("wijzigingen") {
            changes.append(try change(ObjectReader(element.value, path: element.path, file: file), file: file))
        }
        var scenario = Scenario(
            name: try top.requiredString("naam"), description: try top.string("omschrijving"), organisation: try top.string("organisatie"),
            changes: changes, keys: keys, file: file)
        scenario.organisationOrigin = top.origin(of: "organisatie")
        return scenario
    }

    static func change(_ object: ObjectReader, file: String) throws(BudgetFileError) -> ScenarioChange {
        guard let kind = try object.choice("soort", from: ScenarioChangeKindName.allCases.map { ($0.rawValue, $0) }) else {
            throw .missingKey(file: file, key: "soort", at: object.origin)
        }
        func amount(_ key: String) throws(BudgetFileError) -> Money {
            guard let value = try object.money(key) else { throw .missingKey(file: file, key: key, at: object.origin) }
            return value
        }
        func year() throws(BudgetFileError) -> Int? { try object.integer("vanaf", in: Period.acceptedYears) }
        let origin = object.origin
        switch kind {
        case .indexatie:
            try object.requireKnownKeys(["soort"] + IndexationKind.allCases.map(\.rawValue))
            var indexation = Indexation()
            for kind in IndexationKind.allCases {
                if let value = try object.quantity(kind.rawValue) {
                    guard ProjectionParameters.indexationRange.contains(value) else {
                        throw .invalidValue(file: file, at: object.origin(of: kind.rawValue), message: "een indexatie ligt tussen -50% en 100%, niet \(value.dutch())%")
                    }
                    indexation[kind] = value
                }
            }
            return ScenarioChange(.indexation(indexation), origin: origin)
        case .fte:
            try object.requireKnownKeys(["soort", "functie", "fte", "thema", "tarief"])
            guard let delta = try object.quantity("fte") else { throw .missingKey(file: file, key: "fte", at: origin) }
            return ScenarioChange(.fte(function: try object.requiredString("functie"), delta: delta, theme: try object.string("thema"), rate: try object.money("tarief")), origin: origin)
        case .regelWijzigen:
            try object.requireKnownKeys(["soort", "regel", "bedrag"])
            return ScenarioChange(.changeLine(name: try object.requiredString("regel"), amount: try amount("bedrag")), origin: origin)
        case .regelToevoegen:
            try object.requireKnownKeys(["soort", "naam", "zijde", "regelsoort", "bedrag", "groep", "thema"])
            let side = try object.choice("zijde", from: [("lasten", BudgetSide.costs), ("baten", .income)]) ?? .costs
            let kinds = side == .costs ? LineKind.costKinds : LineKind.incomeKinds.filter { $0 != .municipalContribution }
            let lineKind = try object.choice("regelsoort", from: kinds.map { ($0.rawValue, $0) })
            return ScenarioChange(
                .addLine(name: try object.requiredString("naam"), side: side, kind: lineKind, amount: try amount("bedrag"), group: try object.string("groep"), theme: try object.string("thema")),
                origin: origin)
        case .regelVerwijderen:
            try object.requireKnownKeys(["soort", "regel"])
            return ScenarioChange(.removeLine(name: try object.requiredString("regel")), origin: origin)
        case .batenVervallen:
            try object.requireKnownKeys(["soort", "baten-soort"])
            let kinds = LineKind.incomeKinds.filter { $0 != .municipalContribution }
            guard let lineKind = try object.choice("baten-soort", from: kinds.map { ($0.rawValue, $0) }) else {
                throw .missingKey(file: file, key: "baten-soort", at: origin)
            }
            return ScenarioChange(.endIncome(lineKind), origin: origin)
        case .verrekeningVerwijderen:
            try object.requireKnownKeys(["soort", "component"])
            return ScenarioChange(.removeSettlementComponent(name: try object.requiredString("component")), origin: origin)
        case .sleutel:
            try object.requireKnownKeys(["soort", "sleutel", "voor", "ook-verrekening"])
            let includesSettlement = try object.bool("ook-verrekening") ?? false
            let target = try object.string("voor")
            return ScenarioChange(.key(name: try object.requiredString("sleutel"), target: KeyTarget(fileValue: target), includesSettlement: includesSettlement), origin: origin)
        case .ingroei:
            try object.requireKnownKeys(["soort", "sleutel", "jaren", "plafond", "voor"])
            guard let years = try object.integer("jaren", in: PhaseIn.yearRange) else { throw .missingKey(file: file, key: "jaren", at: origin) }
            return ScenarioChange(
                .phasedKey(name: try object.requiredString("sleutel"), years: years, cap: try KeyReader.cap(object.object("plafond"), file: file), target: KeyTarget(fileValue: try object.string("voor"))),
                origin: origin)
        case .gemeenteUittreden:
            try object.requireKnownKeys(["soort", "gemeente", "vanaf", "uittreedsom"])
            var rule: ExitCompensationRule?
            if let terms = try object.object("uittreedsom") { rule = try exitCompensation(terms, file: file) }
            return ScenarioChange(.memberLeaves(name: try object.requiredString("gemeente"), fromYear: try year(), exitCompensation: rule), origin: origin)
        case .gemeenteToetreden:
            try object.requireKnownKeys(["soort", "gemeente", "gewichten", "vanaf", "toetreedsom"])
            let member = try object.requiredObject("gemeente")
            try member.requireKnownKeys(["naam", "inwoners"])
            var inhabitants: Inhabitants?
            if let count = try member.integer("inwoners", in: 0...100_000_000) {
                inhabitants = Inhabitants(count: Int64(count), origin: member.origin(of: "inwoners"))
            }
            var weights: [String: Quantity] = [:]
            for entry in try KeyReader.readEntries(object.object("gewichten"), file: file) { weights[entry.municipality] = entry.value }
            return ScenarioChange(
                .memberJoins(Municipality(name: try member.requiredString("naam"), inhabitants: inhabitants, origin: member.origin), weights: weights, fromYear: try year(),
                    entrySum: try object.object("toetreedsom").map { terms throws(BudgetFileError) in try entrySum(terms, file: file) }),
                origin: origin)
        }
    }
}
