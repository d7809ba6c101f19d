/// How one member's payment changed against the previous period of the same
/// organisation, split into the structural part (the bijdrage) and the one-off part
/// (the verrekening of an earlier result). A council reads the first as "what this
/// arrangement costs us now" and the second as "what came back or was charged once".
///
/// The previous period's amounts are scaled to this period's months (pro rata, to
/// cents) one by one, so the three changes always add up:
/// `definitief = bijdrage + verrekening`.
public struct ContributionChange: Hashable, Sendable {
    /// The previous period.
    public var previousPeriod: Period
    /// The previous document's title (`Jaarrekening 2021`).
    public var previousTitle: String
    /// The previous document's file.
    public var previousFile: String
    /// The months of this period and of the previous one.
    public var months: Int
    /// The months of the previous period.
    public var previousMonths: Int
    /// The previous bijdrage, scaled to this period's months.
    public var previousContribution: Money
    /// The previous verrekening, scaled to this period's months.
    public var previousSettlement: Money
    /// The change of the bijdrage (structural).
    public var contribution: Money
    /// The change of the verrekening (one-off).
    public var settlement: Money

    /// Compares a member's figures with its figures in the previous period.
    /// - Parameters:
    ///   - current: the member in this period.
    ///   - months: this period's months.
    ///   - previous: the member in the previous period.
    ///   - previousBudget: the previous period's budget.
    ///   - previousMonths: the months of the previous period's contribution column.
    public init(current: MemberContribution, months: Int, previous: MemberContribution, previousBudget: Budget, previousMonths: Int) {
        previousPeriod = previousBudget.period
        previousTitle = previousBudget.title
        previousFile = previousBudget.file
        self.months = months
        self.previousMonths = previousMonths
        previousContribution = ProRata.amount(previous.contribution, months: months, of: previousMonths)
        previousSettlement = ProRata.amount(previous.settlement, months: months, of: previousMonths)
        contribution = current.contribution - previousContribution
        settlement = current.settlement - previousSettlement
    }

    /// The previous definitief, scaled: bijdrage plus verrekening.
    public var previousFinal: Money { previousContribution + previousSettlement }
    /// The change of the definitief: the change of the bijdrage plus that of the verrekening.
    public var final: Money { contribution + settlement }

    /// The change of the bijdrage as a share of the previous bijdrage (nil when that was zero).
    public var relativeContribution: Share? {
        previousContribution.isZero ? nil : Share(contribution, of: previousContribution.magnitude)
    }

    /// The change of the definitief as a share of the previous definitief (nil when that was zero).
    public var relativeFinal: Share? {
        previousFinal.isZero ? nil : Share(final, of: previousFinal.magnitude)
    }

    /// What is compared with: `2021`, or `7/12 van 2023` for periods of other lengths.
    public var basis: String {
        months == previousMonths ? previousPeriod.dutchDescription : "\(months)/\(previousMonths) van \(previousPeriod.dutchDescription)"
    }

    /// The change as JSON: `bijdrage`, `verrekening` and `definitief` (each an exact
    /// amount; they add up), the percentages, the previous amounts as scaled, and the
    /// basis.
    public var json: JSONOutput {
        .object([
            "bijdrage": .amount(contribution),
            "verrekening": .amount(settlement),
            "definitief": .amount(final),
            "bijdrage-procent": relativeContribution?.json ?? .null,
            "definitief-procent": relativeFinal?.json ?? .null,
            "vorige": .object([
                "bestand": .string(previousFile), "titel": .string(previousTitle),
                "bijdrage": .amount(previousContribution), "verrekening": .amount(previousSettlement), "definitief": .amount(previousFinal),
                "naar-rato": .bool(months != previousMonths),
            ]),
            "ten-opzichte-van": .string(basis),
        ])
    }
}
