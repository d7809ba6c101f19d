/// Exact ratios shown as percentages, for shares ("12,12%").
public enum Ratio {
    /// `numerator / denominator × 100` in Dutch notation with `decimals` decimals,
    /// rounded a half away from zero.
    /// - Parameters:
    ///   - numerator: the part.
    ///   - denominator: the whole; a zero whole gives "–".
    ///   - decimals: decimals to show (0–6).
    public static func percentText(_ numerator: Int128, of denominator: Int128, decimals: Int = 2) -> String {
        guard let digits = percentDigits(numerator, of: denominator, decimals: decimals) else { return "–" }
        return digits.replacingAll(".", with: ",") + "%"
    }

    /// `numerator / denominator × 100` as a JSON number with `decimals` decimals,
    /// rounded a half away from zero (`12.1199`); nil for a zero whole.
    public static func percentNumber(_ numerator: Int128, of denominator: Int128, decimals: Int = 4) -> String? {
        percentDigits(numerator, of: denominator, decimals: decimals)
    }

    /// `numerator / denominator` itself (not × 100) as a decimal number with `decimals`
    /// decimals, rounded a half away from zero (`0.1212007957`); nil for a zero whole.
    /// What a spreadsheet holds for a percentage shown in a percent format.
    public static func fractionNumber(_ numerator: Int128, of denominator: Int128, decimals: Int = 10) -> String? {
        percentDigits(numerator, of: denominator, decimals: decimals, factor: 1)
    }

    /// The one rounding of a percentage: `numerator / denominator × 100` (× `factor`)
    /// as a whole number of units of the last of `decimals` decimals (tenths of a
    /// percent for one decimal), rounded a half away from zero; nil for a zero whole.
    ///
    /// `percentText(n, of: d, decimals: 1)` writes `percentScaled(n, of: d, decimals: 1)`
    /// tenths with a decimal comma: a view that gets the scaled number writes the same.
    public static func percentScaled(_ numerator: Int128, of denominator: Int128, decimals: Int, factor: Int128 = 100) -> Int128? {
        guard denominator != 0 else { return nil }
        var scale: Int128 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaledNumerator = numerator * factor * scale
        var quotient = scaledNumerator / denominator
        let remainder = scaledNumerator - quotient * denominator
        if remainder.magnitude * 2 >= denominator.magnitude {
            quotient += (scaledNumerator < 0) != (denominator < 0) ? -1 : 1
        }
        return quotient
    }

    /// The rounded percentage (or, with `factor` 1, the fraction itself): digits with
    /// a decimal point.
    private static func percentDigits(_ numerator: Int128, of denominator: Int128, decimals: Int, factor: Int128 = 100) -> String? {
        guard let quotient = percentScaled(numerator, of: denominator, decimals: decimals, factor: factor) else { return nil }
        let negative = quotient < 0
        let digits = String(quotient.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let whole = padded.dropLast(decimals)
        let fraction = padded.suffix(decimals)
        return (negative ? "-" : "") + whole + (decimals > 0 ? "." + fraction : "")
    }
}

/// A part of a whole, such as a member's contribution of the total distributed: held as
/// the two exact amounts, shown as a percentage.
public struct Share: Hashable, Sendable {
    /// The part.
    public var numerator: Int128
    /// The whole (zero when there is nothing to share).
    public var denominator: Int128

    /// The share of `part` in `whole`.
    public init(_ part: Money, of whole: Money) {
        numerator = Int128(part.cents)
        denominator = Int128(whole.cents)
    }

    /// The share of a weight in a total weight (millionths).
    public init(weightMillionths: Int128, ofTotal total: Int128) {
        numerator = weightMillionths
        denominator = total
    }

    /// The percentage in Dutch notation (`12,12%`), "–" for an empty whole.
    public func percentText(decimals: Int = 2) -> String {
        Ratio.percentText(numerator, of: denominator, decimals: decimals)
    }

    /// The share itself (not × 100) with ten decimals, rounded a half away from zero
    /// (`0.1212007957` for 12,12%): what a spreadsheet cell in a percent format holds;
    /// nil for an empty whole.
    public var fractionText: String? {
        Ratio.fractionNumber(numerator, of: denominator, decimals: 10)
    }

    /// The percentage as a JSON number with four decimals, or null for an empty whole.
    public var json: JSONOutput {
        Ratio.percentNumber(numerator, of: denominator, decimals: 4).map(JSONOutput.number) ?? .null
    }
}
