/// Digits in Dutch notation: thousands grouped by a point (`1402290` → `1.402.290`).
public enum DutchDigits {
    /// The digits of a whole number (no sign) with a point between groups of three.
    ///
    /// ASCII digits (every amount a report shows) are grouped byte by byte into the
    /// result: the groups joined through `reversed().joined(separator:)` went through
    /// the standard library's unspecialised `joined`, which asks the runtime for the
    /// associated types of the reversed collection on every call (about 5.000
    /// instructions per amount, 5 % of a one-organisation overview). Any other text is
    /// grouped by characters, as before.
    /// - Complexity: O(n) in the number of digits.
    public static func grouped(_ digits: String) -> String {
        let count = digits.utf8.count
        guard count > 3 else { return digits }
        guard digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return groupedByCharacter(digits) }
        return String(unsafeUninitializedCapacity: count + (count - 1) / 3) { buffer in
            var written = 0
            for (index, digit) in digits.utf8.enumerated() {
                if index > 0, (count - index) % 3 == 0 {
                    buffer[written] = UInt8(ascii: ".")
                    written += 1
                }
                buffer[written] = digit
                written += 1
            }
            return written
        }
    }

    /// Groups of three characters from the end, joined by points.
    static func groupedByCharacter(_ digits: String) -> String {
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
