/// Reads amounts as Dutch spreadsheets and controllers write them: `1.402.290,50`,
/// `-/- 97.800`, `+/+ 79`, `−13,5` (U+2212), `(1.605)`, `€ 12,50`, `1402290,5`.
public enum DutchNumber {
    /// The amount, or a message saying why the text is not one.
    /// - Parameter text: the cell's text.
    /// - Returns: the exact amount (at most two decimals), or the reason in Dutch.
    /// - Complexity: O(n) in the length of the text.
    public static func money(_ text: String) -> Result<Money, ImportProblem> {
        var body = Substring(text.filter { !" \u{A0}\u{202F}\t€".contains($0) })
        var isNegative = false
        if body.hasPrefix("-/-") { isNegative = true; body = body.dropFirst(3) }
        else if body.hasPrefix("+/+") { body = body.dropFirst(3) }
        else if body.hasPrefix("(") && body.hasSuffix(")") && body.count > 2 { isNegative = true; body = body.dropFirst().dropLast() }
        else if let first = body.first, first == "-" || first == "\u{2212}" { isNegative = true; body = body.dropFirst() }
        else if body.hasPrefix("+") { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return .failure(ImportProblem("\"\(shortened(text))\" is geen bedrag (verwacht bv. 1.402.290,50 of -/- 97.800)"))
        }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(ImportProblem("\"\(shortened(text))\" heeft meer dan één decimale komma")) }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !fraction.contains("."), fraction.count <= 2, parts.count == 1 || !fraction.isEmpty else {
            return .failure(ImportProblem("\"\(shortened(text))\" heeft meer dan twee decimalen of punten na de komma; bedragen zijn in euro's en centen"))
        }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard !whole.isEmpty, groups.count == 1 || (groups[0].count >= 1 && groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }) else {
            return .failure(ImportProblem("\"\(shortened(text))\": een punt scheidt duizendtallen (1.402.290,50); gebruik een komma voor decimalen"))
        }
        let digits = groups.joined()
        guard digits.count <= 15, let euros = Int64(digits), let cents = Int64(fraction.isEmpty ? "0" : fraction) else {
            return .failure(ImportProblem("\"\(shortened(text))\" is te groot voor een bedrag", isTooLarge: true))
        }
        let total = euros * 100 + (fraction.count == 1 ? cents * 10 : cents)
        guard total <= Money.largestReadable.cents else {
            return .failure(ImportProblem("\"\(shortened(text))\" is te groot voor een bedrag (de grens is \(Money.largestReadable.dutch()))", isTooLarge: true))
        }
        return .success(Money(cents: isNegative ? -total : total))
    }

    /// A whole number such as a count of inhabitants: `32.041` or `32041`.
    public static func count(_ text: String) -> Result<Int64, ImportProblem> {
        switch money(text) {
        case .failure(let problem): return .failure(problem)
        case .success(let amount):
            guard amount.cents % 100 == 0, !amount.isNegative else {
                return .failure(ImportProblem("\"\(shortened(text))\" is geen geheel aantal van nul of meer"))
            }
            return .success(amount.cents / 100)
        }
    }

    static func shortened(_ text: String) -> String { MessageText.shortened(text) }
}

/// What is wrong with one cell of an imported file.
public struct ImportProblem: Error, Hashable, Sendable {
    /// The message in Dutch.
    public var message: String
    /// Whether the text is an amount, but beyond the largest amount ZVHFinance holds.
    public var isTooLarge: Bool

    /// Creates a problem.
    public init(_ message: String, isTooLarge: Bool = false) {
        self.message = message
        self.isTooLarge = isTooLarge
    }
}
