/// The verloop of the reserves in one column of a budget: per reserve its balance at
/// the start, the toevoegingen and onttrekkingen of the year and the balance at the end
/// (`eind = begin + toevoegingen − onttrekkingen`), from the movement lines that name it
/// and from the resultaatbestemming of a settled year (`verrekening.naar-reserves`),
/// which moves a reserve outside the exploitation.
///
/// ```swift
/// let schedule = ReserveSchedule(budget)          // the main column
/// schedule.entries.first?.closingBalance           // 97.800 for Midden-Limburg 2022
/// ```
public struct ReserveSchedule: Hashable, Sendable {
    /// One reserve's verloop.
    public struct Entry: Hashable, Sendable {
        /// The reserve.
        public var reserve: Reserve
        /// Balance at the start of the year.
        public var openingBalance: Money
        /// The toevoegingen of the year, as a positive amount.
        public var additions: Money
        /// The onttrekkingen of the year, as a positive amount.
        public var withdrawals: Money
        /// The movement lines that name the reserve, with their amount in the column.
        public var movements: [Movement]
        /// The parts of a settled year's result the settlement gives to the reserve
        /// (counted in ``additions`` or ``withdrawals``).
        public var appropriations: [SettlementReservePart] = []

        /// Balance at the end of the year: begin + toevoegingen − onttrekkingen.
        public var closingBalance: Money { openingBalance + additions - withdrawals }
    }

    /// One movement line and its amount in the column (a toevoeging negative).
    public struct Movement: Hashable, Sendable {
        /// The line.
        public var line: BudgetLine
        /// Its amount in the column.
        public var amount: Money
    }

    /// The column the movements are taken from.
    public var column: Column
    /// One entry per reserve of the file, in file order.
    public var entries: [Entry]
    /// The movement lines that name no reserve of the file.
    public var unassigned: [BudgetLine]

    /// The schedule of a budget's reserves in a column (the main column by default).
    /// - Complexity: O(lines + reserves + reserve parts of the settlement).
    public init(_ budget: Budget, column: Column? = nil) {
        let column = column ?? budget.mainColumn
        self.column = column
        var entries = budget.reserves.map { Entry(reserve: $0, openingBalance: $0.openingBalance, additions: .zero, withdrawals: .zero, movements: []) }
        let index = Dictionary(budget.reserves.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var unassigned: [BudgetLine] = []
        for line in budget.incomeLines where line.kind?.isReserveMovement == true {
            guard let name = line.reserve, let position = index[name] else {
                unassigned.append(line)
                continue
            }
            let amount = budget.amount(of: line, in: column, side: .income)
            entries[position].movements.append(Movement(line: line, amount: amount))
            // A toevoeging is written negative (it lowers the result), an onttrekking positive.
            if line.kind == .reserveAddition {
                entries[position].additions = entries[position].additions - amount
            } else {
                entries[position].withdrawals = entries[position].withdrawals + amount
            }
        }
        // The resultaatbestemming of the settled year: a toevoeging positive, an onttrekking negative.
        for part in budget.settlement?.reserveParts ?? [] {
            guard let position = index[part.reserve] else { continue }
            entries[position].appropriations.append(part)
            if part.amount.isNegative {
                entries[position].withdrawals = entries[position].withdrawals - part.amount
            } else {
                entries[position].additions = entries[position].additions + part.amount
            }
        }
        self.entries = entries
        self.unassigned = unassigned
    }

    /// The entry of a reserve by name.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.reserve.name == name }
    }
}
