/// An exact number that is not money: a key weight, a number of inhabitants or cases,
/// a percentage, FTE or a number of months. Held as a whole number of millionths.
///
/// Six decimals cover every weight in practice (percentages such as 14,2857 and FTE
/// such as 0,89) while a weight of nearly ten trillion still fits, so a weight can
/// also be an amount of money.
public struct Quantity: Hashable, Comparable, Sendable {
    /// Millionths: the value times 10^6.
    public let millionths: Int64

    /// The number of decimals a quantity holds.
    public static let scale = 6
    /// 10^scale.
    public static let unit: Int64 = 1_000_000
    /// The largest magnitude accepted from a file.
    public static let largestReadable = Quantity(millionths: 9_000_000_000_000_000_000 / 1_000)

    /// Creates a quantity from millionths.
    public init(millionths: Int64) {
        self.millionths = millionths
    }

    /// Creates a whole quantity.
    public init(_ whole: Int64) {
        self.millionths = whole * Quantity.unit
    }

    /// A weight equal to an amount of money (the amount in euros, exactly).
    public init(_ money: Money) {
        self.millionths = money.cents * (Quantity.unit / 100)
    }

    /// Zero.
    public static let zero = Quantity(millionths: 0)

    /// Whether the quantity is below zero.
    public var isNegative: Bool { millionths < 0 }
    /// Whether the quantity is exactly zero.
    public var isZero: Bool { millionths == 0 }
    /// Whether the quantity is a whole number.
    public var isWhole: Bool { millionths % Quantity.unit == 0 }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.millionths < rhs.millionths }
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(millionths: lhs.millionths + rhs.millionths) }
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(millionths: lhs.millionths - rhs.millionths) }
}

extension Quantity {
    /// Parses a JSON number exactly.
    /// - Returns: the quantity, or why it cannot be one.
    static func parse(jsonNumber text: Substring) -> Result<Quantity, NumberProblem> {
        if let plain = DecimalText.scaledPlainNumber(text.utf8, scale: scale, limit: largestReadable.millionths) { return result(plain) }
        guard let decimal = DecimalText.parseJSONNumber(text) else { return .failure(.notANumber) }
        return parse(decimal)
    }

    /// Parses a number typed by a user (`3,2` or `3.2`).
    public static func parse(typed text: String) -> Quantity? {
        guard let decimal = DecimalText.parseTyped(text), case .success(let value) = parse(decimal) else { return nil }
        return value
    }

    private static func parse(_ decimal: DecimalText) -> Result<Quantity, NumberProblem> {
        result(decimal.scaled(to: scale, limit: largestReadable.millionths))
    }

    private static func result(_ scaled: DecimalText.ScaledResult) -> Result<Quantity, NumberProblem> {
        switch scaled {
        case .value(let value): return .success(Quantity(millionths: value))
        case .tooManyDecimals: return .failure(.tooManyDecimals(allowed: scale))
        case .tooLarge: return .failure(.tooLarge)
        }
    }
}

/// Why a numeral cannot be read as an amount or quantity.
enum NumberProblem: Error, Equatable {
    case notANumber
    case tooManyDecimals(allowed: Int)
    case tooLarge
}
