/// `resultaat-wijkt-af`: a printed resultaat that differs from baten − lasten.
public struct ResultMismatchRule: CheckRule {
    public let name = "resultaat-wijkt-af"
    public let summary = "een vermeld resultaat dat niet gelijk is aan baten − lasten"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        var findings: [Finding] = []
        for column in budget.columns {
            guard let stated = budget.stated.result[column.name] else { continue }
            var computed = budget.result(in: column)
            if budget.contributionRule != nil, let statement = context.statement, statement.column == column {
                computed += statement.totalContribution
            }
            let difference = stated.amount - computed
            if !difference.isZero {
                findings.append(
                    context.finding(
                        name, context.severity(of: difference), at: stated.origin,
                        "vermeld resultaat in kolom \(column.name): \(stated.amount.resultNotation), maar baten − lasten van de regels is \(computed.resultNotation)",
                        expected: computed, found: stated.amount))
            }
            if let costs = budget.stated.totalCosts[column.name], let income = budget.stated.totalIncome[column.name] {
                let fromTotals = income.amount - costs.amount
                if fromTotals != stated.amount {
                    findings.append(
                        context.finding(
                            name, .info, at: stated.origin,
                            "het vermelde resultaat \(stated.amount.resultNotation) sluit niet aan op de vermelde totalen: \(income.amount.dutch()) − \(costs.amount.dutch()) = \(fromTotals.resultNotation)",
                            expected: fromTotals, found: stated.amount,
                            hint: difference.isZero ? "het resultaat volgt uit de regels; een vermeld totaal wijkt af (zie som-wijkt-af)" : nil))
                }
            }
        }
        return findings
    }
}
