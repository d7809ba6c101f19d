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
