/// One risk of the arrangement (`risicos[…]`): its chance and the amount it would cost.
/// kans × gevolg is the capacity it asks for.
public struct Risk: Hashable, Sendable {
    /// The risk's name.
    public var name: String
    /// The chance it occurs, in percent (0–100).
    public var probability: Quantity
    /// What it costs when it occurs.
    public var impact: Money
    /// Whether it is structural (recurs) or incidental (once).
    public var nature: RiskNature
    /// An explanation, if the file gives one.
    public var explanation: String?
    /// Where the risk stands in the file.
    public var origin: FieldLocation?

    /// Creates a risk.
    public init(name: String, probability: Quantity, impact: Money, nature: RiskNature, explanation: String? = nil, origin: FieldLocation? = nil) {
        self.name = name
        self.probability = probability
        self.impact = impact
        self.nature = nature
        self.explanation = explanation
        self.origin = origin
    }

    /// kans × gevolg, exactly.
    public var expectedAmount: ExactAmount {
        ExactAmount(numeratorCents: Int128(impact.cents) * Int128(probability.millionths), denominator: 100 * Int128(Quantity.unit))
    }
}

/// Whether a risk recurs every year or occurs once.
public enum RiskNature: String, CaseIterable, Hashable, Sendable {
    /// Recurs every year.
    case structureel
    /// Occurs once.
    case incidenteel
}

/// The weerstandscapaciteit: the means available to absorb risks (the general reserve,
/// the budget line for onvoorzien, …), each an amount or a cost line of the budget.
public struct ResistanceCapacity: Hashable, Sendable {
    /// One means.
    public struct Component: Hashable, Sendable {
        /// Its name ("Algemene reserve").
        public var name: String
        /// What it holds.
        public var source: Source
        /// Where it stands in the file.
        public var origin: FieldLocation?

        /// Creates a component.
        public init(name: String, source: Source, origin: FieldLocation? = nil) {
            self.name = name
            self.source = source
            self.origin = origin
        }
    }

    /// Where a component's amount comes from.
    public enum Source: Hashable, Sendable {
        /// An amount written in the file (`bedrag`).
        case amount(Money)
        /// The amount of a budget line in the main column (`regel`, e.g. "Onvoorzien").
        case line(String)
    }

    /// The components, in file order.
    public var components: [Component]

    /// Creates the capacity.
    public init(components: [Component]) {
        self.components = components
    }
}
