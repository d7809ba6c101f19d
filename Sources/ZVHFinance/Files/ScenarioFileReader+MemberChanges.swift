/// Reads the terms of leaving and joining in a scenario file: the `uittreedsom` of
/// `gemeente-uittreden` and the `toetreedsom` of `gemeente-toetreden`.
///
/// ```json
/// "uittreedsom": { "methode": "aflopend", "percentages": [100, 80, 60, 40, 20], "blijvende-kosten": ["Huur"] }
/// "uittreedsom": { "methode": "werkelijk-verlies",
///                  "frictiekosten": [ { "naam": "Huurcontract", "bedrag-per-jaar": 63100, "tot": "2024-12-31" } ] }
/// "toetreedsom": { "aandeel-in": 120000, "omschrijving": "algemene reserve" }
/// ```
extension ScenarioFileReader {
    /// The most terms an uittreedsom lists (percentages or frictiekosten).
    static let largestTermCount = 100

    /// An uittreedsom; `vlak` when `methode` is absent.
    static func exitCompensation(_ terms: ObjectReader, file: String) throws(BudgetFileError) -> ExitCompensationRule {
        try terms.requireKnownKeys(["methode", "jaren", "percentages", "blijvende-kosten", "frictiekosten"])
        let method = try terms.choice("methode", from: ExitMethodName.allCases.map { ($0.rawValue, $0) }) ?? .vlak
        let allowed: Set<String>
        switch method {
        case .aflopend: allowed = ["methode", "percentages", "blijvende-kosten"]
        case .werkelijkVerlies: allowed = ["methode", "frictiekosten"]
        case .vlak: allowed = ["methode", "jaren", "blijvende-kosten"]
        }
        for member in terms.members where !allowed.contains(member.key) {
            throw .invalidValue(file: file, at: terms.origin(of: member.key), message: "\"\(member.key)\" hoort niet bij een uittreedsom met methode \"\(method.rawValue)\" (wel: \(allowed.sorted().joined(separator: ", ")))")
        }
        switch method {
        case .aflopend:
            let list = try terms.requiredArray("percentages")
            guard (1...30).contains(list.count) else {
                throw .invalidValue(file: file, at: terms.origin(of: "percentages"), message: "een aflopende uittreedsom noemt 1 tot en met 30 percentages, één per jaar")
            }
            var percentages: [Quantity] = []
            for element in list {
                let value = try terms.quantityValue(element.value, path: element.path)
                guard value >= .zero, value <= Quantity(100) else {
                    throw .invalidValue(file: file, at: FieldLocation(path: element.path, location: element.value.location), message: "een percentage van de uittreedsom ligt van 0 tot en met 100, niet \(value.dutch())")
                }
                percentages.append(value)
            }
            _ = try terms.required("blijvende-kosten")
            return ExitCompensationRule(method: .declining(percentages: percentages), remainingCosts: try terms.stringArray("blijvende-kosten") ?? [])
        case .werkelijkVerlies:
            let list = try terms.requiredArray("frictiekosten")
            guard (1...largestTermCount).contains(list.count) else {
                throw .invalidValue(file: file, at: terms.origin(of: "frictiekosten"), message: "noem 1 tot en met \(largestTermCount) frictiekosten")
            }
            var costs: [FrictionCost] = []
            for element in list {
                let cost = try ObjectReader(element.value, path: element.path, file: file)
                try cost.requireKnownKeys(["naam", "bedrag-per-jaar", "tot"])
                guard let amount = try cost.money("bedrag-per-jaar") else { throw .missingKey(file: file, key: "bedrag-per-jaar", at: cost.origin) }
                guard !amount.isNegative else {
                    throw .invalidValue(file: file, at: cost.origin(of: "bedrag-per-jaar"), message: "frictiekosten zijn nul of meer, niet \(amount.dutch())")
                }
                let end = try cost.requiredString("tot")
                guard let (year, month) = yearAndMonth(end) else {
                    throw .invalidValue(file: file, at: cost.origin(of: "tot"), message: "\"tot\" is een einddatum JJJJ-MM-DD of JJJJ-MM (jaar \(Period.acceptedYears.lowerBound)–\(Period.acceptedYears.upperBound)), niet \"\(end)\"")
                }
                costs.append(FrictionCost(name: try cost.requiredString("naam"), yearlyAmount: amount, endYear: year, endMonth: month, origin: cost.origin))
            }
            return ExitCompensationRule(method: .actualLoss(costs))
        case .vlak:
            guard let years = try terms.integer("jaren", in: 1...30) else { throw .missingKey(file: file, key: "jaren", at: terms.origin) }
            _ = try terms.required("blijvende-kosten")
            return ExitCompensationRule(years: years, remainingCosts: try terms.stringArray("blijvende-kosten") ?? [])
        }
    }

    /// A toetreedsom: `bedrag`, or `aandeel-in` with `omschrijving`.
    static func entrySum(_ terms: ObjectReader, file: String) throws(BudgetFileError) -> EntrySumRule {
        try terms.requireKnownKeys(["bedrag", "aandeel-in", "omschrijving"])
        switch (try terms.money("bedrag"), try terms.money("aandeel-in")) {
        case (let amount?, nil):
            guard !amount.isNegative else { throw .invalidValue(file: file, at: terms.origin(of: "bedrag"), message: "een toetreedsom is nul of meer") }
            return .fixed(amount)
        case (nil, let amount?):
            guard !amount.isNegative else { throw .invalidValue(file: file, at: terms.origin(of: "aandeel-in"), message: "het bedrag waarin de gemeente een aandeel betaalt is nul of meer") }
            return .shareOf(amount: amount, description: try terms.string("omschrijving") ?? "het opgegeven bedrag")
        case (nil, nil):
            throw .invalidValue(file: file, at: terms.origin, message: "een toetreedsom noemt \"bedrag\" (vast) of \"aandeel-in\" (het aandeel van de gemeente in dat bedrag)")
        case (.some, .some):
            throw .invalidValue(file: file, at: terms.origin(of: "aandeel-in"), message: "een toetreedsom is \"bedrag\" of \"aandeel-in\", niet allebei")
        }
    }

    /// "2025-06-30" or "2025-06" → (2025, 6).
    static func yearAndMonth(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            parts[0].count == 4, parts[1].count == 2, parts.count == 2 || parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), Period.acceptedYears.contains(year), (1...12).contains(month)
        else { return nil }
        if parts.count == 3 {
            guard let day = Int(parts[2]), (1...31).contains(day) else { return nil }
        }
        return (year, month)
    }
}
