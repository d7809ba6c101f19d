extension Money {
    /// Parses a JSON number as an exact amount in euros (`1402290`, `-13245`, `12.5`).
    /// - Returns: the amount, or why it is not one (more decimals than a cent, or
    ///   beyond ``Money/largestReadable``).
    static func parse(jsonNumber text: Substring) -> Result<Money, NumberProblem> {
        if let plain = DecimalText.scaledPlainNumber(text.utf8, scale: 2, limit: largestReadable.cents) { return result(plain) }
        guard let decimal = DecimalText.parseJSONNumber(text) else { return .failure(.notANumber) }
        return parse(decimal)
    }

    /// Parses an amount typed by a user: `1`, `0,50`, `12.5` (one decimal separator,
    /// no thousands separators).
    /// - Returns: nil when the text is not such an amount.
    public static func parse(typed text: String) -> Money? {
        guard let decimal = DecimalText.parseTyped(text), case .success(let value) = parse(decimal) else { return nil }
        return value
    }

    /// Whether `text` is written as an amount a user types, but is larger than any
    /// amount ZVHFinance holds (``Money/largestReadable``), so a message can say so.
    public static func isTooLarge(typed text: String) -> Bool {
        guard let decimal = DecimalText.parseTyped(text), case .failure(.tooLarge) = parse(decimal) else { return false }
        return true
    }

    private static func parse(_ decimal: DecimalText) -> Result<Money, NumberProblem> {
        result(decimal.scaled(to: 2, limit: largestReadable.cents))
    }

    private static func result(_ scaled: DecimalText.ScaledResult) -> Result<Money, NumberProblem> {
        switch scaled {
        case .value(let cents): return .success(Money(cents: cents))
        case .tooManyDecimals: return .failure(.tooManyDecimals(allowed: 2))
        case .tooLarge: return .failure(.tooLarge)
        }
    }
}
