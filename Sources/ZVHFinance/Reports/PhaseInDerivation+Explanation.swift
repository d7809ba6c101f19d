/// A phased split explained in words and as JSON: every figure is one the split
/// recorded; nothing here recomputes a share.
extension PhaseInDerivation {
    /// "2/4 naar de nieuwe sleutel".
    public var weightText: String { "\(newKeyNumerator)/\(newKeyDenominator) naar de nieuwe sleutel" }

    /// How participant `index`'s part came about, as sentences.
    func explanation(of index: Int, old: KeySplit, new: KeySplit, part: Money, unit: RoundingUnit, what: String) -> [String] {
        let n = newKeyDenominator, k = newKeyNumerator
        var sentences = [
            "Ingroeisleutel \(phaseIn.dutchDescription); \(year) is jaar \(step) van \(phaseIn.years): \(n - k)/\(n) × het deel naar \"\(phaseIn.fromKey)\" + \(k)/\(n) × het deel naar \"\(phaseIn.toKey)\".",
            "Naar \"\(phaseIn.fromKey)\": \(old.parts[index].dutch()); naar \"\(phaseIn.toKey)\": \(new.parts[index].dutch()); exact \(n - k)/\(n) × \(old.parts[index].dutch()) + \(k)/\(n) × \(new.parts[index].dutch()) = \(blend[index].dutch()).",
        ]
        if let allowance = allowances[index] {
            if isCapped[index] {
                sentences.append("Plafond (\(phaseIn.cap?.dutchDescription ?? "")): hoogstens \(allowance.dutch()) meer dan naar \"\(phaseIn.fromKey)\"; dus exact \(exact[index].dutch()).")
            } else {
                sentences.append("Plafond: hoogstens \(allowance.dutch()) meer dan naar \"\(phaseIn.fromKey)\", niet bereikt; met het aandeel in het meerdere van de begrensde gemeenten (\(excess.dutch()) samen, naar \"\(phaseIn.toKey)\") exact \(exact[index].dutch()).")
            }
        }
        sentences.append("Afgerond \(unit == .euro ? "op hele euro's" : "op centen") met de grootste resten: \(what) is \(part.dutch()).")
        return sentences
    }

    /// The derivation as JSON: per participant the parts by both keys, the exact blend,
    /// the cap, the exact share and the part.
    public func json(old: KeySplit, new: KeySplit, parts: [Money], participants: [String]) -> JSONOutput {
        .object([
            "van": .string(phaseIn.fromKey),
            "naar": .string(phaseIn.toKey),
            "jaar": .integer(year),
            "stap": .integer(step),
            "jaren": .integer(phaseIn.years),
            "gewicht-nieuwe-sleutel": .string("\(newKeyNumerator)/\(newKeyDenominator)"),
            "plafond": .optional(phaseIn.cap?.dutchDescription),
            "meerdere-begrensd": .string(excess.dutch()),
            "gemeenten": .array(participants.indices.map { index in
                .object([
                    "gemeente": .string(participants[index]),
                    "oude-sleutel": .amount(old.parts[index]),
                    "nieuwe-sleutel": .amount(new.parts[index]),
                    "exact-mengsel": .string(blend[index].dutch()),
                    "ruimte-plafond": .optional(allowances[index].map { $0.dutch() }),
                    "begrensd": .bool(isCapped[index]),
                    "exact": .string(exact[index].dutch()),
                    "exact-teller-centen": .number(String(exact[index].numeratorCents)),
                    "exact-noemer": .number(String(exact[index].denominator)),
                    "deel": .amount(parts[index]),
                ])
            }),
        ])
    }
}
