/// Whether a line's amount recurs every year (structural) or occurs for a limited
/// number of years (incidental, BBV art. 19 and the Commissie BBV's notitie structurele
/// en incidentele baten en lasten).
///
/// A file states it per line with `incidenteel`: `true`, `false`, or the years the line
/// occurs (`[2022]`). Reserve movements are incidental unless the file says otherwise.
public enum Recurrence: Hashable, Sendable {
    /// The amount recurs every year.
    case structural
    /// The amount occurs only in the listed years (ascending; empty when the file does
    /// not name them).
    case incidental(years: [Int])

    /// The most years an incidental line may span (Commissie BBV: at most three).
    public static let longestIncidentalSpan = 3
}

extension BudgetLine {
    /// Whether the line is incidental: as the file states it, else for a reserve
    /// movement (incidental by nature), else structural.
    /// - Complexity: O(1).
    public var isIncidental: Bool {
        switch recurrence {
        case .structural: false
        case .incidental: true
        case nil: kind?.isReserveMovement ?? false
        }
    }

    /// Whether the line is structural: the complement of ``isIncidental``.
    public var isStructural: Bool { !isIncidental }

    /// The years an incidental line occurs, as the file names them; empty for a
    /// structural line or where no years are named.
    public var incidentalYears: [Int] {
        if case .incidental(let years) = recurrence { return years }
        return []
    }

    /// Whether the line ends before `year`: it is incidental and every year it names
    /// lies before `year`. A line without named years does not end by itself.
    public func hasEnded(before year: Int) -> Bool {
        guard isIncidental, let last = incidentalYears.last else { return false }
        return last < year
    }
}

extension LineKind {
    /// Whether the kind is a fixed contribution paid in advances (a member's, the
    /// Rijk's or the centrumgemeente's): what is not yet received arrives by schedule.
    public var isFixedContribution: Bool {
        switch self {
        case .municipalContribution, .nationalGrant, .hostMunicipality: true
        case .personnel, .material, .pokFunds, .chainPartners, .reserveAddition, .reserveWithdrawal, .other: false
        }
    }

    /// Whether the kind is a movement in a reserve (toevoeging or onttrekking).
    public var isReserveMovement: Bool {
        switch self {
        case .reserveAddition, .reserveWithdrawal: true
        case .personnel, .material, .nationalGrant, .pokFunds, .municipalContribution, .hostMunicipality, .chainPartners, .other: false
        }
    }
}
