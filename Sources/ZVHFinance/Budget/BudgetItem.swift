/// An entry of the lasten or baten of a budget: a line, or a group of entries with a
/// subtotal.
public enum BudgetItem: Hashable, Sendable {
    case line(BudgetLine)
    case group(BudgetGroup)

    /// The name as printed.
    public var name: String {
        switch self {
        case .line(let line): line.name
        case .group(let group): group.name
        }
    }

    /// Where the entry stands in the file.
    public var origin: FieldLocation? {
        switch self {
        case .line(let line): line.origin
        case .group(let group): group.origin
        }
    }

    /// The stable code of the entry (`personeel.formatie`), nil where the file gives none.
    public var code: String? {
        switch self {
        case .line(let line): line.code
        case .group(let group): group.code
        }
    }

    /// The amounts stated (printed) for this entry in the source, by column.
    public var stated: ByColumn<StatedAmount> {
        switch self {
        case .line(let line): line.stated
        case .group(let group): group.stated
        }
    }

    /// Every line below this entry, depth first, in file order.
    public var lines: [BudgetLine] { BudgetItem.lines(of: [self]) }

    /// Every line below the entries, depth first, in file order, collected into one
    /// array (not an array per entry, joined).
    /// - Complexity: O(n) in the entries below.
    public static func lines(of items: [BudgetItem]) -> [BudgetLine] {
        var lines: [BudgetLine] = []
        func collect(_ items: [BudgetItem]) {
            for item in items {
                switch item {
                case .line(let line): lines.append(line)
                case .group(let group): collect(group.items)
                }
            }
        }
        collect(items)
        return lines
    }
}

/// One line of a budget: a name, a kind, and an amount per column.
public struct BudgetLine: Hashable, Sendable {
    /// The label as printed (`Formatie vast personeel`).
    public var name: String
    /// What the line is; nil where the file does not say (a plain cost line).
    public var kind: LineKind?
    /// For a municipal contribution: the member it belongs to.
    public var municipality: String?
    /// The amounts by column name; a missing column means nothing was printed.
    public var amounts: ByColumn<Money>
    /// Amounts printed in the source for derived columns (e.g. a difference), kept
    /// apart so they can be checked against what the library computes.
    public var stated: ByColumn<StatedAmount>
    /// Where the line stands in the file.
    public var origin: FieldLocation?
    /// Where each amount stands in the file, by column name.
    public var amountOrigins: ByColumn<FieldLocation>
    /// For a capacity line: the FTE and function its amount is computed from.
    public var capacity: Capacity?
    /// For an income line: the theme (kostenplaats) whose costs it covers.
    public var theme: String?
    /// The stable code that identifies the line across years (`personeel.formatie`, or
    /// the host's ledger account), whatever its label; nil where the file gives none.
    public var code: String? = nil
    /// For a reserve movement: the name of the reserve it adds to or draws from.
    public var reserve: String? = nil
    /// Whether the file calls the line incidental (BBV art. 19, with its years) or
    /// structural; nil where it does not say (see ``isIncidental`` for the default).
    public var recurrence: Recurrence? = nil
    /// The Iv3 taakveld the line is reported under (`1.2`), if tagged.
    public var taakveld: String?
    /// The Iv3 categorie (`3.5.1`), if tagged.
    public var iv3Category: String?
    /// For an income line: whether its amount is passed on to the members (`doorgeven`),
    /// so that a negative amount to distribute is intended (they receive it).
    public var isPassedOn = false

    /// Creates a line.
    public init(
        name: String, kind: LineKind? = nil, municipality: String? = nil, amounts: ByColumn<Money>,
        stated: ByColumn<StatedAmount> = [:], origin: FieldLocation? = nil, amountOrigins: ByColumn<FieldLocation> = [:],
        capacity: Capacity? = nil, theme: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.municipality = municipality
        self.amounts = amounts
        self.stated = stated
        self.origin = origin
        self.amountOrigins = amountOrigins
        self.capacity = capacity
        self.theme = theme
    }

    /// The amount in a column, zero where nothing was printed.
    public func amount(in column: String) -> Money {
        amounts[column] ?? .zero
    }
}

/// A group of lines with a printed heading (`Personele kosten`), possibly nested.
public struct BudgetGroup: Hashable, Sendable {
    /// The heading as printed.
    public var name: String
    /// The entries of the group, in file order.
    public var items: [BudgetItem]
    /// Subtotals printed in the source, by column.
    public var stated: ByColumn<StatedAmount>
    /// Where the group stands in the file.
    public var origin: FieldLocation?
    /// When the group is a theme (kostenplaats) with its own key and participants.
    public var theme: Theme?
    /// The stable code that identifies the group across years; nil where the file gives none.
    public var code: String? = nil

    /// Creates a group.
    public init(name: String, items: [BudgetItem], stated: ByColumn<StatedAmount> = [:], origin: FieldLocation? = nil, theme: Theme? = nil) {
        self.name = name
        self.items = items
        self.stated = stated
        self.origin = origin
        self.theme = theme
    }
}
