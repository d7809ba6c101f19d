/// An exact amount of euros, held as a whole number of cents.
///
/// Why a fixed-point integer and not Foundation's `Decimal`: every amount in a
/// budget is a whole number of cents, so a 64-bit count of cents is exact, needs no
/// allocation and adds or compares in one instruction. Splitting by a key multiplies
/// and divides in 128-bit integers (see ``Allocation``), which keeps tens of millions
/// of exact shares per second within reach, where `Decimal` costs about a microsecond
/// per multiply-divide. Binary floating point is never used for money.
///
/// Range: a single amount read from a file is limited to ``Money/largestReadable``
/// (just under a trillion euros); the loader also bounds the sum of all amounts of a
/// file by ``Money/largestFileSum``, so that totals, differences and shares computed
/// from them cannot overflow.
public struct Money: Hashable, Comparable, Sendable {
    /// The amount in cents (1/100 euro); negative for a negative amount.
    public let cents: Int64

    /// Creates an amount from a number of cents.
    public init(cents: Int64) {
        self.cents = cents
    }

    /// Creates an amount of whole euros.
    /// - Parameter euros: the number of euros.
    public init(euros: Int64) {
        self.cents = euros * 100
    }

    /// Nothing.
    public static let zero = Money(cents: 0)

    /// The largest magnitude accepted for one amount in a file: 999.999.999.999,99.
    public static let largestReadable = Money(cents: 99_999_999_999_999)

    /// The largest magnitude accepted for the sum of all amounts in one file: 10^12
    /// euros. Every total computed from a file stays below it, so it also fits a
    /// ``Quantity`` (an amount used as a weight) and leaves room for projections.
    public static let largestFileSum = Money(cents: 100_000_000_000_000)

    /// Whether the amount is below zero.
    public var isNegative: Bool { cents < 0 }

    /// Whether the amount is exactly zero.
    public var isZero: Bool { cents == 0 }

    /// The absolute amount.
    public var magnitude: Money { Money(cents: cents < 0 ? -cents : cents) }

    /// Whether the amount is a whole number of the given unit.
    /// - Parameter unit: the rounding unit to test against.
    @inline(__always)
    public func isMultiple(of unit: RoundingUnit) -> Bool {
        // Each unit's divisor a constant: no division instruction.
        switch unit {
        case .cent: true
        case .euro: cents % 100 == 0
        }
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
}

extension Sequence where Element == Money {
    /// The exact sum of the amounts.
    /// - Complexity: O(n).
    public func sum() -> Money {
        reduce(Money.zero, +)
    }
}
