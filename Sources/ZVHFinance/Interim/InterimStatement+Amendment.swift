/// The begrotingswijziging a tussenrapportage proposes: every variance that reaches the
/// threshold brought into the budget (prognose − begroot), as a budget file that `zvh`
/// reads (columns begroot, the wijziging and the begroting na wijziging).
extension InterimStatement {
    /// The name of the proposed amendment column.
    public static let amendmentColumn = "wijziging-tussenrapportage"

    /// The proposed begrotingswijziging as a begroting with columns `begroot`,
    /// ``amendmentColumn`` and `na-wijziging`; printed figures and other columns left out.
    /// - Complexity: O(lines).
    public func proposedAmendment() -> Budget {
        var result = budget
        let base = budget.columns.first { $0.kind == .budgeted && $0.amendment == nil } ?? budget.mainColumn
        var baseColumn = Column(name: base.name, heading: base.heading, kind: .budgeted, months: base.months)
        baseColumn.origin = nil
        let change = Column(name: Self.amendmentColumn, heading: "voorgestelde wijziging (tussenrapportage t/m \(through))", kind: .amendment, months: base.months)
        var amended = Column(name: "na-wijziging", heading: "begroting na wijziging", kind: .budgeted, months: base.months)
        amended.amendment = Column.Amendment(base: base.name, changes: [change.name])
        result.kind = .begroting
        result.columns = [baseColumn, change, amended]
        var changes: [String: Money] = [:]
        for line in lines where line.reachesThreshold { changes[line.code ?? line.name] = line.prognosis - line.budgeted }
        func map(_ items: [BudgetItem]) -> [BudgetItem] {
            items.map { item in
                switch item {
                case .group(var group):
                    group.items = map(group.items)
                    group.stated = [:]
                    return .group(group)
                case .line(var line):
                    let budgeted = line.amount(in: base.name)
                    var amounts = ByColumn<Money>()
                    amounts[base.name] = budgeted
                    if let delta = changes[line.code ?? line.name] { amounts[change.name] = delta }
                    amounts[amended.name] = budgeted + (amounts[change.name] ?? .zero)
                    line.amounts = amounts
                    line.stated = [:]
                    line.amountOrigins = [:]
                    line.capacity = nil
                    return .line(line)
                }
            }
        }
        result.costs = map(budget.costs)
        result.income = map(budget.income)
        result.stated = StatedFigures()
        if result.contributionRule != nil {
            result.contributionRule?.column = base.name
            result.contributionRule?.otherColumns = [amended.name]
        }
        let listed = lines.filter(\.reachesThreshold)
        result.title = "\(budget.title): voorstel begrotingswijziging (tussenrapportage t/m \(through))"
        result.source = SourceReference(document: "gegenereerd met 'zvh tussenrapportage' uit \(budget.title) (\(budget.file))", section: nil)
        result.notes = [
            "Voorstel, geen besluit: per regel waarvan het verwachte verschil de drempel (\(threshold.dutchDescription)) bereikt, de wijziging prognose − begroot.",
            "Gewijzigd: " + (listed.isEmpty ? "geen regel" : listed.map { "\($0.name) \(($0.prognosis - $0.budgeted).dutch())" }.joined(separator: "; ")) + ".",
        ] + listed.compactMap { line in line.explanation.map { "Toelichting \(line.code ?? line.name): \($0)" } }
        result.file = ""
        return result
    }
}
