import ZVHFinance

/// Checks the values of options whose form the generic parser cannot know (the quick
/// scenario options, amounts) before a command uses them, so a malformed value ends in
/// `Fout: …` + `Gebruik: …` with exit 64 and never reaches code that assumes its form.
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
}

extension StringProtocol {
    /// The text without spaces at either end.
    var trimmingSpaces: Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }
}
