/// When an expected variance of a tussenrapportage asks for an explanation: at least
/// an amount, or at least a percentage of the line's budget (`--drempel`, default
/// €10.000 or 10 %).
public struct InterimThreshold: Hashable, Sendable {
    /// The amount from which a variance is listed.
    public var amount: Money
    /// The percentage of the budget from which a variance is listed.
    public var percent: Quantity

    /// Creates a threshold; the defaults are €10.000 and 10 %.
    public init(amount: Money = Money(euros: 10_000), percent: Quantity = Quantity(10)) {
        self.amount = amount
        self.percent = percent
    }

    /// Whether a variance on a budget reaches the threshold: |variance| ≥ amount, or
    /// |variance| × 100 ≥ percent × |budget| (in integers, exact).
    /// - Complexity: O(1).
    public func isReached(by variance: Money, budgeted: Money) -> Bool {
        guard !variance.isZero else { return false }
        if variance.magnitude >= amount { return true }
        let left = Int128(variance.cents.magnitude) * 100 * Int128(Quantity.unit)
        let right = Int128(budgeted.cents.magnitude) * Int128(percent.millionths)
        return left >= right
    }

    /// "10.000 of 10%".
    public var dutchDescription: String {
        "\(amount.dutch()) of \(percent.dutch())%"
    }
}
