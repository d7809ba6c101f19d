import ZVHFinance

/// The scenario options of `zvh scenario`, typed: quick changes (`--index`, `--fte`,
/// `--sleutel`, `--zonder-baten`, `--uittreden`), named variants (`--variant`), the
/// meerjarenraming (`--jaren`, `--raming-index`) and a sweep (`--reeks`). A malformed
/// value is a usage error (64) before anything is computed.
enum ScenarioOptions {
    /// The quick options, by name, that a `--variant` may also use (`index=personeel=3%`).
    static let quickOptionNames = ["index", "fte", "sleutel", "ingroei", "zonder-baten", "uittreden"]

    /// One indexation option value (`personeel=3,2%`) added to `indexation`.
    static func readIndexation(_ text: String, option: String, into indexation: inout Indexation) throws(QuickScenarioFailure) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let kinds = IndexationKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, let kind = IndexationKind(dutchName: String(parts[0].trimmingSpaces)) else {
            throw QuickScenarioFailure("\(option) verwacht soort=procent met soort \(kinds), zoals personeel=3,2%; niet '\(text)'")
        }
        let value = try percentage(parts[1], option: option)
        indexation[kind] = value
    }

    /// A percentage from -50 % to 100 % (`3,2%` or `3,2`).
    static func percentage(_ text: String, option: String) throws(QuickScenarioFailure) -> Quantity {
        let trimmed = String(text.trimmingSpaces)
        let number = trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed
        guard let value = Quantity.parse(typed: number), ProjectionParameters.indexationRange.contains(value) else {
            throw QuickScenarioFailure("\(option): '\(text)' is geen percentage van -50% tot en met 100% (schrijf bv. 3,2%)")
        }
        return value
    }

    /// The scenario made of quick options, or nil when none is given.
    static func quickScenario(_ options: [String: [String]], name: String, description: String?) throws(QuickScenarioFailure) -> Scenario? {
        var changes: [ScenarioChange] = []
        if let values = options["index"], !values.isEmpty {
            var indexation = Indexation()
            for text in values { try readIndexation(text, option: "--index", into: &indexation) }
            changes.append(ScenarioChange(.indexation(indexation)))
        }
        for text in options["fte"] ?? [] {
            let usage = "--fte verwacht functie=aantal of functie=aantal@tarief, zoals procesregie=+1, procesregie=+1@95000 of procesregie@MDA++=-0,5; niet '\(text)'"
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw QuickScenarioFailure(usage) }
            let target = parts[0].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard target.allSatisfy({ !$0.isEmpty }) else { throw QuickScenarioFailure(usage) }
            let amount = parts[1].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            let number = amount[0].hasPrefix("+") ? String(amount[0].dropFirst()) : amount[0]
            guard !number.hasPrefix("+"), let delta = Quantity.parse(typed: number) else { throw QuickScenarioFailure(usage) }
            guard delta <= OptionValues.largestFTE, delta >= Quantity(-10_000) else {
                throw QuickScenarioFailure("--fte: het aantal fte moet tussen -10.000 en 10.000 liggen, niet '\(amount[0])'")
            }
            var rate: Money?
            if amount.count == 2 {
                guard let value = Money.parse(typed: amount[1]), !value.isNegative, value <= Money.largestReadable else {
                    throw QuickScenarioFailure("--fte: '\(amount[1])' is geen tarief (een bedrag per fte per jaar van nul of meer, zoals 95000)")
                }
                rate = value
            }
            changes.append(ScenarioChange(.fte(function: target[0], delta: delta, theme: target.count == 2 ? target[1] : nil, rate: rate)))
        }
        if let key = options["sleutel"]?.last {
            guard !key.trimmingSpaces.isEmpty else { throw QuickScenarioFailure("--sleutel verwacht de naam van een verdeelsleutel") }
            changes.append(ScenarioChange(.key(name: String(key.trimmingSpaces), target: .contributions, includesSettlement: false)))
        }
        if let text = options["ingroei"]?.last { changes.append(ScenarioChange(try phaseIn(text))) }
        for kind in options["zonder-baten"] ?? [] {
            let kinds = LineKind.incomeKinds.filter { $0 != .municipalContribution }
            guard let lineKind = kinds.first(where: { $0.rawValue == kind.trimmingSpaces.lowercased() }) else {
                throw QuickScenarioFailure("--zonder-baten verwacht een soort baten (\(kinds.map(\.rawValue).joined(separator: ", "))); niet '\(kind)'")
            }
            changes.append(ScenarioChange(.endIncome(lineKind)))
        }
        for text in options["uittreden"] ?? [] {
            let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let name = parts.first, !name.trimmingSpaces.isEmpty else {
                throw QuickScenarioFailure("--uittreden verwacht gemeente of gemeente@jaar, zoals Schinnen@2019; niet '\(text)'")
            }
            var year: Int?
            if parts.count == 2 {
                guard parts[1].allSatisfy(\.isASCII), let value = Int(parts[1]), (1900...2200).contains(value) else {
                    throw QuickScenarioFailure("--uittreden verwacht gemeente of gemeente@jaar met een jaar van 1900 tot en met 2200, zoals Schinnen@2019; niet '\(text)'")
                }
                year = value
            }
            changes.append(ScenarioChange(.memberLeaves(name: String(name.trimmingSpaces), fromYear: year)))
        }
        guard !changes.isEmpty else { return nil }
        return Scenario(name: name, description: description, changes: changes)
    }

    /// A phased key change: `SLEUTEL/JAREN`, optionally `/PLAFOND` as euros per member
    /// per year (`5000`) or per inhabitant (`0,50-per-inwoner`).
    static func phaseIn(_ text: String) throws(QuickScenarioFailure) -> ScenarioChange.Kind {
        let usage = "--ingroei verwacht SLEUTEL/JAREN of SLEUTEL/JAREN/PLAFOND met 1 tot en met 30 jaren en een plafond in euro per gemeente per jaar (5000) of per inwoner (0,50-per-inwoner), zoals inwoners/4 of inwoners/4/0,50-per-inwoner; niet '\(text)'"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard (2...3).contains(parts.count), !parts[0].isEmpty, parts[1].allSatisfy(\.isASCII), let years = Int(parts[1]), PhaseIn.yearRange.contains(years) else {
            throw QuickScenarioFailure(usage)
        }
        var cap: PhaseInCap?
        if parts.count == 3 {
            let perInhabitant = parts[2].hasSuffix("-per-inwoner")
            let amountText = perInhabitant ? String(parts[2].dropLast("-per-inwoner".count)) : parts[2]
            guard let amount = Money.parse(typed: amountText), !amount.isNegative, amount <= Money.largestReadable else { throw QuickScenarioFailure(usage) }
            cap = perInhabitant ? .perInhabitantPerYear(amount) : .perYear(amount)
        }
        return .phasedKey(name: parts[0], years: years, cap: cap, target: .contributions)
    }

    /// A named variant: `NAAM: wijziging; wijziging`, each change written as a quick
    /// option without its dashes (`index=personeel=3%`, `fte=procesregie=+1@95000`,
    /// `sleutel=inwoners`, `zonder-baten=pok`, `uittreden=Beek@2026`).
    static func variant(_ text: String) throws(QuickScenarioFailure) -> Scenario {
        let usage = "--variant verwacht \"NAAM: wijziging; wijziging\", zoals \"Beek treedt uit: uittreden=Beek\" of \"Indexatie 3%: index=personeel=3%; fte=procesregie=+1\"; niet '\(text)'"
        guard let colon = text.firstIndex(of: ":") else { throw QuickScenarioFailure(usage) }
        let name = String(text[..<colon].trimmingSpaces)
        guard !name.isEmpty else { throw QuickScenarioFailure(usage) }
        var options: [String: [String]] = [:]
        for change in text[text.index(after: colon)...].split(separator: ";") where !change.trimmingSpaces.isEmpty {
            let parts = change.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let option = parts[0].trimmingSpaces.lowercased()
            guard parts.count == 2, quickOptionNames.contains(option) else {
                throw QuickScenarioFailure("--variant \"\(name)\": '\(change.trimmingSpaces)' is geen wijziging; schrijf soort=waarde met soort \(quickOptionNames.joined(separator: ", "))")
            }
            options[option, default: []].append(String(parts[1]))
        }
        let scenario: Scenario?
        do throws(QuickScenarioFailure) {
            scenario = try quickScenario(options, name: name, description: "variant van de opdrachtregel")
        } catch {
            throw QuickScenarioFailure("--variant \"\(name)\": \(error.message)")
        }
        guard let scenario else { throw QuickScenarioFailure(usage) }
        return scenario
    }

    /// The meerjarenraming's parameters: `--jaren` (default 3) and `--raming-index`.
    static func projection(_ options: [String: [String]]) throws(QuickScenarioFailure) -> ProjectionParameters {
        var parameters = ProjectionParameters()
        if let text = options["jaren"]?.last {
            guard text.allSatisfy(\.isASCII), let value = Int(text), ProjectionParameters.yearRange.contains(value) else {
                throw QuickScenarioFailure("--jaren verwacht een aantal jaren van \(ProjectionParameters.yearRange.lowerBound) tot en met \(ProjectionParameters.yearRange.upperBound), niet '\(text)'")
            }
            parameters.years = value
        }
        for text in options["raming-index"] ?? [] { try readIndexation(text, option: "--raming-index", into: &parameters.indexation) }
        return parameters
    }

    /// `--interactief` writes an HTML page to a file: it asks for `--formaat html` and
    /// `--uitvoer`, and has no sensitivity table.
    static func requireInteractiveOutput(_ invocation: Invocation) throws(QuickScenarioFailure) {
        guard invocation.options["formaat"]?.last == ReportFormat.html.rawValue else {
            throw QuickScenarioFailure("--interactief schrijft een HTML-pagina: geef ook --formaat html (en --uitvoer sessie.html)")
        }
        guard invocation.options["uitvoer"]?.last != nil else {
            throw QuickScenarioFailure("--interactief schrijft een bestand: geef --uitvoer sessie.html")
        }
        guard !invocation.flags.contains("gevoeligheid") else {
            throw QuickScenarioFailure("--gevoeligheid hoort niet bij --interactief; de pagina kiest tussen de --reeks-assen en de varianten")
        }
    }

    /// One sweep axis: `index.personeel=0..5:0,5` or `fte.procesregie@MDA++=0..3:1`.
    static func sweepAxis(_ text: String) throws(QuickScenarioFailure) -> Sweep.Axis {
        let usage = "--reeks verwacht parameter=van..tot:stap met parameter index.SOORT of fte.FUNCTIE, zoals index.personeel=0..5:0,5 of fte.procesregie=0..3:1; niet '\(text)'"
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard parts.count == 2, let dot = parts[0].firstIndex(of: ".") else { throw QuickScenarioFailure(usage) }
        let family = parts[0][..<dot].lowercased()
        let subject = String(parts[0][parts[0].index(after: dot)...])
        let parameter: Sweep.Axis.Parameter
        switch family {
        case "index":
            guard let kind = IndexationKind(dutchName: subject) else { throw QuickScenarioFailure(usage) }
            parameter = .indexation(kind)
        case "fte":
            let target = subject.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard target.allSatisfy({ !$0.isEmpty }) else { throw QuickScenarioFailure(usage) }
            parameter = .fte(function: target[0], theme: target.count == 2 ? target[1] : nil)
        default: throw QuickScenarioFailure(usage)
        }
        let rangeAndStep = parts[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let bounds = rangeAndStep[0].components(separatedBy: "..")
        guard bounds.count == 2, let from = Quantity.parse(typed: bounds[0]), let through = Quantity.parse(typed: bounds[1]) else {
            throw QuickScenarioFailure(usage)
        }
        let step = rangeAndStep.count == 2 ? Quantity.parse(typed: rangeAndStep[1]) : Quantity(1)
        guard let step, let values = Sweep.Axis.steps(from: from, through: through, by: step) else {
            throw QuickScenarioFailure("--reeks: '\(parts[1])' is geen oplopende reeks met een positieve stap van hoogstens \(Sweep.largestPointCount) waarden")
        }
        switch parameter {
        case .indexation:
            guard ProjectionParameters.indexationRange.contains(from), ProjectionParameters.indexationRange.contains(through) else {
                throw QuickScenarioFailure("--reeks: een indexatie ligt van -50% tot en met 100%, niet '\(parts[1])'")
            }
        case .fte:
            guard from >= Quantity(-10_000), through <= OptionValues.largestFTE else {
                throw QuickScenarioFailure("--reeks: het aantal fte ligt tussen -10.000 en 10.000, niet '\(parts[1])'")
            }
        }
        return Sweep.Axis(parameter: parameter, values: values)
    }
}

struct QuickScenarioFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
