/// Exact ratios shown as percentages, for key shares ("12,12%").
public enum Ratio {
    /// `numerator / denominator × 100` in Dutch notation with `decimals` decimals,
    /// rounded a half away from zero.
    /// - Parameters:
    ///   - numerator: the part.
    ///   - denominator: the whole; a zero whole gives "–".
    ///   - decimals: decimals to show (0–6).
    public static func percentText(_ numerator: Int128, of denominator: Int128, decimals: Int = 2) -> String {
        guard denominator != 0 else { return "–" }
        var scale: Int128 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaledNumerator = numerator * 100 * scale
        var quotient = scaledNumerator / denominator
        let remainder = scaledNumerator - quotient * denominator
        if remainder.magnitude * 2 >= denominator.magnitude {
            quotient += (scaledNumerator < 0) != (denominator < 0) ? -1 : 1
        }
        let negative = quotient < 0
        let digits = String(quotient.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let whole = padded.dropLast(decimals)
        let fraction = padded.suffix(decimals)
        return (negative ? "-" : "") + whole + (decimals > 0 ? "," + fraction : "") + "%"
    }
}
