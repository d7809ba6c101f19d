/// An option for the steering group: a named set of changes to a budget, such as
/// indexation, extra FTE, another key, income that ends or a member that leaves.
public struct Scenario: Hashable, Sendable {
    /// The scenario's name (`sleutel naar inwoners`).
    public var name: String
    /// What the option is, in a sentence.
    public var description: String?
    /// The organisation it is meant for, if the file says so.
    public var organisation: String?
    /// The changes, applied in order.
    public var changes: [ScenarioChange]
    /// Keys defined by the scenario (e.g. an inhabitants key), added to the budget's.
    public var keys: [DistributionKey]
    /// The file it was read from (empty for quick flags).
    public var file: String
    /// Where `organisatie` stands in the file.
    public var organisationOrigin: FieldLocation?

    /// Creates a scenario.
    public init(name: String, description: String? = nil, organisation: String? = nil, changes: [ScenarioChange], keys: [DistributionKey] = [], file: String = "") {
        self.name = name
        self.description = description
        self.organisation = organisation
        self.changes = changes
        self.keys = keys
        self.file = file
    }

    /// The yearly indexation of the scenario (the last indexation change), if any.
    public var indexation: Indexation? {
        changes.reversed().lazy.compactMap { change -> Indexation? in
            if case .indexation(let indexation) = change.kind { return indexation }
            return nil
        }.first
    }
}

/// The kinds an indexation distinguishes, by their Dutch names (`personeel=3%`).
public enum IndexationKind: String, CaseIterable, Hashable, Sendable {
    /// Wages: lines of kind `personeel` and the rates of capacity lines.
    case personeel
    /// Prices: lines of kind `materieel`.
    case materieel
    /// Other costs: lines without a kind or of kind `overig`.
    case overig
    /// The rijksbijdrage (income of kind `rijksbijdrage`).
    case rijksbijdrage

    /// Reads a kind, also by its synonyms `loon` and `prijs`, case-insensitively.
    public init?(dutchName: String) {
        switch dutchName.lowercased() {
        case "personeel", "loon": self = .personeel
        case "materieel", "prijs": self = .materieel
        case "overig": self = .overig
        case "rijksbijdrage": self = .rijksbijdrage
        default: return nil
        }
    }
}

/// Percentages by which costs (and the rijksbijdrage) grow, per kind.
public struct Indexation: Hashable, Sendable {
    /// Wages: lines of kind `personeel` (and the rates of capacity lines).
    public var personnel: Quantity
    /// Prices: lines of kind `materieel`.
    public var material: Quantity
    /// Lines without a kind or of kind `overig`.
    public var other: Quantity
    /// Income lines of kind `rijksbijdrage`.
    public var nationalGrant: Quantity

    /// Creates an indexation (percentages).
    public init(personnel: Quantity = .zero, material: Quantity = .zero, other: Quantity = .zero, nationalGrant: Quantity = .zero) {
        self.personnel = personnel
        self.material = material
        self.other = other
        self.nationalGrant = nationalGrant
    }

    /// The percentage of a kind.
    public subscript(kind: IndexationKind) -> Quantity {
        get {
            switch kind {
            case .personeel: personnel
            case .materieel: material
            case .overig: other
            case .rijksbijdrage: nationalGrant
            }
        }
        set {
            switch kind {
            case .personeel: personnel = newValue
            case .materieel: material = newValue
            case .overig: other = newValue
            case .rijksbijdrage: nationalGrant = newValue
            }
        }
    }

    /// The percentage for a cost line.
    public func percentage(for line: BudgetLine) -> Quantity {
        switch line.kind {
        case .personnel: personnel
        case .material: material
        case .other, .nationalGrant, .pokFunds, .municipalContribution, .hostMunicipality, .chainPartners, .reserveAddition,
            .reserveWithdrawal, nil:
            other
        }
    }

    /// Whether nothing changes.
    public var isZero: Bool { IndexationKind.allCases.allSatisfy { self[$0].isZero } }

    /// "personeel 3,2%, materieel 2%".
    public var dutchDescription: String {
        let parts = IndexationKind.allCases.filter { !self[$0].isZero }.map { "\($0.rawValue) \(self[$0].dutch())%" }
        return parts.isEmpty ? "geen indexatie" : parts.joined(separator: ", ")
    }
}

/// One change of a scenario, with where it stands in the scenario file.
public struct ScenarioChange: Hashable, Sendable {
    /// What changes.
    public enum Kind: Hashable, Sendable {
        /// Costs grow by these percentages (each year, in a projection).
        case indexation(Indexation)
        /// FTE of a function added (or removed, when negative), in a theme or in the
        /// general costs; `rate` overrides the budget's rate for the function.
        case fte(function: String, delta: Quantity, theme: String?, rate: Money?)
        /// A line's amount (in the contributions column) becomes `amount`.
        case changeLine(name: String, amount: Money)
        /// A new line on a side, optionally in a group (by name).
        case addLine(name: String, side: BudgetSide, kind: LineKind?, amount: Money, group: String?, theme: String?)
        /// A line is removed.
        case removeLine(name: String)
        /// Every income line of a kind ends (e.g. POK funds stop).
        case endIncome(LineKind)
        /// A settlement component is dropped.
        case removeSettlementComponent(name: String)
        /// Another key splits the general contributions, one theme, or everything;
        /// optionally the settlement too.
        case key(name: String, target: KeyTarget, includesSettlement: Bool)
        /// Another key phased in over `years` from the budget year (the key the target
        /// paid by before is key A), optionally with a cap.
        case phasedKey(name: String, years: Int, cap: PhaseInCap?, target: KeyTarget)
        /// A member leaves, from a year (nil: at once), with the rule for its
        /// uittreedsom where the scenario defines one.
        case memberLeaves(name: String, fromYear: Int?, exitCompensation: ExitCompensationRule? = nil)
        /// A member joins, from a year, with its weight in each listed key and the rule
        /// for its toetreedsom where the scenario defines one.
        case memberJoins(Municipality, weights: [String: Quantity], fromYear: Int?, entrySum: EntrySumRule? = nil)
    }

    /// What changes.
    public var kind: Kind
    /// Where the change stands in the scenario file.
    public var origin: FieldLocation?

    /// Creates a change.
    public init(_ kind: Kind, origin: FieldLocation? = nil) {
        self.kind = kind
        self.origin = origin
    }

    /// The change in words, for reports.
    public var dutchDescription: String {
        switch kind {
        case .indexation(let indexation): "indexatie: \(indexation.dutchDescription)"
        case .fte(let function, let delta, let theme, let rate):
            "\(delta.isNegative ? "" : "+")\(delta.dutch()) fte \(function)\(theme.map { " in thema \($0)" } ?? "")\(rate.map { " à \($0.dutch())" } ?? "")"
        case .changeLine(let name, let amount): "regel \"\(name)\" wordt \(amount.dutch())"
        case .addLine(let name, let side, _, let amount, let group, _):
            "nieuwe regel \"\(name)\" (\(side == .costs ? "lasten" : "baten")\(group.map { ", groep \($0)" } ?? "")): \(amount.dutch())"
        case .removeLine(let name): "regel \"\(name)\" vervalt"
        case .endIncome(let kind): "baten van soort \(kind.rawValue) vervallen"
        case .removeSettlementComponent(let name): "verrekening \"\(name)\" vervalt"
        case .key(let name, let target, let includesSettlement):
            "verdeelsleutel \"\(name)\" voor \(target.dutchDescription)\(includesSettlement ? " en de verrekening" : "")"
        case .phasedKey(let name, let years, let cap, let target):
            "verdeelsleutel \"\(name)\" voor \(target.dutchDescription) ingroeiend in \(years) jaar\(cap.map { ", plafond \($0.dutchDescription)" } ?? "")"
        case .memberLeaves(let name, let year, let rule):
            "\(name) treedt uit\(year.map { " per \($0)" } ?? "")\(rule.map { "; uittreedsom: \($0.dutchDescription)" } ?? "")"
        case .memberJoins(let member, _, let year, let entrySum):
            "\(member.name) treedt toe\(year.map { " per \($0)" } ?? "")\(entrySum.map { "; toetreedsom: \($0.dutchDescription)" } ?? "")"
        }
    }
}

/// What a key change applies to (`voor` in a scenario file).
public enum KeyTarget: Hashable, Sendable {
    /// The general contributions (`bijdragen`, the default).
    case contributions
    /// One theme, by name.
    case theme(String)
    /// The general contributions and every theme (`alles`).
    case everything

    /// Reads `voor`: `bijdragen`, `alles`, or a theme's name.
    public init(fileValue: String?) {
        switch fileValue {
        case nil, "bijdragen": self = .contributions
        case "alles": self = .everything
        case let name?: self = .theme(name)
        }
    }

    /// "de bijdragen", "alle bijdragen", "thema MDA++".
    public var dutchDescription: String {
        switch self {
        case .contributions: "de bijdragen"
        case .everything: "alle bijdragen"
        case .theme(let name): "thema \(name)"
        }
    }
}

extension Scenario {
    /// Whether a place is one of the scenario's own: a key it brings or one of that
    /// key's entries (so an error there is told against the scenario file).
    /// - Complexity: O(keys × entries).
    func holds(_ origin: FieldLocation?) -> Bool {
        guard let origin else { return false }
        return keys.contains { key in key.origin == origin || key.kind.entries.contains { $0.origin == origin } }
    }
}
