/// `bijdrage-wijkt-af`: a printed contribution that differs from the computed one, or
/// contributions that cannot be computed at all.
public struct ContributionMismatchRule: CheckRule {
    public let name = "bijdrage-wijkt-af"
    public let summary = "een vermelde bijdrage per gemeente die afwijkt van de berekende, of bijdragen die niet te berekenen zijn"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let statement: ContributionStatement
        switch context.contributions {
        case .failure(let error):
            // Key problems are reported by sleutel-ongeldig.
            if InvalidKeyRule.isKeyProblem(error) { return [] }
            return [context.finding(name, .error, at: error.origin, "de bijdragen zijn niet te berekenen: \(error.errorDescription ?? "")", members: context.allMembers)]
        case .success(let computed):
            statement = computed
        }
        var findings: [Finding] = []
        let byName = Dictionary(statement.members.map { ($0.municipality, $0) }, uniquingKeysWith: { first, _ in first })
        for printed in context.budget.stated.contributions {
            guard let member = byName[printed.municipality] else { continue }
            var comparisons: [(String, StatedAmount, Money)] = []
            if let contribution = printed.contribution { comparisons.append(("bijdrage", contribution, member.contribution)) }
            if printed.settlement == nil, let final = printed.final { comparisons.append(("definitieve bijdrage", final, member.final)) }
            for (what, stated, computed) in comparisons {
                let difference = stated.amount - computed
                guard !difference.isZero else { continue }
                findings.append(
                    context.finding(
                        name, context.severity(of: difference, within: .info), at: stated.origin,
                        "\(what) van \(printed.municipality): vermeld \(stated.amount.dutch()), berekend \(computed.dutch())",
                        members: [printed.municipality], expected: computed, found: stated.amount))
            }
        }
        return findings
    }
}
