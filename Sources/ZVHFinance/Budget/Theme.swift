/// A theme (kostenplaats) of a budget: a group of costs paid by its own set of
/// participating members, split by its own key — as MDA++ in Noord-Limburg is paid by
/// all members but Mook en Middelaar.
public struct Theme: Hashable, Sendable {
    /// Who takes part in paying for a theme.
    public enum Participation: Hashable, Sendable {
        /// Every member.
        case all
        /// Only these members.
        case only([String])
        /// Every member except these.
        case except([String])
    }

    /// The name of the key that splits the theme's net costs.
    public var keyName: String
    /// Who pays.
    public var participation: Participation
    /// Where the theme is defined in the file.
    public var origin: FieldLocation?

    /// Creates a theme.
    public init(keyName: String, participation: Participation = .all, origin: FieldLocation? = nil) {
        self.keyName = keyName
        self.participation = participation
        self.origin = origin
    }

    /// The members who pay, in member order.
    public func participants(among members: [Municipality]) -> [Municipality] {
        switch participation {
        case .all: members
        case .only(let names): members.filter { names.contains($0.name) }
        case .except(let names): members.filter { !names.contains($0.name) }
        }
    }
}

/// A capacity line's basis: FTE of a function, priced at the function's rate.
public struct Capacity: Hashable, Sendable {
    /// The full-time equivalents.
    public var fte: Quantity
    /// The function (`procesregie`).
    public var function: String
    /// The yearly cost of one FTE of the function.
    public var rate: Money

    /// Creates a capacity.
    public init(fte: Quantity, function: String, rate: Money) {
        self.fte = fte
        self.function = function
        self.rate = rate
    }

    /// FTE × rate, rounded to cents (rekenkundig).
    public var amount: Money {
        Rounding.cent.round(numerator: Int128(rate.cents) * Int128(fte.millionths), denominator: Int128(Quantity.unit)).amount
    }
}

/// The yearly cost of one FTE of a function, with where it comes from.
public struct Rate: Hashable, Sendable {
    /// The function.
    public var function: String
    /// The cost of one FTE per year.
    public var amount: Money
    /// The source of the rate.
    public var source: String?
    /// Whether the rate is an assumption rather than a figure from a source.
    public var isAssumption: Bool
    /// Where the rate stands in the file.
    public var origin: FieldLocation?

    /// Creates a rate.
    public init(function: String, amount: Money, source: String? = nil, isAssumption: Bool = false, origin: FieldLocation? = nil) {
        self.function = function
        self.amount = amount
        self.source = source
        self.isAssumption = isAssumption
        self.origin = origin
    }
}
