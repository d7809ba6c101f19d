extension JSONOutput {
    /// An amount as a JSON number in euros.
    public static func amount(_ money: Money) -> JSONOutput { .number(money.jsonNumber) }
    /// A quantity as a JSON number.
    public static func quantity(_ quantity: Quantity) -> JSONOutput { .number(quantity.jsonNumber) }
}

extension JSONSink {
    /// Writes an amount as a JSON number in euros (``Money/jsonNumber``).
    mutating func writeAmount(_ money: Money) {
        writeFormattedNumber(money.jsonNumber)
    }

    /// Writes a member whose value is an amount, or null when absent.
    mutating func member(_ key: StaticString, amount: Money?) {
        writeKey(key)
        if let amount { writeAmount(amount) } else { writeNull() }
    }
}
