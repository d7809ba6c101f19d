/// `som-wijkt-af`: a printed total or subtotal that differs from the sum of its lines.
/// Up to the tolerance it is a rounding difference (waarschuwing), beyond it a fout.
public struct SumMismatchRule: CheckRule {
    public let name = "som-wijkt-af"
    public let summary = "een vermeld totaal of subtotaal dat niet gelijk is aan de som van de regels"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        let statement = context.statement
        var findings: [Finding] = []

        func compare(_ label: String, _ stated: StatedAmount, computed: Money, column: String) {
            let difference = stated.amount - computed
            guard !difference.isZero else { return }
            let severity = context.severity(of: difference)
            let kind = severity == .error ? "wijkt af" : "afrondingsverschil"
            findings.append(
                context.finding(
                    name, severity, at: stated.origin,
                    "\(label) in kolom \(column): vermeld \(stated.amount.dutch()), de regels tellen op tot \(computed.dutch()) (\(kind) van \(difference.magnitude.dutch()))",
                    expected: computed, found: stated.amount))
        }

        let figures = context.figures
        /// Computed contributions count as baten in their column (as the figures hold them,
        /// with their afronding line); for contributions given as lines, the published
        /// afronding line is added to the lines.
        func contributionsTotal(in column: Column) -> Money {
            guard let position = budget.columns.firstIndex(of: column) else { return .zero }
            if figures.contributionsColumn != nil { return figures.computedContributions(at: position) }
            return figures.roundingDifference(at: position)
        }

        for section in budget.sections {
            for item in section.items {
                for (columnName, stated) in item.stated {
                    guard let column = budget.column(named: columnName) else { continue }
                    let what: String
                    switch item {
                    case .group(let group): what = "subtotaal \"\(group.name)\""
                    case .line(let line): what = "regel \"\(line.name)\""
                    }
                    compare(what, stated, computed: budget.total(of: item, in: column, side: section.side), column: columnName)
                }
            }
        }
        for (position, column) in budget.columns.enumerated() {
            if let stated = budget.stated.totalCosts[column.name] {
                compare("totaal lasten", stated, computed: figures.totalCosts[position], column: column.name)
            }
            if let stated = budget.stated.totalIncome[column.name] {
                compare("totaal baten", stated, computed: figures.totalIncome[position], column: column.name)
            }
        }
        for total in budget.stated.totals {
            let coversContributions = total.kinds.contains(.municipalContribution)
            for column in budget.columns {
                guard let stated = total.amounts[column.name] else { continue }
                let computed = budget.total(coveredBy: total, in: column) + (coversContributions ? contributionsTotal(in: column) : .zero)
                compare("totaal \"\(total.name)\"", stated, computed: computed, column: column.name)
            }
            if coversContributions, let statement {
                let base = budget.total(coveredBy: total, in: statement.column) + contributionsTotal(in: statement.column)
                if let stated = total.amounts["verrekening"] {
                    compare("verrekening in \"\(total.name)\"", stated, computed: statement.totalSettlement, column: "verrekening")
                }
                if let stated = total.amounts["definitief"] {
                    compare("definitief in \"\(total.name)\"", stated, computed: base + statement.totalSettlement, column: "definitief")
                }
            }
        }
        for printed in budget.stated.contributions {
            if let contribution = printed.contribution, let settlement = printed.settlement, let final = printed.final {
                compare("definitief van \(printed.municipality) (vermelde bijdrage + vermelde verrekening)", final, computed: contribution.amount + settlement.amount, column: "definitief")
            }
        }
        if let settlement = budget.stated.settlement, !settlement.perLine.isEmpty {
            compare("totaal van de vermelde verrekening", settlement.total, computed: settlement.perLine.map(\.amount.amount).sum(), column: settlement.column ?? "verrekening")
        }
        return findings
    }
}
