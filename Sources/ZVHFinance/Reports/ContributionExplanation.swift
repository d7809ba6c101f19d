/// The derivation of every member's contribution in words a council member can follow
/// (`--uitleg`): what was distributed, the key and its source, the member's weight and
/// exact share, the rounding, each settlement component, and the final sum.
public enum ContributionExplanation {
    /// For every member: its name, then one line per step.
    public static func paragraphs(for budget: Budget, statement: ContributionStatement) -> [String] {
        statement.members.indices.flatMap { index in
            [statement.members[index].municipality + ":"] + steps(for: budget, statement: statement, member: index).map { "- " + $0 }
        }
    }

    /// The explanation for one member as one paragraph.
    public static func paragraph(for budget: Budget, statement: ContributionStatement, member index: Int) -> String {
        steps(for: budget, statement: statement, member: index).joined(separator: " ")
    }

    /// The steps of the derivation for one member, each a sentence or two.
    public static func steps(for budget: Budget, statement: ContributionStatement, member index: Int) -> [String] {
        let member = statement.members[index]
        var sentences: [String] = []
        switch statement.basis {
        case .computed(let parts):
            for part in parts {
                let prefix = parts.count == 1 ? "" : (part.isTheme ? "Thema \"\(part.name)\": " : "Algemeen deel: ")
                guard let position = part.participants.firstIndex(of: member.municipality) else {
                    sentences.append("\(prefix)\(member.municipality) neemt niet deel en betaalt hiervoor niets.")
                    continue
                }
                let whom = part.participants.count == budget.organisation.members.count ? "De gemeenten" : "De \(part.participants.count) deelnemende gemeenten"
                sentences.append(
                    "\(prefix)\(whom) betalen samen \(part.coverage.amountToDistribute.dutch()) (de lasten \(part.coverage.costs.dutch()) min de overige baten \(part.coverage.otherIncome.map(\.amount).sum().dutch())).")
                sentences.append(contentsOf: shareSentences(split: part.split, index: position, what: parts.count == 1 ? "de bijdrage" : "het aandeel in \"\(part.name)\""))
            }
            if parts.count > 1 {
                sentences.append("Bijdrage: \(member.partAmounts.map { $0.dutch() }.joined(separator: " + ")) = \(member.contribution.dutch()).")
            }
        case .givenLines:
            let parts = member.lines.map { "\"\($0.name)\" \(budget.amount(of: $0, in: statement.column, side: .income).dutch())" }
            if parts.isEmpty {
                sentences.append("Er staat geen bijdrageregel voor deze gemeente in de begroting; de bijdrage is 0.")
            } else {
                sentences.append("De bijdrage is de som van de regels \(parts.joined(separator: " + ")) = \(member.contribution.dutch()), \(member.sharePercentText) van alle bijdragen samen.")
                if member.lines.count > 1 {
                    sentences.append("Let op: dat zijn \(member.lines.count) regels; controleer met 'zvh check' of ze allemaal bij deze gemeente horen.")
                }
            }
        }
        for split in statement.settlementSplits {
            let component = split.component
            var sentence = "Verrekening \"\(component.name)\": \(component.amount.magnitude.dutch()) \(component.amount.isNegative ? "gaat terug naar" : "wordt in rekening gebracht bij") de gemeenten"
            if let explanation = component.explanation { sentence += " (\(explanation))" }
            sentences.append(sentence + ".")
            sentences.append(contentsOf: shareSentences(split: split.split, index: index, what: "het aandeel in deze verrekening"))
        }
        if !statement.settlementSplits.isEmpty {
            let terms = [member.contribution.dutch()] + member.settlementParts.map { $0.isNegative ? "− \($0.magnitude.dutch())" : "+ \($0.dutch())" }
            sentences.append("Definitief: \(terms.joined(separator: " ")) = \(member.final.dutch()).")
        }
        return sentences
    }

    /// How one member's part of a key split came about.
    static func shareSentences(split: KeySplit, index: Int, what: String) -> [String] {
        if !split.components.isEmpty {
            var sentences = ["Mix-sleutel \"\(split.key.description)\": \(split.allocation.total.dutch()) wordt eerst verdeeld over de delen (\(zip(split.allocation.weights, split.allocation.parts).map { "\($0.dutch())% = \($1.dutch())" }.joined(separator: ", "))), daarna elk deel naar zijn eigen sleutel."]
            for component in split.components {
                sentences += shareSentences(split: component, index: index, what: "het aandeel in dit deel")
            }
            sentences.append("Samen: \(split.components.map { $0.parts[index].dutch() }.joined(separator: " + ")) = \(split.parts[index].dutch()).")
            return sentences
        }
        let allocation = split.allocation
        let weight = split.weights[index]
        let totalWeight = Quantity.dutch(millionths: allocation.totalWeightMillionths)
        var sentences: [String] = []
        var keyText = "Verdeelsleutel \"\(split.key.description)\" (\(split.key.kind.dutchName)"
        if let source = split.key.source { keyText += ", bron: \(source)" }
        keyText += ")"
        if !split.fixedAmount.isZero {
            sentences.append("\(keyText): eerst een vast bedrag van \(split.fixedAmount.dutch()) per gemeente; de rest, \(allocation.total.dutch()), naar inwoners.")
        } else {
            sentences.append("\(keyText): gewicht \(weight.dutch()) van in totaal \(totalWeight), dat is \(Ratio.percentText(Int128(weight.millionths), of: allocation.totalWeightMillionths, decimals: 4)).")
        }
        let exact = allocation.exactShareInCents(at: index)
        let truncated = Rounding(unit: allocation.unit, rule: .towardZero).round(exact)
        let part = allocation.parts[index]
        let leftover = allocation.receivedExtraUnit.filter { $0 }.count
        let unitName = allocation.unit == .euro ? "euro's" : "centen"
        let singular = allocation.unit == .euro ? "euro" : "cent"
        var rounding = "Exact: \(allocation.total.dutch()) × \(weight.dutch()) / \(totalWeight) = \(exact.dutch(alwaysCents: true))"
        if exact.cents % allocation.unit.cents == 0 {
            rounding += "; dat is al een heel aantal \(unitName)."
        } else if allocation.receivedExtraUnit[index] {
            rounding += "; afgekapt \(truncated.dutch()), plus één van de \(leftover) resterende \(leftover == 1 ? singular : unitName), omdat de rest (\((exact - truncated).magnitude.dutch(alwaysCents: true))) tot de grootste resten hoort: \(part.dutch())."
        } else {
            rounding += "; afgekapt \(truncated.dutch())\(leftover > 0 ? "; \(leftover == 1 ? "de resterende \(singular) ging" : "de \(leftover) resterende \(unitName) gingen") naar gemeenten met een grotere rest" : ""): \(part.dutch())."
        }
        sentences.append(rounding)
        if !split.fixedAmount.isZero {
            sentences.append("\(what.prefix(1).uppercased() + what.dropFirst()): \(split.fixedAmount.dutch()) + \(part.dutch()) = \(split.parts[index].dutch()).")
        } else {
            sentences.append("Zo is \(what) \(split.parts[index].dutch()).")
        }
        return sentences
    }
}
