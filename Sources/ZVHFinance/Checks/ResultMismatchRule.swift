/// `resultaat-wijkt-af`: a printed resultaat that differs from baten − lasten.
public struct ResultMismatchRule: CheckRule {
    public let name = "resultaat-wijkt-af"
    public let summary = "een vermeld resultaat dat niet gelijk is aan baten − lasten"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        var findings: [Finding] = []
        for (position, column) in budget.columns.enumerated() {
            guard let stated = budget.stated.result[column.name] else { continue }
            let computed = context.figures.result[position]
            let difference = stated.amount - computed
            if !difference.isZero {
                findings.append(
                    context.finding(
                        name, context.severity(of: difference), at: stated.origin,
                        "vermeld resultaat in kolom \(column.name): \(stated.amount.resultNotation), maar baten − lasten van de regels is \(computed.resultNotation)",
                        expected: computed, found: stated.amount))
            }
            if let costs = budget.stated.totalCosts[column.name], let income = budget.stated.totalIncome[column.name] {
                // In a difference column the printed lasten are already oriented so that
                // `+` is voordeel: the result is their sum, not their difference.
                let fromTotals: Money
                let formula: String
                if case .difference = column.kind {
                    fromTotals = income.amount + costs.amount
                    formula = "\(income.amount.dutch()) + \(costs.amount.dutch())"
                } else {
                    fromTotals = income.amount - costs.amount
                    formula = "\(income.amount.dutch()) − \(costs.amount.dutch())"
                }
                if fromTotals != stated.amount {
                    let totalsDiffer = costs.amount != context.figures.totalCosts[position] || income.amount != context.figures.totalIncome[position]
                    findings.append(
                        context.finding(
                            name, .info, at: stated.origin,
                            "het vermelde resultaat \(stated.amount.resultNotation) sluit niet aan op de vermelde totalen: \(formula) = \(fromTotals.resultNotation)",
                            expected: fromTotals, found: stated.amount,
                            hint: difference.isZero && totalsDiffer ? "het resultaat volgt uit de regels; een vermeld totaal wijkt af (zie som-wijkt-af)" : nil))
                }
            }
        }
        return findings
    }
}
