/// The derivation of one member's contribution in a few short steps, for a letter or
/// a municipality's page: what was distributed, the key with its source and the
/// member's share, the contribution, each settlement component, the final amount.
/// Like the long form, every step renders the statement's recorded figures
/// (``MemberContribution``, ``ShareDerivation`` via ``KeySplit/shortDerivation(of:)``);
/// nothing is recomputed or re-rounded here.
extension ContributionExplanation {
    /// The short steps for one member (unnumbered; the views number them).
    /// - Complexity: O(parts + settlement components).
    public static func shortSteps(for budget: Budget, statement: ContributionStatement, member index: Int) -> [String] {
        let member = statement.members[index]
        var steps: [String] = []
        switch statement.basis {
        case .computed(let parts):
            var explainedKeys: Set<String> = []
            for part in parts {
                let label = parts.count == 1 ? "" : (part.isTheme ? "Thema \"\(part.name)\": " : "Algemeen deel: ")
                guard let position = part.participants.firstIndex(of: member.municipality) else {
                    steps.append("\(label)\(member.municipality) neemt niet deel.")
                    continue
                }
                var key = "verdeelsleutel \"\(part.split.key.description)\""
                if explainedKeys.insert(part.split.key.name).inserted, let source = part.split.key.source { key += " (bron: \(source))" }
                steps.append(
                    "\(label)\(label.isEmpty ? "Te" : "te") verdelen \(part.coverage.amountToDistribute.dutch()) (lasten \(part.coverage.costs.dutch()) min overige baten \(part.coverage.otherIncomeTotal.dutch())); \(key): \(part.split.shortDerivation(of: position)).")
            }
            let share = "aandeel \(member.share.percentText()) van alle bijdragen"
            if parts.count > 1 {
                steps.append("Bijdrage: \(member.partAmounts.map { $0.dutch() }.joined(separator: " + ")) = \(member.contribution.dutch()) (\(share)).")
            } else {
                steps.append("Bijdrage: \(member.contribution.dutch()) (\(share)).")
            }
        case .givenLines:
            steps.append("Bijdrage: \(member.contribution.dutch()), zoals het bestand haar vermeldt (\(member.share.percentText()) van alle bijdragen).")
        }
        for (number, split) in statement.settlementSplits.enumerated() {
            guard number < member.settlementParts.count else { continue }
            let position = split.split.participants.firstIndex(of: member.municipality)
            let how = position.map { ": \(split.split.shortDerivation(of: $0))" } ?? ""
            steps.append("Verrekening \"\(split.component.name)\" (\(split.component.amount.dutch()) voor alle gemeenten, sleutel \"\(split.split.key.description)\")\(how).")
        }
        if !statement.settlementSplits.isEmpty {
            let terms = [member.contribution.dutch()] + member.settlementParts.map { $0.isNegative ? "− \($0.magnitude.dutch())" : "+ \($0.dutch())" }
            steps.append("Definitief: \(terms.joined(separator: " ")) = \(member.final.dutch()).")
        }
        return steps
    }
}
