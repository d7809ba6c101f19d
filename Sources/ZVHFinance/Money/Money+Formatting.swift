extension Money {
    /// The amount in Dutch notation: `1.402.290`, `-1.605`, `12,50`.
    ///
    /// Whole euros are shown without decimals; otherwise two decimals follow a comma.
    /// - Parameter alwaysCents: show `,00` on whole euros too.
    public func dutch(alwaysCents: Bool = false) -> String {
        let whole = cents.magnitude / 100
        let fraction = cents.magnitude % 100
        var text = Money.groupThousands(String(whole))
        if alwaysCents || fraction != 0 {
            text += "," + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return cents < 0 ? "-" + text : text
    }

    /// The amount with its sign always written, for a change: `+1.250`, `-905`, `0`.
    public var signedDutch: String {
        cents > 0 ? "+" + dutch() : dutch()
    }

    /// The amount as the result notation of Dutch annual accounts: `+/+ 79` for a
    /// surplus (voordeel), `-/- 1` for a deficit (nadeel), `0` for nothing.
    public var resultNotation: String {
        if cents > 0 { return "+/+ " + dutch() }
        if cents < 0 { return "-/- " + magnitude.dutch() }
        return "0"
    }

    /// The amount as a JSON number in euros: `1402290`, `-13.5`, `0.05`.
    public var jsonNumber: String {
        let whole = cents.magnitude / 100
        let fraction = cents.magnitude % 100
        var text = cents < 0 ? "-" + String(whole) : String(whole)
        // Two decimals at most, without a trailing zero.
        if fraction % 10 != 0 {
            text += fraction < 10 ? ".0" + String(fraction) : "." + String(fraction)
        } else if fraction != 0 {
            text += "." + String(fraction / 10)
        }
        return text
    }

    /// The amount for a Dutch spreadsheet cell: decimal comma, no thousands separator.
    public var spreadsheetNumber: String {
        String(jsonNumber.map { $0 == "." ? "," : $0 })
    }

    static func groupThousands(_ digits: String) -> String { DutchDigits.grouped(digits) }
}

extension Quantity {
    /// The quantity in Dutch notation: `66.777`, `0,89`, `14,285714`; thousands are
    /// grouped, trailing zeros of the fraction dropped.
    public func dutch(grouped: Bool = true) -> String {
        Quantity.dutch(millionths: Int128(millionths), grouped: grouped)
    }

    /// A number of millionths in Dutch notation; wide enough for sums of many weights.
    public static func dutch(millionths: Int128, grouped: Bool = true) -> String {
        let whole = millionths.magnitude / UInt128(unit)
        var fraction = String(millionths.magnitude % UInt128(unit))
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        var text = grouped ? Money.groupThousands(String(whole)) : String(whole)
        if !fraction.isEmpty { text += "," + fraction }
        return millionths < 0 ? "-" + text : text
    }

    /// The quantity as a JSON number.
    public var jsonNumber: String {
        Quantity.jsonNumber(millionths: Int128(millionths))
    }

    /// A number of millionths as a JSON number.
    public static func jsonNumber(millionths: Int128) -> String {
        String(dutch(millionths: millionths, grouped: false).map { $0 == "," ? "." : $0 })
    }
}
