/// The exact value of a decimal numeral, before it becomes ``Money`` or a
/// ``Quantity``: sign, significant digits and the number of digits after the point.
///
/// Parsing is strict: the whole text must be a number, unlike Foundation's
/// `Decimal(string:)`, which accepts a valid prefix ("12abc" is 12).
struct DecimalText: Hashable, Sendable {
    /// Whether a minus sign was written.
    var isNegative: Bool
    /// The digits of the significand, without leading zeros (empty for zero).
    var digits: [UInt8]
    /// How many of `digits` lie after the decimal point (may exceed `digits.count`,
    /// or be negative after a positive exponent).
    var fractionDigits: Int

    /// Parses a JSON number (`-12.50`, `3e2`).
    /// - Returns: nil when `text` is not a JSON number as a whole.
    static func parseJSONNumber(_ text: Substring) -> DecimalText? {
        parse(Array(text.utf8), decimalSeparator: UInt8(ascii: "."), allowExponent: true)
    }

    /// Parses a number typed on the command line: one decimal separator, a comma
    /// (Dutch) or a point, and no thousands separators (`3,2`, `-1.5`, `12`).
    /// - Returns: nil when `text` is not such a number as a whole.
    static func parseTyped(_ text: String) -> DecimalText? {
        let bytes = Array(text.utf8)
        let commas = bytes.filter { $0 == UInt8(ascii: ",") }.count
        let points = bytes.filter { $0 == UInt8(ascii: ".") }.count
        guard commas + points <= 1 else { return nil }
        let separator = commas == 1 ? UInt8(ascii: ",") : UInt8(ascii: ".")
        return parse(bytes, decimalSeparator: separator, allowExponent: false)
    }

    private static func parse(_ bytes: [UInt8], decimalSeparator: UInt8, allowExponent: Bool) -> DecimalText? {
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        func readDigits() -> [UInt8] {
            var run: [UInt8] = []
            while isDigit(index) {
                run.append(bytes[index] - 48)
                index += 1
            }
            return run
        }
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerPart = readDigits()
        guard !integerPart.isEmpty else { return nil }
        var fractionPart: [UInt8] = []
        if index < bytes.count, bytes[index] == decimalSeparator {
            index += 1
            fractionPart = readDigits()
            guard !fractionPart.isEmpty else { return nil }
        }
        var exponent = 0
        if allowExponent, index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentDigits = readDigits()
            guard !exponentDigits.isEmpty else { return nil }
            for digit in exponentDigits { exponent = min(exponent * 10 + Int(digit), 100_000) }
            if exponentNegative { exponent = -exponent }
        }
        guard index == bytes.count else { return nil }
        var digits = integerPart + fractionPart
        var fraction = fractionPart.count - exponent
        digits.removeFirst(digits.firstIndex { $0 != 0 } ?? digits.count)
        // Trailing zeros below the point carry no value: 12.50 needs one decimal, not two.
        while fraction > 0, let last = digits.last, last == 0 {
            digits.removeLast()
            fraction -= 1
        }
        if digits.isEmpty { return DecimalText(isNegative: false, digits: [], fractionDigits: 0) }
        return DecimalText(isNegative: negative, digits: digits, fractionDigits: fraction)
    }

    /// The value as a whole number of `10^-scale` units.
    /// - Returns: nil when the value has more than `scale` decimals or does not fit
    ///   in `limit` units.
    func scaled(to scale: Int, limit: Int64) -> ScaledResult {
        if fractionDigits > scale { return .tooManyDecimals }
        let zerosToAppend = scale - fractionDigits
        if digits.count + zerosToAppend > 19 { return .tooLarge }
        var value: Int64 = 0
        for digit in digits + [UInt8](repeating: 0, count: zerosToAppend) {
            // Nineteen digits can exceed Int64 (found by fuzzing: 97800999999999999.99).
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = product.addingReportingOverflow(Int64(digit))
            if overflow || carry { return .tooLarge }
            value = sum
        }
        if value > limit { return .tooLarge }
        return .value(isNegative ? -value : value)
    }

    /// The common case of a JSON number, without allocating: a sign, at most 18
    /// digits, a point and digits, no exponent; as ``scaled(to:limit:)`` would give it.
    /// - Returns: nil when the text is not such a number (then ``parseJSONNumber(_:)``
    ///   and ``scaled(to:limit:)`` decide).
    static func scaledPlainNumber(_ text: some Collection<UInt8>, scale: Int, limit: Int64) -> ScaledResult? {
        var isNegative = false
        var integer: Int64 = 0, integerDigits = 0
        var fraction: Int64 = 0, fractionDigits = 0
        var inFraction = false
        for (offset, byte) in text.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0:
                isNegative = true
            case UInt8(ascii: "."):
                guard !inFraction, integerDigits > 0 else { return nil }
                inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if inFraction {
                    fractionDigits += 1
                    guard fractionDigits <= 18 else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    integerDigits += 1
                    guard integerDigits + scale <= 18 else { return nil }
                    integer = integer * 10 + digit
                }
            default:
                return nil
            }
        }
        guard integerDigits > 0, !inFraction || fractionDigits > 0 else { return nil }
        // Trailing zeros below the point carry no value: 12.50 needs one decimal, not two.
        while fractionDigits > 0, fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        if fractionDigits > scale { return .tooManyDecimals }
        var value = integer
        for _ in 0..<scale { value *= 10 }
        for _ in fractionDigits..<scale { fraction *= 10 }
        value += fraction
        if value > limit { return .tooLarge }
        return .value(isNegative ? -value : value)
    }

    /// The outcome of ``scaled(to:limit:)``.
    enum ScaledResult: Equatable {
        case value(Int64)
        case tooManyDecimals
        case tooLarge
    }
}
