import ZVHFinance

/// The parsers of the scenario options' values: one text each, into a typed value, or an
/// ``OptionFailure`` naming the option.
extension ScenarioOptions {
    /// The largest FTE change of `--fte`: the limit of `fte` in a budget file.
    static let largestFTE = Quantity(10_000)

    /// One indexation option value (`personeel=3,2%`).
    static func indexationStep(_ text: String, option: String) throws(OptionFailure) -> IndexationStep {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let kinds = IndexationKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, let kind = IndexationKind(dutchName: String(parts[0].trimmingSpaces)) else {
            throw OptionFailure("\(option) verwacht soort=procent met soort \(kinds), zoals personeel=3,2%; niet '\(text)'")
        }
        return IndexationStep(kind: kind, percent: try percentage(parts[1], option: option))
    }

    /// A percentage from -50 % to 100 % (`3,2%` or `3,2`).
    static func percentage(_ text: String, option: String) throws(OptionFailure) -> Quantity {
        let trimmed = String(text.trimmingSpaces)
        let number = trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed
        guard let value = Quantity.parse(typed: number), ProjectionParameters.indexationRange.contains(value) else {
            throw OptionFailure("\(option): '\(text)' is geen percentage van -50% tot en met 100% (schrijf bv. 3,2%)")
        }
        return value
    }

    /// An FTE change: `functie=aantal`, `functie@thema=aantal` or `functie=aantal@tarief`.
    static func fteChange(_ text: String) throws(OptionFailure) -> ScenarioChange.Kind {
        let usage = "--fte verwacht functie=aantal of functie=aantal@tarief, zoals procesregie=+1, procesregie=+1@95000 of procesregie@MDA++=-0,5; niet '\(text)'"
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { throw OptionFailure(usage) }
        let target = parts[0].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard target.allSatisfy({ !$0.isEmpty }) else { throw OptionFailure(usage) }
        let amount = parts[1].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        let number = amount[0].hasPrefix("+") ? String(amount[0].dropFirst()) : amount[0]
        guard !number.hasPrefix("+"), let delta = Quantity.parse(typed: number) else { throw OptionFailure(usage) }
        guard delta <= largestFTE, delta >= Quantity(-10_000) else {
            throw OptionFailure("--fte: het aantal fte moet tussen -10.000 en 10.000 liggen, niet '\(amount[0])'")
        }
        var rate: Money?
        if amount.count == 2 {
            guard let value = Money.parse(typed: amount[1]), !value.isNegative, value <= Money.largestReadable else {
                throw OptionFailure("--fte: '\(amount[1])' is geen tarief (een bedrag per fte per jaar van nul of meer, zoals 95000)")
            }
            rate = value
        }
        return .fte(function: target[0], delta: delta, theme: target.count == 2 ? target[1] : nil, rate: rate)
    }

    /// A kind of income that ends (`pok`): any income kind but the municipal contribution.
    static func endingIncome(_ text: String) throws(OptionFailure) -> LineKind {
        let kinds = LineKind.incomeKinds.filter { $0 != .municipalContribution }
        guard let lineKind = kinds.first(where: { $0.rawValue == text.trimmingSpaces.lowercased() }) else {
            throw OptionFailure("--zonder-baten verwacht een soort baten (\(kinds.map(\.rawValue).joined(separator: ", "))); niet '\(text)'")
        }
        return lineKind
    }

    /// A member that leaves: `gemeente` or `gemeente@jaar`.
    static func leavingMember(_ text: String) throws(OptionFailure) -> ScenarioChange.Kind {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.first, !name.trimmingSpaces.isEmpty else {
            throw OptionFailure("--uittreden verwacht gemeente of gemeente@jaar, zoals Schinnen@2019; niet '\(text)'")
        }
        var year: Int?
        if parts.count == 2 {
            let years = Period.acceptedYears
            guard parts[1].allSatisfy(\.isASCII), let value = Int(parts[1]), years.contains(value) else {
                throw OptionFailure("--uittreden verwacht gemeente of gemeente@jaar met een jaar van \(years.lowerBound) tot en met \(years.upperBound), zoals Schinnen@2019; niet '\(text)'")
            }
            year = value
        }
        return .memberLeaves(name: String(name.trimmingSpaces), fromYear: year)
    }

    /// A phased key change: `SLEUTEL/JAREN`, optionally `/PLAFOND` as euros per member
    /// per year (`5000`) or per inhabitant (`0,50-per-inwoner`).
    static func phaseIn(_ text: String) throws(OptionFailure) -> ScenarioChange.Kind {
        let usage = "--ingroei verwacht SLEUTEL/JAREN of SLEUTEL/JAREN/PLAFOND met 1 tot en met 30 jaren en een plafond in euro per gemeente per jaar (5000) of per inwoner (0,50-per-inwoner), zoals inwoners/4 of inwoners/4/0,50-per-inwoner; niet '\(text)'"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard (2...3).contains(parts.count), !parts[0].isEmpty, parts[1].allSatisfy(\.isASCII), let years = Int(parts[1]), PhaseIn.yearRange.contains(years) else {
            throw OptionFailure(usage)
        }
        var cap: PhaseInCap?
        if parts.count == 3 {
            let perInhabitant = parts[2].hasSuffix("-per-inwoner")
            let amountText = perInhabitant ? String(parts[2].dropLast("-per-inwoner".count)) : parts[2]
            guard let amount = Money.parse(typed: amountText), !amount.isNegative, amount <= Money.largestReadable else { throw OptionFailure(usage) }
            cap = perInhabitant ? .perInhabitantPerYear(amount) : .perYear(amount)
        }
        return .phasedKey(name: parts[0], years: years, cap: cap, target: .contributions)
    }

    /// A named variant: `NAAM: wijziging; wijziging`, each change written as a quick
    /// option without its dashes (`index=personeel=3%`, `fte=procesregie=+1@95000`,
    /// `sleutel=inwoners`, `zonder-baten=pok`, `uittreden=Beek@2026`), read by the same
    /// declarations as the quick options on the command line.
    static func variant(_ text: String) throws(OptionFailure) -> Scenario {
        let usage = "--variant verwacht \"NAAM: wijziging; wijziging\", zoals \"Beek treedt uit: uittreden=Beek\" of \"Indexatie 3%: index=personeel=3%; fte=procesregie=+1\"; niet '\(text)'"
        guard let colon = text.firstIndex(of: ":") else { throw OptionFailure(usage) }
        let name = String(text[..<colon].trimmingSpaces)
        guard !name.isEmpty else { throw OptionFailure(usage) }
        var changes = ParsedCommandLine()
        for change in text[text.index(after: colon)...].split(separator: ";") where !change.trimmingSpaces.isEmpty {
            let parts = change.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let option = parts[0].trimmingSpaces.lowercased()
            guard parts.count == 2, let spec = quickOptions.first(where: { $0.long == option }) else {
                throw OptionFailure("--variant \"\(name)\": '\(change.trimmingSpaces)' is geen wijziging; schrijf soort=waarde met soort \(quickOptions.map(\.long).joined(separator: ", "))")
            }
            changes.append(String(parts[1]), for: spec)
        }
        let scenario: Scenario?
        do throws(OptionFailure) {
            scenario = try quickScenario(changes, name: name, description: "variant van de opdrachtregel")
        } catch {
            throw OptionFailure("--variant \"\(name)\": \(error.message)")
        }
        guard let scenario else { throw OptionFailure(usage) }
        return scenario
    }

    /// One sweep axis: `index.personeel=0..5:0,5` or `fte.procesregie@MDA++=0..3:1`.
    static func sweepAxis(_ text: String) throws(OptionFailure) -> Sweep.Axis {
        let usage = "--reeks verwacht parameter=van..tot:stap met parameter index.SOORT of fte.FUNCTIE, zoals index.personeel=0..5:0,5 of fte.procesregie=0..3:1; niet '\(text)'"
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard parts.count == 2, let dot = parts[0].firstIndex(of: ".") else { throw OptionFailure(usage) }
        let family = parts[0][..<dot].lowercased()
        let subject = String(parts[0][parts[0].index(after: dot)...])
        let parameter: Sweep.Axis.Parameter
        switch family {
        case "index":
            guard let kind = IndexationKind(dutchName: subject) else { throw OptionFailure(usage) }
            parameter = .indexation(kind)
        case "fte":
            let target = subject.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard target.allSatisfy({ !$0.isEmpty }) else { throw OptionFailure(usage) }
            parameter = .fte(function: target[0], theme: target.count == 2 ? target[1] : nil)
        default: throw OptionFailure(usage)
        }
        let rangeAndStep = parts[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let bounds = rangeAndStep[0].components(separatedBy: "..")
        guard bounds.count == 2, let from = Quantity.parse(typed: bounds[0]), let through = Quantity.parse(typed: bounds[1]) else {
            throw OptionFailure(usage)
        }
        let step = rangeAndStep.count == 2 ? Quantity.parse(typed: rangeAndStep[1]) : Quantity(1)
        guard let step, let values = Sweep.Axis.steps(from: from, through: through, by: step) else {
            throw OptionFailure("--reeks: '\(parts[1])' is geen oplopende reeks met een positieve stap van hoogstens \(Sweep.largestPointCount) waarden")
        }
        switch parameter {
        case .indexation:
            guard ProjectionParameters.indexationRange.contains(from), ProjectionParameters.indexationRange.contains(through) else {
                throw OptionFailure("--reeks: een indexatie ligt van -50% tot en met 100%, niet '\(parts[1])'")
            }
        case .fte:
            guard from >= Quantity(-10_000), through <= largestFTE else {
                throw OptionFailure("--reeks: het aantal fte ligt tussen -10.000 en 10.000, niet '\(parts[1])'")
            }
        }
        return Sweep.Axis(parameter: parameter, values: values)
    }
}
