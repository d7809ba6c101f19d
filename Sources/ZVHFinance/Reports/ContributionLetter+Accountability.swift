/// The appendix "Verantwoording": how the contribution was computed, in a table and in
/// plain words, the comparison with the previous period, and any remark on the figures
/// — still without file names, line numbers or tool names.
extension ContributionLetter {
    /// The appendix's sections; the first starts a new page.
    func accountability(_ shown: ContributionReport.ShownContributions, options: ReportOptions) -> [ReportSection] {
        var derivation = derivationSection(shown, options: options)
        derivation.heading = "Bijlage: verantwoording — hoe uw bijdrage is berekend"
        var sections = [derivation] + membershipSections() + [comparisonSection(shown, options: options)]
        if let section = riskSection() { sections.append(section) }
        if !findings.isEmpty {
            sections.append(ReportSection(heading: "Kanttekeningen bij de cijfers", paragraphs: findings.map(plainRemark)))
        }
        return sections
    }

    /// The derivation in sentences: what is shared, by which key, and the member's part.
    func derivationInWords(_ shown: ContributionReport.ShownContributions, options: ReportOptions) -> [String] {
        var paragraphs: [String] = []
        for (number, part) in statement.parts.enumerated() {
            let coverage = part.coverage
            let shared = PresentationRounding.shownTotal(coverage.amountToDistribute, unit: options.unit)
            var sentence = "\(statement.parts.count == 1 ? "De kosten" : "De kosten van \(part.isTheme ? "het thema \(part.name)" : "het algemene deel")") bedragen \(Self.euro(coverage.costs))."
            let income = coverage.otherIncome.filter { $0.amount != .zero }
            if !income.isEmpty {
                sentence += " Daarvan wordt \(Self.euro(coverage.otherIncomeTotal)) gedekt door andere inkomsten (" + income.map { "\($0.name): \($0.amount.isNegative ? "min " : "")\(Self.euro($0.amount))" }.joined(separator: "; ") + ")."
            }
            sentence += " De gemeenten betalen samen \(Self.euro(shared)), verdeeld naar \(keyText(part.split.key))" + (part.split.key.source.map { " (bron: \($0))" } ?? "") + "."
            if part.participants.contains(municipality) {
                let amount = statement.parts.count > 1 ? shown.parts[number][memberIndex] : shown.contributions[memberIndex]
                let share = statement.parts.count == 1 ? " (aandeel \(member.share.percentText()))" : ""
                sentence += " Het deel van \(municipality) is \(Self.euro(amount))\(share)."
            } else {
                sentence += " \(municipality) neemt hieraan niet deel."
            }
            paragraphs.append(sentence)
        }
        for (number, split) in statement.settlementSplits.enumerated() {
            let total = shown.components[number].sum()
            let part = shown.components[number][memberIndex]
            paragraphs.append(
                "Afrekening \(split.component.name): \(Self.euro(total)) \(total.isNegative ? "gaat terug naar" : "komt voor rekening van") de gemeenten samen, verdeeld naar \(keyText(split.split.key)); "
                    + "het deel van \(municipality) is \(Self.euro(part)) \(part.isNegative ? "terug" : "bij te betalen").")
        }
        if let settledYear = entry.settledYear, !statement.settlementSplits.isEmpty { paragraphs.append(settledYear.basisDescription) }
        paragraphs.append("Alle bedragen in deze brief zijn in hele euro's, behalve de termijnen; de delen van alle gemeenten samen tellen precies op tot de totalen, en de termijnen tellen precies op tot uw bijdrage.")
        return paragraphs
    }

    /// A finding as a remark in plain words: its message without the places in files
    /// and without the detailed derivation after a dash, and the other members it touches.
    func plainRemark(_ finding: Finding) -> String {
        var text = finding.message
        if let dash = text.range(of: " — ") { text = String(text[..<dash.lowerBound]) }
        // Parentheses that name a file or ask a question are for the controller, not the council.
        var result = ""
        var depth = 0
        var group = ""
        for character in text {
            if character == "(" { depth += 1 }
            if depth > 0 { group.append(character) } else { result.append(character) }
            if character == ")", depth > 0 {
                depth -= 1
                if depth == 0 {
                    if !group.contains(".json"), !group.contains("/"), !group.contains("?") { result += group } else if result.hasSuffix(" ") { result.removeLast() }
                    group = ""
                }
            }
        }
        let lead: String
        switch finding.severity {
        case .error: lead = "Let op: "
        case .warning: lead = "Aandachtspunt: "
        case .info: lead = "Ter informatie: "
        }
        let sentence = (result + group).trimmingSpaces
        let others = finding.municipalities.filter { $0 != municipality }
        let alsoTouches = others.isEmpty ? "" : " Dit raakt ook \(others.count == 1 ? "de gemeente" : "de gemeenten") \(others.joined(separator: ", "))."
        return lead + sentence + (sentence.hasSuffix(".") ? "" : ".") + alsoTouches
    }
}
