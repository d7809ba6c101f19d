/// A reserve of the organisation as its budget file describes it (`reserves`): what
/// it is for, its balance at the start of the year and the limits the board set.
///
/// Movements are lines of the baten of soort `reserve-toevoeging` (negative) or
/// `reserve-onttrekking` (positive) that name the reserve (`reserve`); the year's
/// schedule follows from them (``ReserveSchedule``).
public struct Reserve: Hashable, Sendable {
    /// The kinds of reserve (BBV).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A buffer for risks.
        case general = "algemene-reserve"
        /// Earmarked by a board decision, often with an end date and a cap.
        case earmarked = "bestemmingsreserve"
        /// Smooths costs over years.
        case equalisation = "egalisatiereserve"
    }

    /// The name the movements refer to (`31265`, `Bestemmingsreserve POK`).
    public var name: String
    /// The kind.
    public var kind: Kind
    /// The balance at the start of the document's year (stand begin).
    public var openingBalance: Money
    /// The most the reserve may hold, if the board set a cap.
    public var cap: Money?
    /// What the reserve is for.
    public var purpose: String?
    /// The date (`JJJJ-MM-DD`) after which the reserve may no longer be used, if any.
    public var endDate: String?
    /// The board decision that formed it (date and reference).
    public var decision: String?
    /// Where the reserve stands in the file.
    public var origin: FieldLocation?

    /// Creates a reserve.
    public init(
        name: String, kind: Kind, openingBalance: Money = .zero, cap: Money? = nil, purpose: String? = nil, endDate: String? = nil,
        decision: String? = nil, origin: FieldLocation? = nil
    ) {
        self.name = name
        self.kind = kind
        self.openingBalance = openingBalance
        self.cap = cap
        self.purpose = purpose
        self.endDate = endDate
        self.decision = decision
        self.origin = origin
    }

    /// The year of the end date, if any.
    public var endYear: Int? {
        endDate.flatMap { Int($0.prefix(4)) }
    }
}
