/// `bijdrage-wijkt-af`: a printed contribution (or afronding line) that differs from the
/// computed one, or contributions that cannot be computed at all.
///
/// When the printed table follows the per-member convention (every member's exact share
/// rounded on its own, with an afronding line) while the file computes by the largest
/// remainder, the differences are one `info` finding that names the convention and
/// suggests `bijdragen.methode: per-gemeente`, not a finding per member.
public struct ContributionMismatchRule: CheckRule {
    public let name = "bijdrage-wijkt-af"
    public let summary = "een vermelde bijdrage per gemeente die afwijkt van de berekende, of bijdragen die niet te berekenen zijn"

    public init() {}

    /// One printed amount against the computed one.
    private struct Comparison {
        var what: String
        var municipality: String?
        var stated: StatedAmount
        var computed: Money
    }

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
        let differences = comparisons(context.budget, statement).filter { $0.stated.amount != $0.computed }
        guard !differences.isEmpty else { return [] }
        if let convention = perMunicipalityConvention(context, statement: statement, differences: differences) {
            return [convention]
        }
        return differences.map { comparison in
            let difference = comparison.stated.amount - comparison.computed
            return context.finding(
                name, context.severity(of: difference, within: .info), at: comparison.stated.origin,
                "\(comparison.what): vermeld \(comparison.stated.amount.dutch()), berekend \(comparison.computed.dutch())",
                members: comparison.municipality.map { [$0] } ?? context.allMembers, expected: comparison.computed, found: comparison.stated.amount)
        }
    }

    /// Every printed amount the statement computes: per member the bijdrage (and the
    /// definitief when no settlement is printed), and the afronding line of computed
    /// contributions.
    private func comparisons(_ budget: Budget, _ statement: ContributionStatement) -> [Comparison] {
        var result: [Comparison] = []
        let byName = Dictionary(statement.members.map { ($0.municipality, $0) }, uniquingKeysWith: { first, _ in first })
        for printed in budget.stated.contributions {
            guard let member = byName[printed.municipality] else { continue }
            if let contribution = printed.contribution {
                result.append(Comparison(what: "bijdrage van \(printed.municipality)", municipality: printed.municipality, stated: contribution, computed: member.contribution))
            }
            if printed.settlement == nil, let final = printed.final {
                result.append(Comparison(what: "definitieve bijdrage van \(printed.municipality)", municipality: printed.municipality, stated: final, computed: member.final))
            }
        }
        if case .computed = statement.basis, let stated = budget.stated.roundingDifference[statement.column.name] {
            result.append(Comparison(what: "afronding (methode \(statement.method.rawValue))", municipality: nil, stated: stated, computed: statement.roundingDifference))
        }
        return result
    }

    /// One `info` finding when the file computes by the largest remainder but every
    /// printed amount that differs is what rounding per member gives (afronding line
    /// included); nil otherwise.
    private func perMunicipalityConvention(_ context: CheckContext, statement: ContributionStatement, differences: [Comparison]) -> Finding? {
        guard statement.method == .largestRemainder, case .computed = statement.basis, var rule = context.budget.contributionRule else { return nil }
        var alternative = context.budget
        rule.method = .perMunicipality
        alternative.contributionRule = rule
        guard let perMunicipality = try? alternative.contributions() else { return nil }
        let all = comparisons(context.budget, perMunicipality)
        guard all.allSatisfy({ $0.stated.amount == $0.computed }) else { return nil }
        let members = differences.compactMap(\.municipality)
        let listed = differences.filter { $0.municipality != nil }.map { comparison in
            "\(comparison.what): vermeld \(comparison.stated.amount.dutch()), grootste rest \(comparison.computed.dutch())"
        }
        let rounding = perMunicipality.roundingDifference
        return context.finding(
            name, .info, at: rule.origin,
            "de vermelde bijdragen zijn per gemeente afgerond (elk aandeel apart, een half van nul af) met een regel afronding van \(rounding.dutch()); met de methode van de grootste resten \(members.count == 1 ? "wijkt 1 gemeente" : "wijken \(members.count) gemeenten") af (\(listed.joined(separator: "; ")))",
            members: members, expected: nil, found: nil,
            hint: "zet in 'bijdragen' \"methode\": \"per-gemeente\"" + (context.budget.stated.roundingDifference[statement.column.name] == nil ? " en vermeld de afronding (\(rounding.dutch())) onder 'vermeld.afronding'" : ""))
    }
}
