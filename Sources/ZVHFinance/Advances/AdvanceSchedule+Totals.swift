/// The sums `zvh voorschotten` shows beside the instalments, computed here once so every
/// format shows the same: per member the sum of its instalments, per instalment the sum
/// over the members, the grand total, and whether every member's instalments add up.
extension AdvanceSchedule.MemberAdvances {
    /// The sum of the instalments (equal to ``total`` by construction; shown as the check).
    public var instalmentSum: Money { instalments.sum() }

    /// Whether the instalments add up exactly to the final contribution.
    public var addsUp: Bool { instalmentSum == total }
}

extension AdvanceSchedule {
    /// The members' final contributions together.
    public var total: Money { members.map(\.total).sum() }

    /// Per instalment the advances of all members together, in order.
    /// - Complexity: O(members × count).
    public var instalmentTotals: [Money] {
        (0..<count).map { index in members.map { $0.instalments[index] }.sum() }
    }

    /// The sum of every advance of every member.
    /// - Complexity: O(members × count).
    public var instalmentSum: Money { instalmentTotals.sum() }

    /// Whether each member's instalments add up exactly to its final contribution.
    public var instalmentsAddUp: Bool { members.allSatisfy(\.addsUp) }
}
