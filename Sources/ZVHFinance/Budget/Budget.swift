/// A budget document: a begroting (plan) or a jaarrekening (account) of one
/// organisation for one period, exactly as its file describes it.
///
/// The file's printed figures are kept in ``stated``; everything else ZVHFinance
/// computes (totals, results, contributions) is derived on demand, so a stated figure
/// can always be compared with the computed one.
public struct Budget: Hashable, Sendable {
    /// Which kind of document this is.
    public enum Kind: String, Hashable, Sendable {
        /// A budget for a coming period.
        case begroting
        /// The account of a closed period: budget against realisation.
        case jaarrekening
    }

    /// The file the budget was read from, as given.
    public var file: String
    /// Which kind of document this is.
    public var kind: Kind
    /// A title for reports (`Jaarrekening 2021`).
    public var title: String
    /// The organisation and its members.
    public var organisation: Organisation
    /// The period covered.
    public var period: Period
    /// The source document and section the figures come from.
    public var source: SourceReference
    /// The unit the source's amounts are published in.
    public var publicationUnit: RoundingUnit
    /// The columns of amounts, in file order.
    public var columns: [Column]
    /// The cost entries (lasten / uitgaven).
    public var costs: [BudgetItem]
    /// The income entries (baten / inkomsten).
    public var income: [BudgetItem]
    /// The distribution keys defined in the file.
    public var keys: [DistributionKey]
    /// How the members' contributions are computed, when they are not given as lines.
    public var contributionRule: ContributionRule?
    /// The settlement of a prior year's result, if any.
    public var settlement: Settlement?
    /// The figures as printed in the source.
    public var stated: StatedFigures
    /// Notes from the file (`opmerkingen`).
    public var notes: [String]
    /// Cost rates per function, for capacity lines (FTE × rate).
    public var rates: [Rate]
    /// The reserves the movements name (`reserves`), in file order.
    public var reserves: [Reserve] = []
    /// The rules of the resultaatbestemming (`resultaatbestemming`), in file order.
    public var appropriationRules: [AppropriationRule] = []
    /// The resultaatbestemming the board adopted (`vastgestelde-resultaatbestemming`,
    /// a jaarrekening only), which the settlement follows.
    public var adoptedAppropriation: AdoptedAppropriation? = nil
    /// The arrangement's risks (`risicos`).
    public var risks: [Risk] = []
    /// The means available to absorb them (`weerstandscapaciteit`), if given.
    public var resistanceCapacity: ResistanceCapacity?
    /// What the regeling fixes (`regeling`): the norm table and the cycle's dates.
    public var arrangement = Arrangement()

    /// Creates a budget.
    public init(
        file: String, kind: Kind, title: String, organisation: Organisation, period: Period,
        source: SourceReference, publicationUnit: RoundingUnit = .euro, columns: [Column],
        costs: [BudgetItem], income: [BudgetItem], keys: [DistributionKey] = [],
        contributionRule: ContributionRule? = nil, settlement: Settlement? = nil,
        stated: StatedFigures = StatedFigures(), notes: [String] = [], rates: [Rate] = []
    ) {
        self.file = file
        self.kind = kind
        self.title = title
        self.organisation = organisation
        self.period = period
        self.source = source
        self.publicationUnit = publicationUnit
        self.columns = columns
        self.costs = costs
        self.income = income
        self.keys = keys
        self.contributionRule = contributionRule
        self.settlement = settlement
        self.stated = stated
        self.notes = notes
        self.rates = rates
    }

    /// The column with this name.
    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    /// The key with this name.
    public func key(named name: String) -> DistributionKey? {
        keys.first { $0.name == name }
    }

    /// Every cost line, depth first.
    public var costLines: [BudgetLine] { BudgetItem.lines(of: costs) }
    /// Every income line, depth first.
    public var incomeLines: [BudgetLine] { BudgetItem.lines(of: income) }
}

/// Where a budget's figures come from.
public struct SourceReference: Hashable, Sendable {
    /// The source document (title, publisher, year).
    public var document: String
    /// The section or table within it (`§4.1`).
    public var section: String?

    /// Creates a source reference.
    public init(document: String, section: String? = nil) {
        self.document = document
        self.section = section
    }

    /// "document, section".
    public var dutchDescription: String {
        section.map { "\(document), \($0)" } ?? document
    }
}

/// How the members' contributions of a begroting are computed: what is not covered by
/// other income, split by a key (and per theme by the theme's key).
public struct ContributionRule: Hashable, Sendable {
    /// The name of the key that splits the general part (the costs outside themes);
    /// nil when themes cover everything.
    public var keyName: String?
    /// The column the amount to distribute is taken from.
    public var column: String
    /// The unit each contribution is a whole number of.
    public var unit: RoundingUnit
    /// How each contribution is brought to the unit (`methode`): by the largest
    /// remainder, or per member with an afronding line.
    public var method: AllocationMethod
    /// Where the rule stands in the file.
    public var origin: FieldLocation?
    /// Further columns with their own computed contributions (the raming years of a
    /// meerjarenbegroting, a begroting na wijziging), without the settlement.
    public var otherColumns: [String] = []

    /// Creates a rule.
    public init(
        keyName: String?, column: String, unit: RoundingUnit = .euro, method: AllocationMethod = .largestRemainder, origin: FieldLocation? = nil
    ) {
        self.keyName = keyName
        self.column = column
        self.unit = unit
        self.method = method
        self.origin = origin
    }
}
