/// The advances (voorschotten) a begroting asks of its members: per member its final
/// contribution (definitief) in equal instalments (termijnen), exact to the cent.
///
/// The instalments are the total divided by their number, rounded toward zero to the
/// cent; the odd cents go one each to the last instalments. So they add up to the
/// total exactly and differ from each other by at most one cent.
///
/// ```swift
/// AdvanceSchedule.instalments(of: Money(euros: 53_319), count: 12)
/// // 4.443,25 eleven times… then 4.443,25 / 4.443,26 for the last cents
/// ```
public struct AdvanceSchedule: Sendable {
    /// The numbers of instalments the command offers: yearly, half-yearly, quarterly, monthly.
    public static let allowedCounts = [1, 2, 4, 12]
    /// The default: monthly.
    public static let defaultCount = 12

    /// One member's advances.
    public struct MemberAdvances: Hashable, Sendable {
        /// The member.
        public var municipality: String
        /// The final contribution the instalments add up to.
        public var total: Money
        /// The instalments, in order.
        public var instalments: [Money]
    }

    /// The begroting.
    public let budget: Budget
    /// The number of instalments.
    public let count: Int
    /// Per member, in file order.
    public let members: [MemberAdvances]

    /// The advances of a begroting.
    /// - Parameters:
    ///   - statement: the begroting's contributions (computed once).
    ///   - budget: the begroting.
    ///   - count: the number of instalments (1 or more).
    /// - Complexity: O(members × count).
    public init(statement: ContributionStatement, budget: Budget, count: Int) {
        self.budget = budget
        self.count = count
        members = statement.members.map { member in
            MemberAdvances(municipality: member.municipality, total: member.final, instalments: Self.instalments(of: member.final, count: count))
        }
    }

    /// An amount in `count` instalments: rounded toward zero to the cent, the odd cents
    /// one each in the last instalments (a negative amount as the negation of its magnitude's).
    /// - Complexity: O(count).
    public static func instalments(of total: Money, count: Int) -> [Money] {
        precondition(count > 0, "at least one instalment")
        let magnitude = total.magnitude.cents
        let base = magnitude / Int64(count)
        let odd = Int(magnitude % Int64(count))
        let sign: Int64 = total.isNegative ? -1 : 1
        return (0..<count).map { index in Money(cents: sign * (base + (index >= count - odd ? 1 : 0))) }
    }

    /// The name of a number of instalments (`maandelijks`).
    public static func dutchName(of count: Int) -> String {
        switch count {
        case 1: "jaarlijks (1 termijn)"
        case 2: "halfjaarlijks (2 termijnen)"
        case 4: "per kwartaal (4 termijnen)"
        case 12: "maandelijks (12 termijnen)"
        default: "\(count) termijnen"
        }
    }
}
