/// `niet-sluitend`: a begroting, or a budget column, whose baten and lasten differ.
public struct UnbalancedRule: CheckRule {
    public let name = "niet-sluitend"
    public let summary = "een begroting (of begrotingskolom) waarvan baten en lasten niet gelijk zijn"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        var findings: [Finding] = []
        for column in budget.columns where column.kind == .budgeted {
            guard let position = budget.columns.firstIndex(of: column) else { continue }
            // Sluitend after the mutaties reserves: a toevoeging covered by baten is planned.
            let movements = context.figures.totalReserveMovements[position]
            let income = context.figures.totalIncome[position] + movements
            let costs = context.figures.totalCosts[position]
            let gap = context.figures.result[position]
            guard !gap.isZero else { continue }
            let what = gap.isNegative ? "tekort" : "overschot"
            let reserves = movements.isZero ? "" : ", mutaties reserves \(movements.dutch())"
            findings.append(
                context.finding(
                    name, context.severity(of: gap), at: column.origin,
                    "de begroting in kolom \(column.name) (\(column.heading)) is niet sluitend: baten \(context.figures.totalIncome[position].dutch()), lasten \(costs.dutch())\(reserves), \(what) \(gap.magnitude.dutch())",
                    members: context.allMembers, expected: costs, found: income,
                    hint: gap.isNegative && gap.magnitude > context.options.tolerance ? "de bijdragen dekken de lasten niet; het tekort van \(gap.magnitude.dutch()) komt bij de afrekening alsnog op tafel" : nil))
        }
        return findings
    }
}
