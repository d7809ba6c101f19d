/// An amount as printed in the source document, with where it stands in the file.
public struct StatedAmount: Hashable, Sendable {
    /// The printed amount.
    public var amount: Money
    /// Where it stands in the file.
    public var origin: FieldLocation?

    /// Creates a stated amount.
    public init(_ amount: Money, origin: FieldLocation? = nil) {
        self.amount = amount
        self.origin = origin
    }
}

/// The figures a source document prints — totals, subtotals, results, per-member
/// amounts — kept apart from what ZVHFinance computes, so every one can be checked.
public struct StatedFigures: Hashable, Sendable {
    /// The printed total of the lasten, by column.
    public var totalCosts: ByColumn<StatedAmount> = [:]
    /// The printed total of the baten, by column.
    public var totalIncome: ByColumn<StatedAmount> = [:]
    /// The printed resultaat (baten − lasten, `+` = voordeel), by column.
    public var result: ByColumn<StatedAmount> = [:]
    /// Other printed totals over a selection of baten or lasten lines.
    public var totals: [StatedTotal] = []
    /// Printed amounts per member: contribution, settlement, final contribution.
    public var contributions: [StatedContribution] = []
    /// A settlement printed in a jaarrekening (the amounts to return or charge).
    public var settlement: StatedSettlement?
    /// A printed instalment table (`vermeld.termijnen`): per member its advances.
    public var instalments: [StatedInstalments] = []
    /// The printed afronding line of the members' contributions (`vermeld.afronding`),
    /// by column: what the rounded member amounts miss of their total.
    public var roundingDifference: ByColumn<StatedAmount> = [:]

    /// Creates an empty set of stated figures.
    public init() {}
}

/// A printed total over some lines, such as "Totaal bijdrage" (the rijksbijdrage plus
/// the municipal contributions).
public struct StatedTotal: Hashable, Sendable {
    /// The label as printed.
    public var name: String
    /// The kinds of baten line the total covers (empty: use `lineNames`).
    public var kinds: [LineKind]
    /// The names of the lines the total covers, in addition to `kinds`.
    public var lineNames: [String]
    /// The printed amounts by column.
    public var amounts: ByColumn<StatedAmount>
    /// Where the total stands in the file.
    public var origin: FieldLocation?

    /// Creates a stated total.
    public init(name: String, kinds: [LineKind] = [], lineNames: [String] = [], amounts: ByColumn<StatedAmount>, origin: FieldLocation? = nil) {
        self.name = name
        self.kinds = kinds
        self.lineNames = lineNames
        self.amounts = amounts
        self.origin = origin
    }
}

/// What a source prints for one member in a table of contributions.
public struct StatedContribution: Hashable, Sendable {
    /// The member.
    public var municipality: String
    /// The printed contribution before settlement.
    public var contribution: StatedAmount?
    /// The printed settlement (negative: returned to the member).
    public var settlement: StatedAmount?
    /// The printed final contribution.
    public var final: StatedAmount?
    /// Where the entry stands in the file.
    public var origin: FieldLocation?

    /// Creates a stated contribution.
    public init(municipality: String, contribution: StatedAmount? = nil, settlement: StatedAmount? = nil, final: StatedAmount? = nil, origin: FieldLocation? = nil) {
        self.municipality = municipality
        self.contribution = contribution
        self.settlement = settlement
        self.final = final
        self.origin = origin
    }
}

/// A settlement printed in a jaarrekening: what is returned (negative) or charged
/// (positive) per line, and in total.
public struct StatedSettlement: Hashable, Sendable {
    /// The column where the source prints it.
    public var column: String?
    /// The printed total (negative: returned to the members).
    public var total: StatedAmount
    /// The printed amount per line (a member's name, or another baten line's label).
    public var perLine: [NamedStatedAmount]
    /// Where the settlement stands in the file.
    public var origin: FieldLocation?

    /// Creates a stated settlement.
    public init(column: String?, total: StatedAmount, perLine: [NamedStatedAmount], origin: FieldLocation? = nil) {
        self.column = column
        self.total = total
        self.perLine = perLine
        self.origin = origin
    }
}

/// A stated amount with the name of what it belongs to (a member or a line label).
public struct NamedStatedAmount: Hashable, Sendable {
    /// The member's name or the line's label.
    public var name: String
    /// The printed amount.
    public var amount: StatedAmount

    /// Creates a named stated amount.
    public init(name: String, amount: StatedAmount) {
        self.name = name
        self.amount = amount
    }
}

extension BudgetItem {
    /// The entry with no printed amounts (its own, its lines' and its groups'), as for a
    /// budget derived from this one.
    public var withoutStatedAmounts: BudgetItem {
        switch self {
        case .line(var line):
            line.stated = [:]
            return .line(line)
        case .group(var group):
            group.stated = [:]
            group.items = group.items.map(\.withoutStatedAmounts)
            return .group(group)
        }
    }
}
