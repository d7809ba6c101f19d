/// How an exact amount is brought to a whole number of a unit: the one place where
/// ZVHFinance rounds money.
///
/// Every rounding names its unit (cent or euro) and its rule, so an explanation can
/// say exactly what happened to a figure.
public struct Rounding: Hashable, Sendable {
    /// The rule that decides what happens to the part below one unit.
    public enum Rule: String, Hashable, Sendable {
        /// Drop the part below one unit (toward zero); the first step of
        /// largest-remainder allocation.
        case towardZero = "naar-nul"
        /// Round to the nearest unit, a half away from zero ("rekenkundig afronden").
        case halfAwayFromZero = "rekenkundig"
    }

    /// The unit the result is a whole number of.
    public var unit: RoundingUnit
    /// The rule applied to the part below one unit.
    public var rule: Rule

    /// Creates a rounding to `unit` by `rule`.
    public init(unit: RoundingUnit, rule: Rule) {
        self.unit = unit
        self.rule = rule
    }

    /// Rounding to whole euros, a half away from zero.
    public static let euro = Rounding(unit: .euro, rule: .halfAwayFromZero)
    /// Rounding to whole cents, a half away from zero.
    public static let cent = Rounding(unit: .cent, rule: .halfAwayFromZero)

    /// The exact quotient `numerator / denominator` (in cents) rounded to the unit.
    ///
    /// - Parameters:
    ///   - numerator: the exact amount's numerator, in cents.
    ///   - denominator: a positive denominator.
    /// - Returns: the rounded amount and what was dropped, as a fraction of
    ///   `denominator` in cents (`exact = result + remainder / denominator`).
    public func round(numerator: Int128, denominator: Int128) -> (amount: Money, remainder: Int128) {
        precondition(denominator > 0, "rounding needs a positive denominator")
        let step = denominator * Int128(unit.cents)
        var units = numerator / step  // Swift divides toward zero
        var dropped = numerator - units * step
        if rule == .halfAwayFromZero {
            let twice = dropped.magnitude * 2
            if twice >= step.magnitude {
                let direction: Int128 = numerator < 0 ? -1 : 1
                units += direction
                dropped -= direction * step
            }
        }
        return (Money(cents: Int64(units * Int128(unit.cents))), dropped)
    }

    /// An amount rounded to the unit.
    /// - Parameter amount: the amount to round.
    /// - Returns: the nearest whole number of units under the rule.
    public func round(_ amount: Money) -> Money {
        round(numerator: Int128(amount.cents), denominator: 1).amount
    }
}
