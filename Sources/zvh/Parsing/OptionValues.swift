import ZVHFinance

/// Checks the values of options whose form the generic parser cannot know (the quick
/// scenario options, amounts) before a command uses them, so a malformed value ends in
/// `Error: …` + `Usage: …` with exit 64 and never reaches code that assumes its form.
enum OptionValues {
    /// The largest FTE change of `--fte`: the limit of `fte` in a budget file.
    static let largestFTE = Quantity(10_000)
    /// The indexation range of `--index`, in percent: a cut of half to a doubling.
    static let indexRange = Quantity(-50)...Quantity(100)

    /// The message for a `--tolerantie` value that is not an amount of zero or more.
    static func toleranceProblem(_ text: String) -> String {
        if Money.isTooLarge(typed: text) {
            return "--tolerantie: het bedrag '\(text)' is te groot; een bedrag blijft onder een biljoen euro"
        }
        return "--tolerantie verwacht een bedrag van nul of meer, zoals 1 of 0,50; niet '\(text)'"
    }

    /// The quick scenario of `zvh scenario`, after checking every quick option's form.
    static func quickScenario(_ invocation: Invocation) -> Result<Scenario?, QuickScenarioFailure> {
        if let problem = quickOptionProblem(invocation) { return .failure(QuickScenarioFailure(problem)) }
        return QuickScenario.parse(invocation)
    }

    /// What is wrong with the quick options, if anything.
    static func quickOptionProblem(_ invocation: Invocation) -> String? {
        let kinds: Set = ["personeel", "loon", "materieel", "prijs", "overig"]
        for text in invocation.options["index"] ?? [] {
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, kinds.contains(parts[0]) else {
                return "--index verwacht soort=procent met soort personeel, materieel of overig, zoals personeel=3,2%; niet '\(text)'"
            }
            let number = parts[1].hasSuffix("%") ? String(parts[1].dropLast()) : parts[1]
            guard let value = Quantity.parse(typed: number), indexRange.contains(value) else {
                return "--index: '\(parts[1])' is geen percentage van -50% tot en met 100% (schrijf bv. 3,2%)"
            }
        }
        for text in invocation.options["fte"] ?? [] {
            let usage = "--fte verwacht functie=aantal, zoals procesregie=+1 of procesregie@MDA++=-0,5; niet '\(text)'"
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { return usage }
            let target = parts[0].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            guard target.allSatisfy({ !$0.trimmingSpaces.isEmpty }) else { return usage }
            let number = parts[1].hasPrefix("+") ? String(parts[1].dropFirst()) : parts[1]
            guard !number.hasPrefix("+"), let value = Quantity.parse(typed: number) else { return usage }
            guard value <= largestFTE, value >= Quantity(-10_000) else {
                return "--fte: het aantal fte moet tussen -10.000 en 10.000 liggen, niet '\(parts[1])'"
            }
        }
        if let key = invocation.options["sleutel"]?.last, key.trimmingSpaces.isEmpty {
            return "--sleutel verwacht de naam van een verdeelsleutel"
        }
        for text in invocation.options["uittreden"] ?? [] {
            let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let name = parts.first, !name.trimmingSpaces.isEmpty else {
                return "--uittreden verwacht gemeente of gemeente@jaar, zoals Schinnen@2019; niet '\(text)'"
            }
            if parts.count == 2 {
                guard parts[1].allSatisfy(\.isASCII), let year = Int(parts[1]), (1900...2200).contains(year) else {
                    return "--uittreden verwacht gemeente of gemeente@jaar met een jaar van 1900 tot en met 2200, zoals Schinnen@2019; niet '\(text)'"
                }
            }
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without spaces at either end.
    var trimmingSpaces: Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }
}
