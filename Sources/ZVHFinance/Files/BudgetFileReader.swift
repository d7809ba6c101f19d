/// Turns the JSON of a budget file into a ``Budget``, refusing anything it does not
/// understand with a message that names the file, the place and the problem.
///
/// The format is documented in the README and by `Budgets/budget.schema.json`.
public enum BudgetFileReader {
    /// The keys allowed at the top of a budget file (the JSON Schema lists the same).
    static let topLevelKeys = [
        "$schema", "soort", "titel", "organisatie", "periode", "bron", "eenheid", "gemeenten", "kolommen",
        "lasten", "baten", "verdeelsleutels", "bijdragen", "verrekening", "vermeld", "opmerkingen", "tarieven",
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
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(file: file, location: error.location, message: error.message)
        }
        var reader = try DocumentReader(json: json, file: file)
        return try reader.read()
    }
}

/// The state of reading one document: the columns and members, needed to check the
/// references of later parts.
private struct DocumentReader {
    let top: ObjectReader
    let file: String
    var columns: [Column] = []
    var members: [Municipality] = []
    var rates: [Rate] = []
    var fileSum: UInt64 = 0

    init(json: JSONValue, file: String) throws(BudgetFileError) {
        self.top = try ObjectReader(json, path: "", file: file)
        self.file = file
    }

    mutating func read() throws(BudgetFileError) -> Budget {
        try top.requireKnownKeys(BudgetFileReader.topLevelKeys)
        let kind = try top.choice("soort", from: [("begroting", Budget.Kind.begroting), ("jaarrekening", .jaarrekening)])
        guard let kind else { throw .missingKey(file: file, key: "soort", at: top.origin) }
        let period = try readPeriod(try top.requiredObject("periode"))
        let organisation = try readOrganisation()
        let source = try readSource(try top.requiredObject("bron"))
        let unit = try top.choice("eenheid", from: [("euro", RoundingUnit.euro), ("cent", .cent)]) ?? .euro
        columns = try readColumns(period: period)
        rates = try readRates()
        let costs = try readItems(top.requiredArray("lasten"), side: .costs, depth: 0)
        let income = try readItems(top.requiredArray("baten"), side: .income, depth: 0)
        try checkThemeReferences(costs: costs, income: income)
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
        return Budget(
            file: file, kind: kind, title: try top.string("titel") ?? defaultTitle, organisation: organisation,
            period: period, source: source, publicationUnit: unit, columns: columns, costs: costs, income: income,
            keys: keys, contributionRule: rule, settlement: settlement, stated: stated, notes: notes, rates: rates)
    }

    // MARK: Header

    func readPeriod(_ object: ObjectReader) throws(BudgetFileError) -> Period {
        try object.requireKnownKeys(["jaar", "eerste-maand", "maanden"])
        guard let year = try object.integer("jaar", in: 1900...2200) else {
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
        var seen: [String: FieldLocation] = [:]
        for element in try top.requiredArray("gemeenten") {
            let member = try ObjectReader(element.value, path: element.path, file: file)
            try member.requireKnownKeys(["naam", "inwoners"])
            let memberName = try member.requiredString("naam")
            if let earlier = seen[memberName] {
                throw .invalidValue(file: file, at: member.origin(of: "naam"), message: "gemeente \"\(memberName)\" staat twee keer in de lijst (ook op regel \(earlier.location.line))")
            }
            seen[memberName] = member.origin(of: "naam")
            var inhabitants: Inhabitants?
            if let count = try member.object("inwoners") {
                try count.requireKnownKeys(["aantal", "peildatum", "bron"])
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
        return Organisation(identifier: code, name: name, members: members)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
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
            let object = try ObjectReader(element.value, path: element.path, file: file)
            try object.requireKnownKeys(["naam", "kop", "soort", "maanden", "van", "ten-opzichte-van"])
            let name = try object.requiredString("naam")
            if result.contains(where: { $0.name == name }) {
                throw .invalidValue(file: file, at: object.origin(of: "naam"), message: "de kolom \"\(name)\" is al gedefinieerd")
            }
            guard let kindName = try object.choice("soort", from: kinds) else {
                throw .missingKey(file: file, key: "soort", at: object.origin)
            }
            let kind: Column.Kind
            switch kindName {
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
            if kindName != .verschil {
                for key in ["van", "ten-opzichte-van"] where object.member(key) != nil {
                    throw .invalidValue(file: file, at: object.origin(of: key), message: "\"\(key)\" hoort alleen bij een kolom van soort \"verschil\"")
                }
            }
            let months = try object.integer("maanden", in: 1...12) ?? period.months
            result.append(Column(name: name, heading: try object.string("kop"), kind: kind, months: months, origin: object.origin))
        }
        guard !result.isEmpty else {
            throw .invalidValue(file: file, at: top.origin(of: "kolommen"), message: "er is geen enkele kolom gedefinieerd")
        }
        return result
    }

    // MARK: Lines

    mutating func readItems(_ elements: [(value: JSONValue, path: String)], side: BudgetSide, depth: Int) throws(BudgetFileError) -> [BudgetItem] {
        var items: [BudgetItem] = []
        for element in elements {
            let object = try ObjectReader(element.value, path: element.path, file: file)
            if object.member("groep") != nil {
                try object.requireKnownKeys(["groep", "regels", "vermeld", "toelichting", "thema"])
                var theme: Theme?
                if let themeObject = try object.object("thema") {
                    guard side == .costs, depth == 0 else {
                        throw .invalidValue(file: file, at: themeObject.origin, message: "een thema (kostenplaats) is een groep op het hoogste niveau van de lasten")
                    }
                    theme = try readTheme(themeObject)
                }
                let children = try readItems(try object.requiredArray("regels"), side: side, depth: depth + 1)
                let stated = try readAmounts(object.object("vermeld"), allowDerived: true)
                items.append(.group(BudgetGroup(name: try object.requiredString("groep"), items: children, stated: stated, origin: object.origin, theme: theme)))
            } else {
                guard object.member("naam") != nil else {
                    throw .invalidValue(file: file, at: object.origin, message: "een regel heeft een \"naam\", een groep een \"groep\"; hier staat geen van beide")
                }
                items.append(.line(try readLine(object, side: side)))
            }
        }
        return items
    }

    mutating func readLine(_ object: ObjectReader, side: BudgetSide) throws(BudgetFileError) -> BudgetLine {
        try object.requireKnownKeys(["naam", "soort", "gemeente", "bedragen", "vermeld", "toelichting", "fte", "functie", "thema"])
        let name = try object.requiredString("naam")
        let allowed = side == .costs ? LineKind.costKinds : LineKind.incomeKinds
        let kind = try object.choice("soort", from: allowed.map { ($0.rawValue, $0) })
        let municipality = try object.string("gemeente")
        if let municipality {
            guard kind == .municipalContribution else {
                throw .invalidValue(file: file, at: object.origin(of: "gemeente"), message: "alleen een regel van soort \"gemeentelijke-bijdrage\" hoort bij een gemeente")
            }
            guard members.contains(where: { $0.name == municipality }) else {
                let hint = Spelling.hint(for: municipality, among: members.map(\.name))
                throw .invalidValue(file: file, at: object.origin(of: "gemeente"), message: "\"\(municipality)\" staat niet bij 'gemeenten'\(hint)")
            }
        } else if kind == .municipalContribution {
            throw .missingKey(file: file, key: "gemeente", at: object.origin)
        }
        let capacity = try readCapacity(object, side: side)
        var amounts = try readAmounts(capacity == nil ? try object.requiredObject("bedragen") : nil, allowDerived: false)
        if let capacity {
            if object.member("bedragen") != nil {
                throw .invalidValue(file: file, at: object.origin(of: "bedragen"), message: "een capaciteitsregel (fte × tarief) heeft geen 'bedragen'; het bedrag wordt berekend")
            }
            let amount = capacity.amount
            try count(amount, at: object.origin(of: "fte"))
            for column in columns where column.kind == .budgeted {
                amounts[column.name] = StatedAmount(amount, origin: object.origin(of: "fte"))
            }
        }
        var theme: String?
        if let name = try object.string("thema") {
            guard side == .income else {
                throw .invalidValue(file: file, at: object.origin(of: "thema"), message: "een kostenregel hoort bij een thema door in de groep van het thema te staan; 'thema' is voor baten")
            }
            theme = name
        }
        let stated = try readAmounts(object.object("vermeld"), allowDerived: true)
        for (column, printed) in stated where amounts[column] != nil {
            throw .invalidValue(file: file, at: printed.origin, message: "kolom \"\(column)\" staat al onder 'bedragen'; 'vermeld' is voor berekende kolommen zoals een verschil")
        }
        if kind == .reserveAddition, amounts.values.contains(where: { $0.amount > .zero }) {
            throw .invalidValue(file: file, at: object.origin(of: "bedragen"), message: "een toevoeging aan een reserve vermindert de baten: schrijf het bedrag negatief (zoals -/- 97.800 als -97800)")
        }
        if kind == .reserveWithdrawal, amounts.values.contains(where: { $0.amount.isNegative }) {
            throw .invalidValue(file: file, at: object.origin(of: "bedragen"), message: "een onttrekking aan een reserve verhoogt de baten: schrijf het bedrag positief")
        }
        return BudgetLine(
            name: name, kind: kind, municipality: municipality, amounts: amounts.mapValues(\.amount),
            stated: stated, origin: object.origin, amountOrigins: amounts.mapValues(\.origin), capacity: capacity, theme: theme)
    }

    /// A capacity line's FTE and function, priced at the function's rate.
    func readCapacity(_ object: ObjectReader, side: BudgetSide) throws(BudgetFileError) -> Capacity? {
        let fte = try object.quantity("fte")
        let function = try object.string("functie")
        guard fte != nil || function != nil else { return nil }
        guard let fte else { throw .missingKey(file: file, key: "fte", at: object.origin) }
        guard let function else { throw .missingKey(file: file, key: "functie", at: object.origin) }
        guard side == .costs else {
            throw .invalidValue(file: file, at: object.origin(of: "fte"), message: "fte × tarief is alleen voor lasten")
        }
        guard !fte.isNegative, fte <= Quantity(10_000) else {
            throw .invalidValue(file: file, at: object.origin(of: "fte"), message: "het aantal fte moet tussen 0 en 10.000 liggen, niet \(fte.dutch())")
        }
        guard let rate = rates.first(where: { $0.function == function }) else {
            let hint = Spelling.hint(for: function, among: rates.map(\.function))
            throw .invalidValue(file: file, at: object.origin(of: "functie"), message: "voor de functie \"\(function)\" staat geen tarief bij 'tarieven'\(hint)")
        }
        return Capacity(fte: fte, function: function, rate: rate.amount)
    }

    /// The cost rates per function (`tarieven`).
    mutating func readRates() throws(BudgetFileError) -> [Rate] {
        var result: [Rate] = []
        for element in try top.array("tarieven") ?? [] {
            let object = try ObjectReader(element.value, path: element.path, file: file)
            try object.requireKnownKeys(["functie", "bedrag", "bron", "aanname"])
            let function = try object.requiredString("functie")
            if result.contains(where: { $0.function == function }) {
                throw .invalidValue(file: file, at: object.origin(of: "functie"), message: "voor de functie \"\(function)\" staat al een tarief")
            }
            guard let amount = try object.money("bedrag") else { throw .missingKey(file: file, key: "bedrag", at: object.origin) }
            guard !amount.isNegative else {
                throw .invalidValue(file: file, at: object.origin(of: "bedrag"), message: "een tarief kan niet negatief zijn")
            }
            let isAssumption = try object.bool("aanname") ?? false
            let source = try object.string("bron")
            if source == nil && !isAssumption {
                throw .invalidValue(file: file, at: object.origin, message: "een tarief noemt zijn 'bron', of is gemarkeerd als aanname (\"aanname\": true)")
            }
            result.append(Rate(function: function, amount: amount, source: source, isAssumption: isAssumption, origin: object.origin))
        }
        return result
    }

    /// A theme's key and participants.
    func readTheme(_ object: ObjectReader) throws(BudgetFileError) -> Theme {
        try object.requireKnownKeys(["sleutel", "deelnemers", "zonder"])
        let key = try object.requiredString("sleutel")
        let only = try object.stringArray("deelnemers")
        let except = try object.stringArray("zonder")
        if only != nil, except != nil {
            throw .invalidValue(file: file, at: object.origin, message: "geef 'deelnemers' of 'zonder', niet allebei")
        }
        for (field, names) in [("deelnemers", only ?? []), ("zonder", except ?? [])] {
            for name in names where !members.contains(where: { $0.name == name }) {
                let hint = Spelling.hint(for: name, among: members.map(\.name))
                throw .invalidValue(file: file, at: object.origin(of: field), message: "\"\(name)\" staat niet bij 'gemeenten'\(hint)")
            }
        }
        let participation: Theme.Participation = only.map { .only($0) } ?? except.map { .except($0) } ?? .all
        if case .only(let names) = participation, names.isEmpty {
            throw .invalidValue(file: file, at: object.origin(of: "deelnemers"), message: "een thema zonder deelnemers kan niemand laten betalen")
        }
        return Theme(keyName: key, participation: participation, origin: object.origin)
    }

    /// Every baten line that names a theme must name a theme group of the lasten.
    func checkThemeReferences(costs: [BudgetItem], income: [BudgetItem]) throws(BudgetFileError) {
        let themes = costs.compactMap { item -> String? in
            if case .group(let group) = item, group.theme != nil { return group.name }
            return nil
        }
        for line in income.flatMap(\.lines) {
            guard let theme = line.theme, !themes.contains(theme) else { continue }
            let hint = Spelling.hint(for: theme, among: themes)
            throw .invalidValue(file: file, at: line.origin, message: "het thema \"\(theme)\" bestaat niet (een thema is een groep in de lasten met 'thema')\(hint)")
        }
    }

    /// Reads `{kolom: bedrag}`; derived columns only where printed figures are kept.
    mutating func readAmounts(_ object: ObjectReader?, allowDerived: Bool) throws(BudgetFileError) -> ByColumn<StatedAmount> {
        guard let object else { return ByColumn() }
        var amounts = ByColumn<StatedAmount>()
        for member in object.members {
            let at = FieldLocation(path: object.path, location: member.keyLocation)
            guard let column = columns.first(where: { $0.name == member.key }) else {
                throw .unknownKey(file: file, key: member.key, at: at, suggestion: Spelling.closest(to: member.key, among: columns.map(\.name)))
            }
            if column.isDerived && !allowDerived {
                throw .invalidValue(file: file, at: at, message: "kolom \"\(column.name)\" wordt berekend; een gepubliceerd bedrag hoort onder 'vermeld'")
            }
            let amount = try object.moneyValue(member.value, path: object.childPath(member.key))
            try count(amount, at: FieldLocation(path: object.childPath(member.key), location: member.value.location))
            amounts[member.key] = StatedAmount(amount, origin: FieldLocation(path: object.childPath(member.key), location: member.value.location))
        }
        return amounts
    }

    /// Keeps the sum of every amount's magnitude within ``Money/largestFileSum`` so that
    /// no total computed from the file can overflow.
    mutating func count(_ amount: Money, at: FieldLocation) throws(BudgetFileError) {
        fileSum += amount.cents.magnitude
        if fileSum > UInt64(Money.largestFileSum.cents) {
            throw .invalidValue(file: file, at: at, message: "de bedragen in dit bestand zijn samen groter dan \(Money.largestFileSum.dutch()); dat kan geen begroting zijn")
        }
    }

    // MARK: Keys, contributions, settlement

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
        try object.requireKnownKeys(["sleutel", "kolom", "afronding"])
        let column: String
        if let name = try object.string("kolom") {
            guard let found = columns.first(where: { $0.name == name }), !found.isDerived else {
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
        return ContributionRule(keyName: try object.string("sleutel"), column: column, unit: rounding, origin: object.origin)
    }

    mutating func readSettlement() throws(BudgetFileError) -> Settlement? {
        guard let object = try top.object("verrekening") else { return nil }
        try object.requireKnownKeys(["betreft-jaar", "omschrijving", "componenten"])
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
        let year = try object.integer("betreft-jaar", in: 1900...2200)
        return Settlement(settledYear: year, description: try object.string("omschrijving") ?? year.map { "Verrekening \($0)" } ?? "Verrekening", components: components, origin: object.origin)
    }

    // MARK: Stated figures

    mutating func readStated() throws(BudgetFileError) -> StatedFigures {
        var stated = StatedFigures()
        guard let object = try top.object("vermeld") else { return stated }
        try object.requireKnownKeys(["totaal-lasten", "totaal-baten", "resultaat", "totalen", "bijdragen", "verrekening"])
        stated.totalCosts = try readAmounts(object.object("totaal-lasten"), allowDerived: true)
        stated.totalIncome = try readAmounts(object.object("totaal-baten"), allowDerived: true)
        stated.result = try readAmounts(object.object("resultaat"), allowDerived: true)
        for element in try object.array("totalen") ?? [] {
            let total = try ObjectReader(element.value, path: element.path, file: file)
            try total.requireKnownKeys(["naam", "soorten", "regels", "bedragen", "verrekening", "definitief"])
            var kinds: [LineKind] = []
            for (index, kindName) in (try total.stringArray("soorten") ?? []).enumerated() {
                guard let kind = LineKind(rawValue: kindName), LineKind.incomeKinds.contains(kind) else {
                    let hint = Spelling.hint(for: kindName, among: LineKind.incomeKinds.map(\.rawValue))
                    throw .invalidValue(file: file, at: FieldLocation(path: total.childPath("soorten") + "[\(index)]", location: total.origin(of: "soorten").location), message: "onbekende soort baten \"\(kindName)\"\(hint)")
                }
                kinds.append(kind)
            }
            let lineNames = try total.stringArray("regels") ?? []
            guard !kinds.isEmpty || !lineNames.isEmpty else {
                throw .invalidValue(file: file, at: total.origin, message: "een vermeld totaal noemt de 'soorten' of 'regels' die het omvat")
            }
            var amounts = try readAmounts(total.requiredObject("bedragen"), allowDerived: true)
            for extra in ["verrekening", "definitief"] {
                if let amount = try total.money(extra) {
                    amounts[extra] = StatedAmount(amount, origin: total.origin(of: extra))
                }
            }
            stated.totals.append(StatedTotal(name: try total.requiredString("naam"), kinds: kinds, lineNames: lineNames, amounts: amounts, origin: total.origin))
        }
        if let contributions = try object.object("bijdragen") {
            for member in contributions.members {
                let entry = try ObjectReader(member.value, path: contributions.childPath(member.key), file: file)
                try entry.requireKnownKeys(["bijdrage", "verrekening", "definitief"])
                guard members.contains(where: { $0.name == member.key }) else {
                    throw .unknownKey(file: file, key: member.key, at: FieldLocation(path: contributions.path, location: member.keyLocation), suggestion: Spelling.closest(to: member.key, among: members.map(\.name)))
                }
                func printed(_ key: String) throws(BudgetFileError) -> StatedAmount? {
                    try entry.money(key).map { StatedAmount($0, origin: entry.origin(of: key)) }
                }
                stated.contributions.append(
                    StatedContribution(municipality: member.key, contribution: try printed("bijdrage"), settlement: try printed("verrekening"), final: try printed("definitief"), origin: entry.origin))
            }
        }
        if let settlement = try object.object("verrekening") {
            try settlement.requireKnownKeys(["kolom", "totaal", "regels"])
            guard let total = try settlement.money("totaal") else { throw .missingKey(file: file, key: "totaal", at: settlement.origin) }
            var perLine: [NamedStatedAmount] = []
            if let lines = try settlement.object("regels") {
                for member in lines.members {
                    let amount = try lines.moneyValue(member.value, path: lines.childPath(member.key))
                    perLine.append(NamedStatedAmount(name: member.key, amount: StatedAmount(amount, origin: FieldLocation(path: lines.childPath(member.key), location: member.value.location))))
                }
            }
            let column = try settlement.string("kolom")
            if let column, !columns.contains(where: { $0.name == column }) {
                throw .invalidValue(file: file, at: settlement.origin(of: "kolom"), message: "de kolom \"\(column)\" bestaat niet")
            }
            stated.settlement = StatedSettlement(column: column, total: StatedAmount(total, origin: settlement.origin(of: "totaal")), perLine: perLine, origin: settlement.origin)
        }
        return stated
    }
}

/// The kinds of column a file names (`soort` of `kolommen[…]`).
enum ColumnKindName: String, CaseIterable {
    case begroot, werkelijk, verwacht, verschil
}

/// The kinds of key a file names (`soort` of `verdeelsleutels[…]`).
enum KeyKindName: String, CaseIterable {
    case gewichten, percentages, inwoners, zaken
    case vastBedragPlusInwoners = "vast-bedrag-plus-inwoners"
    case mix

    /// The member of the key object that lists its entries, if any.
    var entriesKey: String? {
        switch self {
        case .gewichten, .percentages, .inwoners, .zaken: rawValue
        case .vastBedragPlusInwoners: "inwoners"
        case .mix: nil
        }
    }
}

/// Reads a distribution key (`verdeelsleutels[…]`); shared by budget and scenario files.
enum KeyReader {

    static func read(_ element: (value: JSONValue, path: String), file: String) throws(BudgetFileError) -> DistributionKey {
        let object = try ObjectReader(element.value, path: element.path, file: file)
        try object.requireKnownKeys(["naam", "omschrijving", "bron", "soort", "gewichten", "percentages", "inwoners", "zaken", "vast-bedrag", "delen"])
        let name = try object.requiredString("naam")
        guard let kindName = try object.choice("soort", from: KeyKindName.allCases.map { ($0.rawValue, $0) }) else {
            throw .missingKey(file: file, key: "soort", at: object.origin)
        }
        let entriesKey = kindName.entriesKey
        for other in ["gewichten", "percentages", "inwoners", "zaken"] where other != entriesKey && object.member(other) != nil {
            throw .invalidValue(file: file, at: object.origin(of: other), message: "\"\(other)\" past niet bij een sleutel van soort \"\(kindName.rawValue)\"" + (entriesKey.map { " (verwacht: \"\($0)\")" } ?? ""))
        }
        if let entriesKey, entriesKey != "inwoners", object.member(entriesKey) == nil {
            throw .missingKey(file: file, key: entriesKey, at: object.origin)
        }
        let entries = try entriesKey.map { key throws(BudgetFileError) in try readEntries(object.object(key), file: file) } ?? []
        if kindName != .vastBedragPlusInwoners, object.member("vast-bedrag") != nil {
            throw .invalidValue(file: file, at: object.origin(of: "vast-bedrag"), message: "\"vast-bedrag\" hoort alleen bij soort \"vast-bedrag-plus-inwoners\"")
        }
        if kindName != .mix, object.member("delen") != nil {
            throw .invalidValue(file: file, at: object.origin(of: "delen"), message: "\"delen\" hoort alleen bij soort \"mix\"")
        }
        let kind: DistributionKey.Kind
        switch kindName {
        case .gewichten: kind = .weights(entries)
        case .percentages: kind = .percentages(entries)
        case .inwoners: kind = .inhabitants(entries)
        case .zaken: kind = .cases(entries)
        case .mix:
            var parts: [MixPart] = []
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
            kind = .mix(parts)
        case .vastBedragPlusInwoners:
            guard let fixed = try object.money("vast-bedrag") else {
                throw .missingKey(file: file, key: "vast-bedrag", at: object.origin)
            }
            guard !fixed.isNegative else {
                throw .invalidValue(file: file, at: object.origin(of: "vast-bedrag"), message: "het vaste bedrag per gemeente kan niet negatief zijn")
            }
            kind = .fixedAmountPlusInhabitants(fixedAmount: fixed, inhabitants: entries)
        }
        return DistributionKey(name: name, description: try object.string("omschrijving"), source: try object.string("bron"), kind: kind, origin: object.origin)
    }

    static func readEntries(_ object: ObjectReader?, file: String) throws(BudgetFileError) -> [KeyEntry] {
        guard let object else { return [] }
        var entries: [KeyEntry] = []
        for member in object.members {
            let path = object.childPath(member.key)
            let value = try object.quantityValue(member.value, path: path)
            let at = FieldLocation(path: path, location: member.value.location)
            if value.isNegative {
                throw .invalidValue(file: file, at: at, message: "een gewicht kan niet negatief zijn (\(value.dutch()))")
            }
            entries.append(KeyEntry(municipality: member.key, value: value, origin: at))
        }
        return entries
    }
}
