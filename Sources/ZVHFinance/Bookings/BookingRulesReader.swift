/// Reads a rules file (`boekingsregels.json`) with the strictness of budget files:
/// positions in every message, unknown keys refused with a suggestion.
public enum BookingRulesReader {
    /// The keys of the top level.
    static let topKeys = ["$schema", "organisatie", "bron", "csv", "regels"]
    /// The keys of `csv`.
    static let layoutKeys = ["scheidingsteken", "decimaalteken", "datumformaat", "kolommen", "teken"]
    /// The keys of `csv.kolommen`.
    static let columnKeys = ["datum", "rekening", "kostenplaats", "omschrijving", "bedrag", "debet", "credit"]
    /// The keys of a rule.
    static let ruleKeys = ["naam", "rekeningen", "kostenplaatsen", "omschrijving", "regel", "verdeling", "toelichting"]

    /// Reads rules from the bytes of a file.
    /// - Throws: ``BudgetFileError`` with file, line and column: malformed JSON, an
    ///   unknown key, a range that is not `van-tot`, percentages that do not add up to
    ///   100, a rule without conditions, or account ranges of rules for different lines
    ///   that overlap where the earlier rule selects by account alone.
    /// - Complexity: O(r²) in the number of account ranges (the overlap check), with at
    ///   most ``largestRangeCount`` ranges.
    public static func read(_ bytes: [UInt8], file: String) throws(BudgetFileError) -> BookingRules {
        let json = try JSONParser.document(bytes, file: file)
        let top = try ObjectReader(json, path: "", file: file)
        try top.requireKnownKeys(topKeys)
        let layout = try readLayout(try top.requiredObject("csv"), file: file)
        var rules: [BookingRule] = []
        let elements = try top.requiredArray("regels")
        guard !elements.isEmpty else {
            throw .invalidValue(file: file, at: top.origin(of: "regels"), message: "er staat geen enkele regel in de lijst")
        }
        for element in elements {
            let rule = try readRule(try ObjectReader(element, file: file), file: file)
            if let earlier = rules.first(where: { $0.name == rule.name }) {
                throw .invalidValue(file: file, at: rule.origin, message: "de naam \"\(rule.name)\" is al gebruikt\(earlier.origin.map { " (regel op \($0.lineAndColumn))" } ?? ""); elke regel heeft een eigen naam")
            }
            rules.append(rule)
        }
        try checkOverlaps(rules, file: file)
        return BookingRules(file: file, source: try top.string("bron"), organisation: try top.string("organisatie"), layout: layout, rules: rules)
    }

    static func readLayout(_ object: ObjectReader, file: String) throws(BudgetFileError) -> CSVLayout {
        try object.requireKnownKeys(layoutKeys)
        let separator = try object.choice("scheidingsteken", from: CSVLayout.separators) ?? UInt8(ascii: ";")
        let mark = try object.choice("decimaalteken", from: CSVLayout.DecimalMark.allCases.map { ($0.rawValue, $0) }) ?? .komma
        if separator == mark.byte {
            throw .invalidValue(file: file, at: object.origin(of: "decimaalteken"), message: "het decimaalteken mag niet het scheidingsteken zijn; met ',' als scheidingsteken hoort decimaalteken '.'")
        }
        let dates = try object.choice("datumformaat", from: CSVLayout.DateFormat.allCases.map { ($0.rawValue, $0) }) ?? .dagMaandJaar
        let columns = try object.requiredObject("kolommen")
        try columns.requireKnownKeys(columnKeys)
        let amount: CSVLayout.AmountColumns
        let sign = try object.choice("teken", from: [("debet-positief", true), ("credit-positief", false)])
        switch (try columns.string("bedrag"), try columns.string("debet"), try columns.string("credit")) {
        case (let signed?, nil, nil):
            amount = .signed(column: signed, debitIsPositive: sign ?? true)
        case (nil, let debit?, let credit?):
            if sign != nil {
                throw .invalidValue(file: file, at: object.origin(of: "teken"), message: "\"teken\" hoort bij één kolom \"bedrag\", niet bij debet en credit")
            }
            amount = .debitCredit(debit: debit, credit: credit)
        case (nil, _, _):
            throw .invalidValue(file: file, at: columns.origin, message: "noem de kolom \"bedrag\" (een bedrag met teken) of de kolommen \"debet\" en \"credit\" samen")
        case (.some, _, _):
            throw .invalidValue(file: file, at: columns.origin(of: "bedrag"), message: "noem óf \"bedrag\" óf \"debet\" en \"credit\", niet beide")
        }
        return CSVLayout(
            separator: separator, decimalMark: mark, dateFormat: dates, dateColumn: try columns.requiredString("datum"),
            accountColumn: try columns.requiredString("rekening"), costCentreColumn: try columns.string("kostenplaats"),
            descriptionColumn: try columns.string("omschrijving"), amount: amount, origin: columns.origin)
    }

    static func readRule(_ object: ObjectReader, file: String) throws(BudgetFileError) -> BookingRule {
        try object.requireKnownKeys(ruleKeys)
        let name = try object.requiredString("naam")
        var accounts: [AccountRange] = []
        for element in try object.array("rekeningen") ?? [] {
            let at = element.origin
            let text: String
            switch element.value.kind {
            case .string(let value): text = value.trimmingSpaces
            case .number(let value): text = String(value)
            default: throw .wrongType(file: file, at: at, expected: "een rekening (\"4300\") of reeks (\"4300-4399\")", found: element.value.dutchTypeName)
            }
            guard let range = accountRange(text, origin: at) else {
                throw .invalidValue(file: file, at: at, message: "\"\(text)\" is geen rekening of reeks van rekeningen; schrijf \"4300\" of \"4300-4399\" (cijfers, van laag naar hoog)")
            }
            accounts.append(range)
        }
        let costCentres = try object.stringArray("kostenplaatsen") ?? []
        var patterns: [DescriptionPattern] = []
        if let member = object.member("omschrijving") {
            let list: [ObjectReader.Element]
            if case .string = member.value.kind { list = [ObjectReader.Element(value: member.value, origin: object.origin(of: "omschrijving"))] } else { list = try object.array("omschrijving") ?? [] }
            for element in list {
                let text = try object.stringValue(element.value, path: element.path)
                guard text.contains(where: { $0 != "*" }) else {
                    throw .invalidValue(file: file, at: element.origin, message: "een patroon van alleen '*' kiest alles; laat \"omschrijving\" dan weg")
                }
                patterns.append(DescriptionPattern(text, origin: element.origin))
            }
        }
        if accounts.isEmpty, costCentres.isEmpty, patterns.isEmpty {
            throw .invalidValue(file: file, at: object.origin, message: "regel \"\(name)\" heeft geen voorwaarde; geef \"rekeningen\", \"kostenplaatsen\" of \"omschrijving\"")
        }
        let parts = try readParts(object, rule: name, file: file)
        return BookingRule(name: name, accounts: accounts, costCentres: costCentres, descriptions: patterns, parts: parts, origin: object.origin)
    }

    static func readParts(_ object: ObjectReader, rule: String, file: String) throws(BudgetFileError) -> [SplitPart] {
        switch (object.member("regel"), object.member("verdeling")) {
        case (.some, nil):
            return [SplitPart(line: try object.requiredString("regel"), origin: object.origin(of: "regel"))]
        case (nil, .some):
            var parts: [SplitPart] = []
            for element in try object.array("verdeling") ?? [] {
                let part = try ObjectReader(element, file: file)
                try part.requireKnownKeys(["regel", "procent"])
                guard let percentage = try part.quantity("procent") else { throw .missingKey(file: file, key: "procent", at: part.origin) }
                guard percentage > .zero, percentage <= Quantity(100) else {
                    throw .invalidValue(file: file, at: part.origin(of: "procent"), message: "een percentage ligt boven 0 en hoogstens op 100, niet \(percentage.dutch())")
                }
                parts.append(SplitPart(line: try part.requiredString("regel"), percentage: percentage, origin: part.origin(of: "regel")))
            }
            let sum = Quantity(millionths: parts.map(\.percentage.millionths).reduce(0, +))
            guard sum == Quantity(100) else {
                throw .invalidValue(file: file, at: object.origin(of: "verdeling"), message: "de percentages van regel \"\(rule)\" tellen op tot \(sum.dutch())%, niet 100%")
            }
            return parts
        case (.some, .some):
            throw .invalidValue(file: file, at: object.origin(of: "verdeling"), message: "geef óf \"regel\" óf \"verdeling\", niet beide")
        case (nil, nil):
            throw .missingKey(file: file, key: "regel", at: object.origin)
        }
    }

    /// `4300` or `4300-4399`.
    static func accountRange(_ text: String, origin: FieldLocation) -> AccountRange? {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingSpacesForCSV }
        guard (1...2).contains(ends.count), ends.allSatisfy({ !$0.isEmpty && $0.count <= 18 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let lower = UInt64(ends[0]), let upper = UInt64(ends[ends.count - 1]), lower <= upper
        else { return nil }
        return AccountRange(lower: lower, upper: upper, text: text, origin: origin)
    }

    /// Refuses account ranges that overlap between rules for different lines where the
    /// earlier rule selects by account alone: the later rule could never take those
    /// bookings. A later rule with only accounts after a narrower earlier rule (a
    /// fallback) is allowed.
    /// The most account ranges a rules file may have: the overlap check compares them
    /// pairwise.
    public static let largestRangeCount = 5_000

    static func checkOverlaps(_ rules: [BookingRule], file: String) throws(BudgetFileError) {
        // The comparison is pairwise, so the number of ranges is bounded (far above any
        // real chart of accounts) and each rule's target is computed once.
        var ranges = 0
        for rule in rules {
            for range in rule.accounts {
                ranges += 1
                if ranges > largestRangeCount {
                    throw .invalidValue(file: file, at: range.origin, message: "een regelbestand heeft hoogstens \(largestRangeCount) rekeningreeksen; dit is er één te veel")
                }
            }
        }
        let targets = rules.map { Set($0.parts.map(\.line)) }
        for (index, later) in rules.enumerated() {
            for (earlierIndex, earlier) in rules[..<index].enumerated() where earlier.selectsByAccountOnly && targets[earlierIndex] != targets[index] {
                for range in later.accounts {
                    guard let other = earlier.accounts.first(where: { $0.overlaps(range) }) else { continue }
                    throw .invalidValue(
                        file: file, at: range.origin,
                        message: "rekeningen \(range.text) van regel \"\(later.name)\" overlappen met \(other.text) van regel \"\(earlier.name)\"\(other.origin.map { " (\($0.lineAndColumn))" } ?? ""), die naar een andere begrotingsregel boekt; een boeking hoort bij één regel — maak de reeksen disjunct of geef de eerste regel een extra voorwaarde (kostenplaats, omschrijving)")
                }
            }
        }
    }
}
