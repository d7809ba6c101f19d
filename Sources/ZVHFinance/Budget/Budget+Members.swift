extension Budget {
    /// The contribution lines of a member (lines of kind gemeentelijke-bijdrage naming it).
    public func contributionLines(of member: String) -> [BudgetLine] {
        incomeLines.filter { $0.kind == .municipalContribution && $0.municipality == member }
    }

    /// Every member's contribution lines, in one pass (members without lines absent).
    /// - Complexity: O(lines).
    public var contributionLinesByMember: [String: [BudgetLine]] {
        var result: [String: [BudgetLine]] = [:]
        for line in incomeLines where line.kind == .municipalContribution {
            if let member = line.municipality { result[member, default: []].append(line) }
        }
        return result
    }

    /// The sum of a member's contribution lines in the main column (zero without any).
    public func givenContribution(of member: String) -> Money {
        contributionLines(of: member).map { amount(of: $0, in: mainColumn, side: .income) }.sum()
    }

    /// The sibling lists of the budget, each with the side and a Dutch name for the
    /// section ("lasten", "baten", "baten › Bijdrage gemeenten").
    public var sections: [(name: String, side: BudgetSide, items: [BudgetItem])] {
        var result: [(String, BudgetSide, [BudgetItem])] = []
        func visit(_ items: [BudgetItem], name: String, side: BudgetSide) {
            result.append((name, side, items))
            for case .group(let group) in items {
                visit(group.items, name: "\(name) › \(group.name)", side: side)
            }
        }
        visit(costs, name: "lasten", side: .costs)
        visit(income, name: "baten", side: .income)
        return result
    }
}

/// Pro-rata amounts for part-year periods: `amount × months / 12`.
public enum ProRata {
    /// An amount for `months` out of `basisMonths`, rounded to cents (rekenkundig).
    public static func amount(_ amount: Money, months: Int, of basisMonths: Int) -> Money {
        Rounding.cent.round(numerator: Int128(amount.cents) * Int128(months), denominator: Int128(basisMonths)).amount
    }

    /// The formula as a reader writes it: `7/12 × 83.339`, or just the amount for equal periods.
    public static func formula(_ amount: Money, months: Int, of basisMonths: Int) -> String {
        months == basisMonths ? amount.dutch() : "\(months)/\(basisMonths) × \(amount.dutch())"
    }
}
