extension JSONOutput {
    /// An amount as a JSON number in euros.
    public static func amount(_ money: Money) -> JSONOutput { .number(money.jsonNumber) }
    /// A quantity as a JSON number.
    public static func quantity(_ quantity: Quantity) -> JSONOutput { .number(quantity.jsonNumber) }
}
