/// `bijdragen-tellen-niet-op`: a published table of contributions whose member amounts
/// (plus its published afronding line) do not add up to its published total — the
/// cause, in the table itself, of per-member differences that other rules report.
///
/// The published total is a `vermeld.totalen` entry over the kind
/// `gemeentelijke-bijdrage` alone; the member amounts are `vermeld.bijdragen` (every
/// member must have one); the afronding line is `vermeld.afronding` in the column of the
/// contributions. Its own `verrekening` and `definitief` amounts are compared the same way.
public struct StatedContributionSumRule: CheckRule {
    public let name = "bijdragen-tellen-niet-op"
    public let summary = "vermelde bijdragen per gemeente die (met de vermelde afronding) niet optellen tot het vermelde totaal van de bijdragen"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        let printed = budget.stated.contributions
        let memberNames = budget.organisation.members.map(\.name)
        guard !printed.isEmpty, Set(memberNames).isSubset(of: printed.map(\.municipality)) else { return [] }
        let column = context.statement?.column ?? budget.mainColumn
        let rounding = budget.stated.roundingDifference[column.name]
        var findings: [Finding] = []
        for total in budget.stated.totals where total.kinds == [.municipalContribution] && total.lineNames.isEmpty {
            let comparisons: [(what: String, total: StatedAmount?, members: [StatedAmount?], withRounding: Bool)] = [
                ("bijdragen", total.amounts[column.name], printed.map(\.contribution), true),
                ("verrekeningen", total.amounts["verrekening"], printed.map(\.settlement), false),
                ("definitieve bijdragen", total.amounts["definitief"], printed.map(\.final), true),
            ]
            for comparison in comparisons {
                guard let stated = comparison.total else { continue }
                let amounts = comparison.members.compactMap { $0?.amount }
                guard amounts.count == printed.count else { continue }
                let roundingLine = comparison.withRounding ? rounding?.amount : nil
                let sum = amounts.sum() + (roundingLine ?? .zero)
                let difference = stated.amount - sum
                guard !difference.isZero else { continue }
                let withRounding = roundingLine.map { " plus de vermelde afronding \($0.dutch())" } ?? ""
                findings.append(context.finding(
                    name, .warning, at: stated.origin,
                    "de vermelde \(comparison.what) per gemeente tellen samen\(withRounding) op tot \(sum.dutch()), maar het vermelde totaal \"\(total.name)\" is \(stated.amount.dutch()) (verschil \(difference.dutch()))",
                    members: memberNames, expected: sum, found: stated.amount,
                    hint: roundingLine == nil
                        ? "rondt de bron elke gemeente apart af met een regel afronding, vermeld die dan als 'vermeld.afronding' (kolom \(column.name))"
                        : "de tabel is zelf niet sluitend; controleer de bedragen zoals de bron ze drukt"))
            }
        }
        return findings
    }
}
