/// A meerjarenbegroting in one file: the budget year and raming columns for the years
/// after it, each indexed once more and each with its own computed contributions.
extension NextYear {
    /// The budget with `years` raming columns (`raming-2025` …) after its first budgeted column.
    ///
    /// Capacity lines become plain amounts (each column has its own indexed rate). The
    /// contributions are computed in every column (``ContributionRule/otherColumns``);
    /// the settlement stays with the budget year.
    /// - Throws: ``ScenarioError`` when amounts grow beyond range.
    /// - Complexity: O(years × lines).
    public static func withRamingColumns(_ budget: Budget, indexation: Indexation, years: Int) throws(ScenarioError) -> Budget {
        guard years > 0 else { return budget }
        var result = budget.withComputedContributions()
        let base = result.mainColumn
        let projected = try Projection.years(after: result, scenario: nil, indexation: indexation, count: years)
        var names: [String] = []
        for later in projected {
            let name = "raming-\(later.period.year)"
            names.append(name)
            result.columns.append(Column(name: name, heading: "raming \(later.period.year)", kind: .budgeted, months: base.months))
            result.costs = merged(result.costs, later.costs, from: base.name, into: name, year: later.period.year)
            result.income = merged(result.income, later.income, from: base.name, into: name, year: later.period.year)
        }
        result.contributionRule?.otherColumns = names
        result.notes.append("Meerjarenraming: kolommen \(names.joined(separator: ", ")), elk jaar opnieuw geïndexeerd met \(indexation.dutchDescription) (AANNAME); elke kolom heeft haar eigen berekende bijdragen, de verrekening hoort bij het begrotingsjaar.")
        return result
    }

    /// The entries with the projected amounts of one raming year in `column`; a line
    /// that ends before that year (``ends(_:before:)``) gets no amount there.
    static func merged(_ items: [BudgetItem], _ later: [BudgetItem], from base: String, into column: String, year: Int) -> [BudgetItem] {
        zip(items, later).map { item, projected in
            switch (item, projected) {
            case (.group(var group), .group(let other)):
                group.items = merged(group.items, other.items, from: base, into: column, year: year)
                return .group(group)
            case (.line(var line), .line(let other)):
                if let amount = other.amounts[base], !ends(line, before: year) { line.amounts[column] = amount }
                line.capacity = nil
                return .line(line)
            default:
                return item
            }
        }
    }
}
