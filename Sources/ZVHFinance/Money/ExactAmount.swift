/// An exact amount that need not be a whole number of cents: `numeratorCents /
/// denominator` cents, such as a share of a total before rounding (83.812,995…).
public struct ExactAmount: Hashable, Sendable {
    /// The numerator, in cents.
    public var numeratorCents: Int128
    /// The positive denominator.
    public var denominator: Int128

    /// Creates `numeratorCents / denominator` cents.
    public init(numeratorCents: Int128, denominator: Int128) {
        precondition(denominator > 0, "an exact amount needs a positive denominator")
        self.numeratorCents = numeratorCents
        self.denominator = denominator
    }

    /// An exact amount equal to a whole number of cents.
    public init(_ money: Money) {
        self.init(numeratorCents: Int128(money.cents), denominator: 1)
    }

    /// Whether the amount is a whole number of the unit.
    public func isMultiple(of unit: RoundingUnit) -> Bool {
        numeratorCents % (denominator * Int128(unit.cents)) == 0
    }

    /// Whether the amount is exactly zero.
    public var isZero: Bool { numeratorCents == 0 }

    /// `self − money`, exactly.
    public func subtracting(_ money: Money) -> ExactAmount {
        ExactAmount(numeratorCents: numeratorCents - Int128(money.cents) * denominator, denominator: denominator)
    }

    /// The amount rounded by `rounding` (for a view that shows it in a unit).
    public func rounded(_ rounding: Rounding) -> Money {
        rounding.round(numerator: numeratorCents, denominator: denominator).amount
    }

    /// Dutch notation with up to `decimals` decimals of a euro (at least two); when the
    /// amount has more, the digits shown are cut (toward zero) and followed by `…`, so
    /// a reader never takes a cut figure for the exact one: `83.812,995`, `1.234,3333…`.
    public func dutch(decimals: Int = 4) -> String {
        let extra = max(0, decimals - 2)
        var scale: Int128 = 1
        for _ in 0..<extra { scale *= 10 }
        let scaled = numeratorCents * scale
        let quotient = scaled / denominator
        let isCut = quotient * denominator != scaled
        var digits = String(quotient.magnitude)
        let fractionLength = 2 + extra
        if digits.count <= fractionLength { digits = String(repeating: "0", count: fractionLength + 1 - digits.count) + digits }
        var fraction = String(digits.suffix(fractionLength))
        if !isCut {
            while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let whole = Money.groupThousands(String(digits.dropLast(fractionLength)))
        let negative = numeratorCents < 0 ? "-" : ""
        return negative + whole + "," + fraction + (isCut ? "…" : "")
    }
}
