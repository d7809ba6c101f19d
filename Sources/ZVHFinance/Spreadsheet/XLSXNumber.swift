/// A number in a spreadsheet cell, held exactly as decimal text in a canonical form: no
/// exponent, no leading zeros, no trailing zeros after the point, `0` for zero
/// (`1402290.5`, `-0.001`, `1200`). Never passes through binary floating point.
public struct XLSXNumber: Hashable, Sendable, CustomStringConvertible {
    /// The canonical decimal text.
    public let text: String

    /// The most characters accepted when parsing, and the largest power of ten either way.
    static let maximumLength = 400

    /// Parses a number as spreadsheet programs write it: `12`, `-3.25`, `1.2E+3`, `5E-2`.
    /// - Parameter text: the cell's value text.
    /// - Returns: nil for anything else, including `INF`, `NaN`, numbers of more than 400
    ///   characters and exponents that move the point more than 400 places.
    /// - Complexity: O(n) in the length of the text.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count <= Self.maximumLength,
              let decimal = DecimalText.parseJSONNumber(Substring(text)),
              abs(decimal.fractionDigits) <= Self.maximumLength else { return nil }
        self.text = Self.render(decimal)
    }

    /// The exact number of an amount in euros (`12.5` for € 12,50).
    public init(_ money: Money) {
        text = money.jsonNumber
    }

    /// A whole number.
    public init(_ integer: Int64) {
        text = String(integer)
    }

    public var description: String { text }

    /// The amount in euros, when the number has at most two decimals and lies within
    /// ``Money/largestReadable``.
    public var money: Money? {
        guard case .success(let value) = Money.parse(jsonNumber: Substring(text)) else { return nil }
        return value
    }

    private static func render(_ decimal: DecimalText) -> String {
        guard !decimal.digits.isEmpty else { return "0" }
        let digits = String(decoding: decimal.digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        let fraction = decimal.fractionDigits
        let magnitude: String
        if fraction <= 0 {
            magnitude = digits + String(repeating: "0", count: -fraction)
        } else if fraction >= digits.count {
            magnitude = "0." + String(repeating: "0", count: fraction - digits.count) + digits
        } else {
            let point = digits.index(digits.endIndex, offsetBy: -fraction)
            magnitude = digits[..<point] + "." + digits[point...]
        }
        return decimal.isNegative ? "-" + magnitude : magnitude
    }
}
