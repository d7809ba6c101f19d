/// A key change phased in over several years (an *ingroeipad*): in year k of N the
/// amount is split by the weights (N − k)/N × the old key + k/N × the new key,
/// optionally with a cap on what a member pays more than under the old key.
///
/// ```swift
/// let phaseIn = PhaseIn(fromKey: "bijdragen-2022", toKey: "inwoners", years: 4, firstYear: 2022)
/// phaseIn.step(in: 2023)          // 2: the second year, half of the way
/// ```
public struct PhaseIn: Hashable, Sendable {
    /// The years a phase-in may take.
    public static let yearRange = 1...30

    /// The key the members paid by before the change (key A).
    public var fromKey: String
    /// The key the members pay by at the end of the phase-in (key B).
    public var toKey: String
    /// In how many years the new key is reached (N).
    public var years: Int
    /// The first year of the phase-in (k = 1).
    public var firstYear: Int
    /// The cap on a member's extra contribution, if any.
    public var cap: PhaseInCap?

    /// Creates a phase-in.
    public init(fromKey: String, toKey: String, years: Int, firstYear: Int, cap: PhaseInCap? = nil) {
        self.fromKey = fromKey
        self.toKey = toKey
        self.years = years
        self.firstYear = firstYear
        self.cap = cap
    }

    /// The step k of a year: 1 in the first year, 0 or less before it; it keeps
    /// counting after year N (the new key then applies in full, a cap still limits).
    public func step(in year: Int) -> Int { year - firstYear + 1 }

    /// The weight of the new key in a year, as k/N with k between 0 and N.
    public func newKeyWeight(in year: Int) -> (numerator: Int, denominator: Int) {
        (min(max(step(in: year), 0), years), years)
    }

    /// "van bijdragen-2022 naar inwoners in 4 jaar vanaf 2022, plafond € 5.000 per jaar".
    public var dutchDescription: String {
        "van \"\(fromKey)\" naar \"\(toKey)\" in \(years) jaar vanaf \(firstYear)" + (cap.map { ", plafond \($0.dutchDescription)" } ?? "")
    }
}

/// The cap of a phase-in: a member pays in year k at most k × the cap more than under
/// the old key; what it would pay beyond that is carried by the others by the new key.
public enum PhaseInCap: Hashable, Sendable {
    /// An amount per member per year (`per-jaar`).
    case perYear(Money)
    /// An amount per inhabitant per year (`per-inwoner-per-jaar`).
    case perInhabitantPerYear(Money)

    /// The most a member may pay more than under the old key in step `step`, exact in
    /// cents; nil for a member without inhabitants under a per-inhabitant cap.
    /// Steps before the first count as zero.
    func allowanceCents(steps step: Int, inhabitants: Int64?) -> Int128? {
        let steps = Int128(max(step, 0))
        switch self {
        case .perYear(let amount): return steps * Int128(amount.cents)
        case .perInhabitantPerYear(let amount):
            guard let inhabitants else { return nil }
            return steps * Int128(amount.cents) * Int128(inhabitants)
        }
    }

    /// "€ 5.000 per jaar", "€ 1,50 per inwoner per jaar".
    public var dutchDescription: String {
        switch self {
        case .perYear(let amount): "€ \(amount.dutch(alwaysCents: !amount.isMultiple(of: .euro))) per gemeente per jaar"
        case .perInhabitantPerYear(let amount): "€ \(amount.dutch(alwaysCents: true)) per inwoner per jaar"
        }
    }
}
