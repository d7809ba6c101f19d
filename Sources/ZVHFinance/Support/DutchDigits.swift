/// Digits in Dutch notation: thousands grouped by a point (`1402290` → `1.402.290`).
public enum DutchDigits {
    /// The digits of a whole number (no sign) with a point between groups of three.
    /// - Complexity: O(n) in the number of digits.
    public static func grouped(_ digits: String) -> String {
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
        }
        return groups.reversed().joined(separator: ".")
    }
}
