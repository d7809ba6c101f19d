/// Following the adopted resultaatbestemming: per component the part the board gave to
/// a reserve is not settled with the members.
extension SettlementDerivation {
    /// Sets each adopted part on its component; a component wholly given to a reserve is
    /// not settled at all.
    /// - Throws: ``SettlementError/appropriation(_:)`` (with the file, line and column of
    ///   the entry) when the entry names a component the year does not have, a component
    ///   merged with others, or an amount outside the component's result.
    /// - Complexity: O(entries × components).
    static func apply(_ adoption: AdoptedAppropriation, to components: inout [Component], file: String) throws(SettlementError) {
        for entry in adoption.entries {
            func refuse(_ message: String) -> SettlementError {
                .appropriation(.invalidValue(file: file, at: entry.origin, message: message))
            }
            guard let index = components.firstIndex(where: { $0.identifier == entry.component || $0.origins.map(\.identifier).contains(entry.component) }) else {
                let known = components.map(\.identifier)
                throw refuse("de vastgestelde resultaatbestemming noemt component \"\(entry.component)\", maar het resultaat van dit jaar heeft die niet (wel: \(known.joined(separator: ", ")))\(Spelling.hint(for: entry.component, among: known))")
            }
            let component = components[index]
            guard component.origins.count == 1 else {
                throw refuse("component \"\(entry.component)\" is samengevoegd tot \"\(component.identifier)\" (--samenvoegen); een vastgestelde bestemming geldt voor één component: voeg niet samen")
            }
            let result = component.result
            let fits = result.isNegative ? (entry.toReserve <= .zero && entry.toReserve >= result) : (entry.toReserve >= .zero && entry.toReserve <= result)
            guard fits else {
                let range = result.isNegative ? "tussen \(result.dutch()) en 0 (een onttrekking dekt hoogstens het nadeel)" : "tussen 0 en \(result.dutch()) (hoogstens het voordeel)"
                throw refuse("naar-reserve \(entry.toReserve.dutch()) past niet bij het resultaat \(result.resultNotation) van component \"\(entry.component)\": het bedrag ligt \(range)")
            }
            components[index].toReserve = entry.toReserve
            components[index].reserve = entry.reserve
            if entry.toReserve == result, !result.isZero { components[index].isSettled = false }
        }
    }
}

extension SettlementDerivation.Component {
    /// What the adopted resultaatbestemming does with the component, in words (nil when
    /// it gives nothing to a reserve): `naar reserve 31265: 97.800; verrekend +/+ 0`.
    public var appropriationText: String? {
        guard let reserve, !reservedPart.isZero else { return nil }
        let movement = reservedPart.isNegative ? "onttrokken aan reserve \(reserve): \(reservedPart.magnitude.dutch())" : "naar reserve \(reserve): \(reservedPart.dutch())"
        return "\(movement) (vastgestelde resultaatbestemming); met de gemeenten verrekend: \(settledPart.resultNotation)"
    }
}
