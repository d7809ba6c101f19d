/// What the regeling (the joint arrangement's own rules) fixes that the computations
/// need: the norm for the weerstandsratio and the dates of the planning and control cycle.
public struct Arrangement: Hashable, Sendable {
    /// The regeling's name or article, as the file gives it.
    public var name: String?
    /// The norm table for the weerstandsratio (the usual table unless the regeling states one).
    public var resistanceNorm: ResistanceNorm
    /// The dates of the cycle, if the file gives them.
    public var cycle: [CycleDate]

    /// Creates an arrangement.
    public init(name: String? = nil, resistanceNorm: ResistanceNorm = .standard, cycle: [CycleDate] = []) {
        self.name = name
        self.resistanceNorm = resistanceNorm
        self.cycle = cycle
    }
}

/// One date of the planning and control cycle as the regeling fixes it.
public struct CycleDate: Hashable, Sendable {
    /// The step of the cycle.
    public var step: CycleStep
    /// The date as written in the file (`2021-04-15`).
    public var date: String
    /// Where it stands in the file.
    public var origin: FieldLocation?

    /// Creates a date.
    public init(step: CycleStep, date: String, origin: FieldLocation? = nil) {
        self.step = step
        self.date = date
        self.origin = origin
    }
}

/// The steps of the cycle, by their names in the file (`regeling.cyclus`).
public enum CycleStep: String, CaseIterable, Hashable, Sendable {
    /// The kadernota goes to the member councils.
    case kadernota
    /// The ontwerpbegroting goes to the member councils.
    case ontwerpbegroting
    /// The end of the councils' zienswijze period.
    case zienswijze = "zienswijze-tot"
    /// The board adopts the begroting.
    case vaststelling
    /// The adopted begroting goes to Gedeputeerde Staten.
    case toezicht = "naar-gedeputeerde-staten"
    /// The (voorlopige) jaarrekening goes to the councils.
    case jaarrekening

    /// "kadernota naar de raden".
    public var dutchDescription: String {
        switch self {
        case .kadernota: "kadernota naar de raden"
        case .ontwerpbegroting: "ontwerpbegroting naar de raden"
        case .zienswijze: "einde zienswijzetermijn van de raden"
        case .vaststelling: "vaststelling van de begroting"
        case .toezicht: "vastgestelde begroting naar Gedeputeerde Staten"
        case .jaarrekening: "(voorlopige) jaarrekening naar de raden"
        }
    }
}
