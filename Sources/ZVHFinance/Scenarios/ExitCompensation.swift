/// The rule for an *uittreedsom*: what a leaving member pays towards the costs that do
/// not fall away when it leaves, by one of the methods seen in practice.
///
/// - `vlak` (flat): years × share × the remaining cost lines in the basis;
/// - `aflopend` (declining): Σ percentage of year j × share × the remaining cost lines
///   (e.g. 100/80/60/40/20 % over five years);
/// - `werkelijk-verlies` (actual loss): share × Σ the frictiekosten, each a yearly amount
///   from the year the member leaves through its end date (per month).
///
/// The share is the member's part of the contributions in the basis (its share by the
/// key); the sum is exact until it is rounded once to the contributions' unit, a half
/// away from zero.
public struct ExitCompensationRule: Hashable, Sendable {
    /// How the uittreedsom is computed.
    public enum Method: Hashable, Sendable {
        /// Years × share × the remaining costs (`vlak`).
        case flat(years: Int)
        /// A percentage of the share of the remaining costs per year (`aflopend`).
        case declining(percentages: [Quantity])
        /// Share × the actual frictiekosten until their end dates (`werkelijk-verlies`).
        case actualLoss([FrictionCost])

        /// The file's name of the method.
        public var name: ExitMethodName {
            switch self {
            case .flat: .vlak
            case .declining: .aflopend
            case .actualLoss: .werkelijkVerlies
            }
        }

        /// The file's name of the method, as text.
        public var dutchName: String { name.rawValue }
    }

    /// How the uittreedsom is computed.
    public var method: Method
    /// The cost lines or groups (by name) that do not fall away (flat and declining).
    public var remainingCosts: [String]

    /// Creates a flat rule: `years` × share × the remaining costs.
    public init(years: Int, remainingCosts: [String]) {
        self.init(method: .flat(years: years), remainingCosts: remainingCosts)
    }

    /// Creates a rule by any method.
    public init(method: Method, remainingCosts: [String] = []) {
        self.method = method
        self.remainingCosts = remainingCosts
    }

    /// For how many years the member pays (the flat years, the declining percentages,
    /// or the longest frictiekosten counted in whole years from the budget year).
    public var years: Int {
        switch method {
        case .flat(let years): years
        case .declining(let percentages): percentages.count
        case .actualLoss(let costs): costs.map(\.endYear).max().map { max(0, $0) } ?? 0
        }
    }

    /// "2 jaar het aandeel in de blijvende kosten (Huur)", "aflopend 100/80/60/40/20% …".
    public var dutchDescription: String {
        let costs = remainingCosts.joined(separator: ", ")
        switch method {
        case .flat(let years): return "\(years) jaar het aandeel in de blijvende kosten (\(costs))"
        case .declining(let percentages):
            return "aflopend \(percentages.map { $0.dutch() }.joined(separator: "/"))% van het aandeel in de blijvende kosten (\(costs))"
        case .actualLoss(let frictionCosts):
            return "het aandeel in de werkelijke frictiekosten (\(frictionCosts.map { "\($0.name) tot \($0.endText)" }.joined(separator: ", ")))"
        }
    }
}

/// One frictiekost of an actual-loss uittreedsom: a yearly amount that continues after
/// the member leaves, through the end of a month.
public struct FrictionCost: Hashable, Sendable {
    /// What the cost is ("huurcontract Wilhelminasingel").
    public var name: String
    /// The amount per year.
    public var yearlyAmount: Money
    /// The year of the end date.
    public var endYear: Int
    /// The month of the end date (1–12); the cost runs through that month.
    public var endMonth: Int
    /// Where the cost stands in the scenario file.
    public var origin: FieldLocation?

    /// Creates a frictiekost.
    public init(name: String, yearlyAmount: Money, endYear: Int, endMonth: Int, origin: FieldLocation? = nil) {
        self.name = name
        self.yearlyAmount = yearlyAmount
        self.endYear = endYear
        self.endMonth = endMonth
        self.origin = origin
    }

    /// "2025-06".
    public var endText: String { "\(endYear)-\(endMonth < 10 ? "0" : "")\(endMonth)" }

    /// The months it still runs from January of `year` (zero when it ended before).
    public func months(from year: Int) -> Int {
        max(0, (endYear - year) * 12 + endMonth)
    }
}

/// What a member that leaves still receives and pays: its part of the settlement of
/// the year it took part in, and the uittreedsom where the scenario defines one.
public struct MemberExit: Hashable, Sendable {
    /// The member.
    public var municipality: String
    /// Its remaining part of the settlement (negative: returned to it).
    public var settlement: Money
    /// The rule, when the scenario defines an uittreedsom.
    public var rule: ExitCompensationRule?
    /// The sum of the remaining costs in the basis (flat and declining).
    public var remainingCosts: Money
    /// The member's share of the contributions in the basis.
    public var share: Share
    /// The uittreedsom (zero without a rule).
    public var compensation: Money
    /// The terms of the uittreedsom: one per year (declining) or per frictiekost.
    public var terms: [ExitCompensationTerm] = []
    /// The uittreedsom exactly, before its one rounding.
    public var exact: ExactAmount?
    /// The year the member leaves (the first year it no longer pays).
    public var year: Int = 0
}

/// One term of an uittreedsom: the costs it covers and the member's exact share of them.
public struct ExitCompensationTerm: Hashable, Sendable {
    /// "jaar 1: 100%", "Huur tot 2025-12: 36 maanden".
    public var label: String
    /// The costs this term covers, exactly (percentage × remaining costs, or the
    /// yearly amount × months / 12).
    public var costs: ExactAmount
    /// The member's share of them, exactly.
    public var exact: ExactAmount
}

/// The methods an uittreedsom may name (`methode` of a scenario file's `uittreedsom`).
public enum ExitMethodName: String, CaseIterable, Sendable {
    case vlak, aflopend
    case werkelijkVerlies = "werkelijk-verlies"
}
