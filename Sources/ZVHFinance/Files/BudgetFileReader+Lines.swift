/// Reading the lasten and baten: lines, groups, themes, capacity lines and amounts.
extension DocumentReader {
    /// The `soort` of a cost line and of an income line, by Dutch name (made once, not per line).
    static let costKindChoices = LineKind.costKinds.map { ($0.rawValue, $0) }
    static let incomeKindChoices = LineKind.incomeKinds.map { ($0.rawValue, $0) }
    /// The keys of a group and of a line (made once, not per line).
    static let groupKeys: KnownKeys = ["groep", "code", "regels", "vermeld", "toelichting", "thema"]
    static let lineKeys: KnownKeys = [
        "naam", "code", "soort", "gemeente", "bedragen", "vermeld", "toelichting", "fte", "functie", "thema", "doorgeven", "incidenteel", "reserve", "taakveld",
        "categorie",
    ]

    mutating func readItems(_ elements: [ObjectReader.Element], side: BudgetSide, depth: Int) throws(BudgetFileError) -> [BudgetItem] {
        var items: [BudgetItem] = []
        for element in elements {
            let object = try ObjectReader(element, file: file)
            if object.member("groep") != nil {
                try object.requireKnownKeys(Self.groupKeys)
                let code = try readCode(object)
                var theme: Theme?
                if let themeObject = try object.object("thema") {
                    guard side == .costs, depth == 0 else {
                        throw .invalidValue(file: file, at: themeObject.origin, message: "een thema (kostenplaats) is een groep op het hoogste niveau van de lasten")
                    }
                    theme = try readTheme(themeObject)
                }
                let children = try readItems(try object.requiredArray("regels"), side: side, depth: depth + 1)
                let stated = try readAmounts(object.object("vermeld"), allowDerived: true)
                var group = BudgetGroup(name: try object.requiredString("groep"), items: children, stated: stated, origin: object.origin, theme: theme)
                group.code = code
                items.append(.group(group))
            } else {
                guard object.member("naam") != nil else {
                    throw .invalidValue(file: file, at: object.origin, message: "een regel heeft een \"naam\", een groep een \"groep\"; hier staat geen van beide")
                }
                let line = try readLine(object, side: side)
                if depth > 0, line.kind?.isReserveMovement == true {
                    throw .invalidValue(file: file, at: object.origin(of: "soort"), message: "een reservemutatie staat op het hoogste niveau van de baten, niet in een groep: ze is geen baat maar een mutatie reserves (BBV art. 17)")
                }
                items.append(.line(line))
            }
        }
        return items
    }

    mutating func readLine(_ object: ObjectReader, side: BudgetSide) throws(BudgetFileError) -> BudgetLine {
        try object.requireKnownKeys(Self.lineKeys)
        let name = try object.requiredString("naam")
        let code = try readCode(object)
        let kind = try object.choice("soort", from: side == .costs ? Self.costKindChoices : Self.incomeKindChoices)
        let recurrence = try readRecurrence(object)
        let reserve = try readReserveName(object, kind: kind)
        let municipality = try object.string("gemeente")
        if let municipality {
            guard kind == .municipalContribution else {
                throw .invalidValue(file: file, at: object.origin(of: "gemeente"), message: "alleen een regel van soort \"gemeentelijke-bijdrage\" hoort bij een gemeente")
            }
            guard memberNames.contains(municipality) else {
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
            for column in columns where column.kind == .budgeted && column.amendment == nil {
                amounts[column.name] = StatedAmount(amount, origin: object.origin(of: "fte"))
            }
        }
        amounts = try amended(amounts, origin: object.origin(of: "bedragen"), kind: kind)
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
        // The amounts and their places, in one pass.
        // The amounts and their places, in one pass.
        var values = ByColumn<Money>(capacity: amounts.entries.count)
        var origins = ByColumn<FieldLocation>(capacity: amounts.entries.count)
        for (column, stated) in amounts.entries {
            values.append(column: column, stated.amount)
            if let origin = stated.origin { origins.append(column: column, origin) }
        }
        return BudgetLine(fields: BudgetLine.Fields(
            name: name, kind: kind, municipality: municipality, amounts: values,
            stated: stated, origin: object.origin, amountOrigins: origins, capacity: capacity, theme: theme, code: code,
            reserve: reserve, recurrence: recurrence, taakveld: try readIv3Code(object, key: "taakveld"),
            iv3Category: try readIv3Code(object, key: "categorie"), isPassedOn: try readPassedOn(object, side: side, kind: kind)))
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
            let object = try ObjectReader(element, file: file)
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
            for name in names where !memberNames.contains(name) {
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
        for line in BudgetItem.lines(of: income) {
            guard let theme = line.theme, !themes.contains(theme) else { continue }
            let hint = Spelling.hint(for: theme, among: themes)
            throw .invalidValue(file: file, at: line.origin, message: "het thema \"\(theme)\" bestaat niet (een thema is een groep in de lasten met 'thema')\(hint)")
        }
    }

    /// Reads `{kolom: bedrag}`; derived columns only where printed figures are kept.
    mutating func readAmounts(_ object: ObjectReader?, allowDerived: Bool) throws(BudgetFileError) -> ByColumn<StatedAmount> {
        guard let object else { return ByColumn() }
        var amounts = ByColumn<StatedAmount>(capacity: object.members.count)
        let path = object.path
        for member in object.members {
            // The key is decoded once; the parser has refused a key that stands twice.
            let key = member.key
            var at: FieldLocation { FieldLocation(path: path, location: member.keyLocation) }
            guard let position = columns.firstIndex(where: { $0.name == key }) else {
                throw .unknownKey(file: file, key: key, at: at, suggestion: Spelling.closest(to: key, among: columns.map(\.name)))
            }
            if columns[position].isDerived && !allowDerived {
                throw .invalidValue(file: file, at: at, message: "kolom \"\(columns[position].name)\" wordt berekend; een gepubliceerd bedrag hoort onder 'vermeld'")
            }
            let value = member.value
            let origin = FieldLocation(parent: path, member: key, location: value.location)
            let amount = try object.moneyValue(value, path: origin.path)
            try count(amount, at: origin)
            amounts.append(column: key, StatedAmount(amount, origin: origin))
        }
        return amounts
    }

    /// Keeps the sum of every amount's magnitude within ``Money/largestFileSum`` so that
    /// no total computed from the file can overflow.
    mutating func count(_ amount: Money, at: @autoclosure () -> FieldLocation) throws(BudgetFileError) {
        fileSum += amount.cents.magnitude
        if fileSum > UInt64(Money.largestFileSum.cents) {
            throw .invalidValue(file: file, at: at(), message: "de bedragen in dit bestand zijn samen groter dan \(Money.largestFileSum.dutch()); dat kan geen begroting zijn")
        }
    }
}
