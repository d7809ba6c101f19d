/// A key split explained in words: every sentence renders the split's recorded
/// derivation (``ShareDerivation``); nothing here recomputes or re-rounds a share.
extension KeySplit {
    /// How participant `index`'s part came about, as sentences.
    /// - Parameters:
    ///   - index: the participant's position in ``participants``.
    ///   - what: what the part is called in the last sentence ("de bijdrage").
    public func explanation(of index: Int, what: String) -> [String] {
        if let phase = phaseIn, let old = phaseInOld, let new = phaseInNew {
            return phase.explanation(of: index, old: old, new: new, part: parts[index], unit: allocation.unit, what: what)
        }
        if !components.isEmpty {
            let byPart = zip(allocation.weights, allocation.parts).map { "\($0.dutch())% = \($1.dutch())" }
            var sentences = ["Mix-sleutel \"\(key.description)\": \(allocation.total.dutch()) wordt eerst verdeeld over de delen (\(byPart.joined(separator: ", "))), daarna elk deel naar zijn eigen sleutel."]
            for component in components {
                sentences += component.explanation(of: index, what: "het aandeel in dit deel")
            }
            sentences.append("Samen: \(components.map { $0.parts[index].dutch() }.joined(separator: " + ")) = \(parts[index].dutch()).")
            return sentences
        }
        let derivation = derivations[index]
        let totalWeight = Quantity.dutch(millionths: allocation.totalWeightMillionths)
        var keyText = "Verdeelsleutel \"\(key.description)\" (\(key.kind.dutchName)"
        if let source = key.source { keyText += ", bron: \(source)" }
        keyText += ", methode \(derivation.method.rawValue))"
        let weightText = "gewicht \(derivation.weight.dutch()) van in totaal \(totalWeight), dat is \(Ratio.percentText(Int128(derivation.weight.millionths), of: allocation.totalWeightMillionths, decimals: 4))"
        var sentences: [String] = []
        if !fixedAmount.isZero {
            sentences.append("\(keyText): eerst een vast bedrag van \(fixedAmount.dutch()) per gemeente; de rest, \(allocation.total.dutch()), naar inwoners: \(weightText).")
        } else {
            sentences.append("\(keyText): \(weightText).")
        }
        sentences.append("Exact: \(allocation.total.dutch()) × \(derivation.weight.dutch()) / \(totalWeight) = \(derivation.exact.dutch())" + roundingClause(derivation) + ".")
        if !fixedAmount.isZero {
            sentences.append("\(what.prefix(1).uppercased() + what.dropFirst()): \(fixedAmount.dutch()) + \(derivation.part.dutch()) = \(parts[index].dutch()).")
        } else {
            sentences.append("Zo is \(what) \(parts[index].dutch()).")
        }
        return sentences
    }

    /// The rounding of one share, in words: already whole, or cut toward zero with or
    /// without one of the leftover units.
    func roundingClause(_ derivation: ShareDerivation) -> String {
        let unit = allocation.unit
        let unitName = unit == .euro ? "euro's" : "centen"
        let singular = unit == .euro ? "euro" : "cent"
        let leftover = allocation.leftoverUnits
        if derivation.exact.isMultiple(of: unit) {
            return "; dat is al een heel aantal \(unitName)"
        }
        switch derivation.method {
        case .largestRemainder:
            break
        case .perMunicipality:
            let difference = allocation.roundingDifference
            return "; per gemeente afgerond op hele \(unitName) (een half van nul af, methode per-gemeente): \(derivation.part.dutch())"
                + " (de afronding van alle delen samen is \(difference.dutch()))"
        }
        let cut = "; afgekapt op hele \(unitName) \(derivation.truncated.dutch()) (rest \(derivation.remainder.dutch()))"
        if derivation.receivedLeftoverUnit {
            return cut + ", plus één van de \(leftover) resterende \(leftover == 1 ? singular : unitName), omdat de rest de \(derivation.turn)e grootste is: \(derivation.part.dutch())"
        }
        guard leftover > 0 else { return cut + ": \(derivation.part.dutch())" }
        let went = leftover == 1 ? "de resterende \(singular) ging" : "de \(leftover) resterende \(unitName) gingen"
        return cut + "; \(went) naar gemeenten met een grotere rest (deze rest is de \(derivation.turn)e): \(derivation.part.dutch())"
    }

    /// The derivation of participant `index`'s part in one line, for hints:
    /// `exact 1.961,4899… → 1.961 (afgekapt)`; for a mix, per part.
    public func shortDerivation(of index: Int) -> String {
        if let phase = phaseIn, let old = phaseInOld, let new = phaseInNew {
            return "ingroei jaar \(phase.step) van \(phase.phaseIn.years): \(phase.weightText) tussen \(old.parts[index].dutch()) en \(new.parts[index].dutch()), exact \(phase.exact[index].dutch())\(phase.isCapped[index] ? " (plafond)" : "") → \(parts[index].dutch())"
        }
        if !components.isEmpty {
            return components.map { "\($0.key.name): \($0.shortDerivation(of: index))" }.joined(separator: ", ")
        }
        let derivation = derivations[index]
        let how: String
        if derivation.exact.isMultiple(of: allocation.unit) {
            how = "geheel"
        } else if derivation.method == .perMunicipality {
            how = "per gemeente afgerond"
        } else if derivation.receivedLeftoverUnit {
            how = "afgekapt + 1 resterende \(allocation.unit == .euro ? "euro" : "cent")"
        } else {
            how = "afgekapt"
        }
        let fixed = fixedAmount.isZero ? "" : "\(fixedAmount.dutch()) vast + "
        return "\(fixed)exact \(derivation.exact.dutch()) → \(derivation.part.dutch()) (\(how))"
    }
}
