/// `pro-rata-afwijking`: a part-year amount far from the pro-rata amount of the same
/// line in the previous full year.
public struct ProRataRule: CheckRule {
    public let name = "pro-rata-afwijking"
    public let summary = "een bedrag voor een deel van het jaar dat ver afwijkt van het pro-rata bedrag van het vorige volle jaar"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        let months = budget.mainColumn.months
        guard months < 12,
            let basis = context.lastOther(where: { $0.budget.period < budget.period && $0.budget.mainColumn.months == 12 })?.budget
        else { return [] }
        var findings: [Finding] = []
        for (side, lines, basisLines) in [
            (BudgetSide.costs, budget.costLines, basis.costLines), (.income, budget.incomeLines, basis.incomeLines),
        ] {
            // Prepared once per side: the basis lines by code and by label.
            let counterparts = LineCounterparts(basisLines)
            for line in lines {
                guard let basisLine = counterparts.counterpart(of: line) else { continue }
                let basisAmount = basis.amount(of: basisLine, in: basis.mainColumn, side: side)
                guard !basisAmount.isZero else { continue }
                let expected = ProRata.amount(basisAmount, months: months, of: 12)
                let amount = budget.amount(of: line, in: budget.mainColumn, side: side)
                let deviation = amount - expected
                // |deviation| / |expected| > threshold%, in integers.
                let left = Int128(deviation.cents.magnitude) * 100 * Int128(Quantity.unit)
                let right = Int128(expected.cents.magnitude) * Int128(context.options.proRataThresholdPercent.millionths)
                guard left > right else { continue }
                let percent = Ratio.percentText(Int128(deviation.cents), of: Int128(expected.cents.magnitude), decimals: 1)
                findings.append(
                    context.finding(
                        name, .warning, at: line.origin,
                        "\"\(line.name)\": \(amount.dutch()) voor \(budget.period.dutchDescription), terwijl pro rata \(ProRata.formula(basisAmount, months: months, of: 12)) = \(expected.dutch(alwaysCents: false)) (\"\(basisLine.name)\", \(basis.title)); \(deviation.isNegative ? "" : "+")\(percent)",
                        members: line.municipality.map { [$0] } ?? [], relatedFile: basis.file, expected: expected, found: amount))
            }
        }
        return findings
    }
}
