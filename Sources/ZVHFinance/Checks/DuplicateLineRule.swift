/// `dubbele-regel`: the same label twice among the lines of one section. When a member
/// has no line and a duplicate's amount matches that member's contribution elsewhere
/// pro rata, the hint names it.
public struct DuplicateLineRule: CheckRule {
    public let name = "dubbele-regel"
    public let summary = "hetzelfde label twee keer in één onderdeel van lasten of baten"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        var findings: [Finding] = []
        // Built only when a duplicate contribution line needs it.
        var matcher: MemberMatcher?
        var isMatcherPrepared = false
        func prepareMatcher() {
            guard !isMatcherPrepared else { return }
            isMatcherPrepared = true
            let missing = context.membersWithoutContributionLine
            if !missing.isEmpty { matcher = MemberMatcher(context, candidates: missing) }
        }
        for section in budget.sections where Self.hasDuplicateLabel(section.items) {
            let lines = section.items.compactMap { item -> BudgetLine? in
                if case .line(let line) = item { return line }
                return nil
            }
            // One pass: the lines of each label, labels in order of first appearance.
            var byLabel: [String: [BudgetLine]] = [:]
            var labels: [String] = []
            for line in lines {
                if byLabel[line.name] == nil { labels.append(line.name) }
                byLabel[line.name, default: []].append(line)
            }
            for label in labels {
                guard let twins = byLabel[label], twins.count > 1, let line = twins.first else { continue }
                let amounts = twins.map { budget.amount(of: $0, in: budget.mainColumn, side: section.side) }
                let places = "bestandsregels " + twins.map { FieldLocation.lineText($0.origin) }.joined(separator: " en ")
                let isContribution = twins.allSatisfy { $0.kind == .municipalContribution }
                var hint: String?
                var touched = twins.compactMap(\.municipality)
                if isContribution { prepareMatcher() }
                if isContribution, let matcher {
                    for (twin, amount) in zip(twins, amounts) {
                        if let match = matcher.match(amount) {
                            touched.append(match.member)
                            hint = "waarschijnlijk \(match.member): \(amount.dutch()) ≈ \(match.explanation); de regel op bestandsregel \(FieldLocation.lineText(twin.origin)) hoort dan bij \(match.member), die zelf geen regel heeft"
                            break
                        }
                    }
                }
                findings.append(
                    context.finding(
                        name, isContribution ? .error : .warning, at: twins[1].origin,
                        "\"\(line.name)\" staat \(twins.count) keer in de \(section.name) (\(places): \(amounts.map { $0.dutch() }.joined(separator: " en ")))",
                        members: budget.organisation.members.map(\.name).filter(touched.contains), found: amounts[1], hint: hint ?? (isContribution ? "een gemeente betaalt zo dubbel; controleer bij welke gemeente elke regel hoort" : nil)))
            }
        }
        return findings
    }

    /// Whether two lines among the items have the same label: most sections have none,
    /// and are passed over without copying their lines.
    /// - Complexity: O(n) in the items.
    static func hasDuplicateLabel(_ items: [BudgetItem]) -> Bool {
        var labels = Set<String>(minimumCapacity: items.count)
        for case .line(let line) in items where !labels.insert(line.name).inserted {
            return true
        }
        return false
    }
}
