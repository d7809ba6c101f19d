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
                let coverage = part.coverage
                if coverage.passedOn.isZero {
                    sentences.append(
                        "\(prefix)\(whom) betalen samen \(coverage.amountToDistribute.dutch()) (de lasten \(coverage.costs.dutch()) min de overige baten \(coverage.otherIncomeTotal.dutch())).")
                } else {
                    let passedOn = coverage.otherIncome.filter(\.isPassedOn).map { "\($0.name) \($0.amount.dutch())" }.joined(separator: ", ")
                    let together = coverage.amountToDistribute.isNegative
                        ? "ontvangen samen \(coverage.amountToDistribute.magnitude.dutch())" : "betalen samen \(coverage.amountToDistribute.dutch())"
                    sentences.append(
                        "\(prefix)\(whom) \(together) (de lasten \(coverage.costs.dutch()) min de overige baten \(coverage.otherIncomeTotal.dutch()), waarvan doorgegeven aan de gemeenten: \(passedOn)).")
                }
                sentences.append(contentsOf: part.split.explanation(of: position, what: parts.count == 1 ? "de bijdrage" : "het aandeel in \"\(part.name)\""))
                let amount = part.split.parts[position]
                if amount.isNegative, !coverage.passedOn.isZero {
                    sentences.append("Een negatieve bijdrage is geld dat de gemeente ontvangt: \(member.municipality) ontvangt \(amount.magnitude.dutch()).")
                }
                if part.split.method == .perMunicipality {
                    sentences.append("De afronding van dit deel (wat de afgeronde delen samen van \(coverage.amountToDistribute.dutch()) verschillen) is \(part.split.roundingDifference.dutch()); die staat als eigen regel in de tabel.")
                }
            }
            if parts.count > 1 {
                sentences.append("Bijdrage: \(member.partAmounts.map { $0.dutch() }.joined(separator: " + ")) = \(member.contribution.dutch()).")
            }
        case .givenLines:
            let parts = member.lines.map { "\"\($0.name)\" \(budget.amount(of: $0, in: statement.column, side: .income).dutch())" }
            if parts.isEmpty {
                sentences.append("Er staat geen bijdrageregel voor deze gemeente in de begroting; de bijdrage is 0.")
            } else {
                sentences.append("De bijdrage is de som van de regels \(parts.joined(separator: " + ")) = \(member.contribution.dutch()), \(member.share.percentText()) van alle bijdragen samen.")
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
            sentences.append(contentsOf: split.split.explanation(of: index, what: "het aandeel in deze verrekening"))
        }
        if !statement.settlementSplits.isEmpty {
            let terms = [member.contribution.dutch()] + member.settlementParts.map { $0.isNegative ? "− \($0.magnitude.dutch())" : "+ \($0.dutch())" }
            sentences.append("Definitief: \(terms.joined(separator: " ")) = \(member.final.dutch()).")
        }
        return sentences
    }
}
