/// The kadernota: the frameworks for the coming years sent to the member councils before
/// the ontwerpbegroting — the assumptions (each with the value, source and date the
/// controller gave), the price level, per member what it pays in each year of the
/// meerjarenraming split structural / incidental, the change against the current
/// begroting split into index, volume, key and settlement effects that add up exactly,
/// and the cycle's dates from the regeling.
///
/// The years are the figures of ``ScenarioStudy`` for the same parameters (one
/// derivation): the basis when no volume or key changes are given, else the variant
/// that makes them all.
///
/// ```swift
/// let nota = try Kadernota(budget: budget, projection: ProjectionParameters(years: 3, indexation: Indexation(personnel: Quantity(millionths: 3_200_000))))
/// nota.members[0].years[1].effects.index   // Echt-Susteren's index effect in 2023
/// ```
public struct Kadernota: Sendable {
    /// One assumption with its value and where it comes from, as the controller gave it.
    public struct Assumption: Hashable, Sendable {
        /// What is assumed ("loonindexatie (personeel)").
        public var subject: String
        /// The value ("3,2% per jaar").
        public var value: String
        /// The source, as typed; nil when none was given (never invented).
        public var source: String?
        /// The date of the source, as typed.
        public var date: String?
    }

    /// The effects a member's change against the current begroting is made of.
    public struct Effects: Hashable, Sendable {
        /// The yearly indexation (lopende minus constante prijzen).
        public var index: Money
        /// Volume changes (the scenarios' changes other than keys).
        public var volume: Money
        /// Key changes (another key, a phase-in, new inhabitant counts).
        public var key: Money
        /// The settlement of the current begroting that does not recur.
        public var settlement: Money

        /// The sum of the effects.
        public var total: Money { index + volume + key + settlement }
    }

    /// One member in one year.
    public struct MemberYear: Hashable, Sendable {
        /// The year.
        public var year: Int
        /// What the member pays (definitief), as ``ScenarioStudy`` computes it.
        public var amount: Money
        /// The structural part: the contribution without incidental lines and settlement.
        public var structural: Money
        /// The incidental part: amount − structural (settlement, reserve movements).
        public var incidental: Money
        /// The change against the current begroting (the budget year's definitief).
        public var change: Money
        /// The change by cause; the effects add up to `change` exactly.
        public var effects: Effects

        /// Whether the effects add up to the change (they do by construction).
        public var effectsAddUp: Bool { effects.total == change }
    }

    /// One member over the years.
    public struct Member: Hashable, Sendable {
        /// The member.
        public var municipality: String
        /// What it pays in the current begroting (definitief).
        public var current: Money
        /// Each year of the meerjarenraming.
        public var years: [MemberYear]
    }

    /// The budget (the current begroting).
    public var budget: Budget
    /// The meerjarenraming's parameters.
    public var projection: ProjectionParameters
    /// The volume and key changes, as one variant (nil: none).
    public var changes: Scenario?
    /// The assumptions.
    public var assumptions: [Assumption]
    /// The price level of the figures.
    public var priceLevel: String
    /// The years, in order.
    public var years: [Int]
    /// Per member its years.
    public var members: [Member]
    /// The study whose figures the kadernota shows.
    public var study: ScenarioFigures

    /// Computes the kadernota.
    ///
    /// - Parameters:
    ///   - budget: the current begroting.
    ///   - projection: the yearly indexation and the number of years after the budget year.
    ///   - changes: volume and key changes (scenario files), applied together.
    ///   - sources: per assumption subject (`personeel`, `materieel`, `overig`,
    ///     `rijksbijdrage`, `inwoners`) the source and date the controller gave.
    ///   - inhabitants: new inhabitant counts (``InhabitantsCSV``), applied to the
    ///     budget as ``Budget/withInhabitants(_:)`` does before the years are computed;
    ///     what they change against the current begroting counts as key effect.
    /// - Throws: ``ScenarioFailure`` or ``ContributionError`` as ``ScenarioStudy`` does.
    /// - Complexity: four studies of the budget (with index, at constant prices,
    ///   without key changes, structural part).
    public init(
        budget current: Budget, projection: ProjectionParameters, changes: [Scenario] = [], sources: [String: (source: String, date: String?)] = [:],
        inhabitants: [String: Inhabitants] = [:]
    ) throws {
        let budget = current.withInhabitants(inhabitants)
        self.budget = budget
        self.projection = projection
        let merged = changes.isEmpty ? nil : Scenario(
            name: "kaders", description: changes.map(\.name).joined(separator: "; "), changes: changes.flatMap(\.changes), keys: changes.flatMap(\.keys))
        self.changes = merged
        let volume = merged.map { scenario in
            var volume = scenario
            volume.name = "volume"
            volume.changes = scenario.changes.filter { !Self.isKeyChange($0) }
            return volume
        }
        let indexed = try ScenarioStudy(budget: budget, scenarios: [volume, merged].compactMap { $0 }, projection: projection).figures()
        study = indexed
        var constant = projection
        constant.indexation = Indexation()
        let constantPrices = try ScenarioStudy(budget: budget, scenarios: [], projection: constant).figures()
        // New inhabitants change the weights of the keys: the current begroting at its
        // own counts, so their effect is a key effect, not a settlement effect.
        let constantCurrent = inhabitants.isEmpty ? constantPrices : try ScenarioStudy(budget: current, scenarios: [], projection: constant).figures()
        // The structural part has no incidental lines and no settlement: changes to those are left out there.
        let incidentalNames = Set((budget.costLines + budget.incomeLines).filter(Budget.isIncidental).map(\.name))
        let structuralChanges = merged.map { scenario in
            var structural = scenario
            structural.changes = scenario.changes.filter { change in
                switch change.kind {
                case .removeLine(let name), .changeLine(let name, _): !incidentalNames.contains(name)
                case .removeSettlementComponent: false
                case .indexation, .fte, .addLine, .endIncome, .key, .phasedKey, .memberLeaves, .memberJoins: true
                }
            }
            return structural
        }
        let structural = try ScenarioStudy(budget: budget.structuralPart(), scenarios: [structuralChanges].compactMap { $0 }, projection: projection).figures()

        let basis = Self.byYear(indexed.projections.first, fallback: indexed.comparison.basis, year: budget.period.year)
        let volumeYears = merged == nil ? basis : Self.byYear(indexed.projections.dropFirst().first, fallback: indexed.comparison.scenarios.first, year: budget.period.year)
        let kaders = merged == nil ? basis : Self.byYear(indexed.projections.last, fallback: indexed.comparison.scenarios.last, year: budget.period.year)
        let constantBasis = Self.byYear(constantPrices.projections.first, fallback: constantPrices.comparison.basis, year: budget.period.year)
        let constantAtCurrentCounts = Self.byYear(constantCurrent.projections.first, fallback: constantCurrent.comparison.basis, year: budget.period.year)
        let structuralYears = Self.byYear(structural.projections.last, fallback: merged == nil ? structural.comparison.basis : structural.comparison.scenarios.last, year: budget.period.year)
        let years = kaders.map(\.year)
        self.years = years
        let currentStatement = constantCurrent.comparison.basis.statement
        var names = currentStatement.members.map(\.municipality)
        for (_, statement) in kaders { for member in statement.members where !names.contains(member.municipality) { names.append(member.municipality) } }
        func final(_ statement: ContributionStatement?, _ name: String) -> Money {
            statement?.members.first { $0.municipality == name }?.final ?? .zero
        }
        func contribution(_ statement: ContributionStatement?, _ name: String) -> Money {
            statement?.members.first { $0.municipality == name }?.contribution ?? .zero
        }
        func statement(_ list: [(year: Int, statement: ContributionStatement)], _ year: Int) -> ContributionStatement? {
            list.first { $0.year == year }?.statement
        }
        let members = names.map { name in
            let now = final(currentStatement, name)
            let rows = years.map { year -> MemberYear in
                let amount = final(statement(kaders, year), name)
                let atConstantPrices = final(statement(constantBasis, year), name)
                let atCurrentCounts = final(statement(constantAtCurrentCounts, year), name)
                let indexedBasis = final(statement(basis, year), name)
                let withVolume = final(statement(volumeYears, year), name)
                let effects = Effects(
                    index: indexedBasis - atConstantPrices, volume: withVolume - indexedBasis, key: amount - withVolume + atConstantPrices - atCurrentCounts,
                    settlement: atCurrentCounts - now)
                let structuralAmount = contribution(statement(structuralYears, year), name)
                return MemberYear(year: year, amount: amount, structural: structuralAmount, incidental: amount - structuralAmount, change: amount - now, effects: effects)
            }
            return Member(municipality: name, current: now, years: rows)
        }
        self.members = members
        priceLevel = projection.priceLevel(from: budget.period)
        assumptions = Self.assumptions(budget: budget, projection: projection, changes: changes, sources: sources)
    }

    /// Whether a change is a key change (its effect is the key effect).
    static func isKeyChange(_ change: ScenarioChange) -> Bool {
        switch change.kind {
        case .key, .phasedKey: true
        case .indexation, .fte, .changeLine, .addLine, .removeLine, .endIncome, .removeSettlementComponent, .memberLeaves, .memberJoins: false
        }
    }

    /// A variant's statements per year: its projection, or the budget year alone.
    static func byYear(_ projected: ProjectedVariant?, fallback: ScenarioComparison.Variant?, year: Int) -> [(year: Int, statement: ContributionStatement)] {
        if let projected { return projected.years }
        return fallback.map { [(year, $0.statement)] } ?? []
    }

    /// The assumptions: each yearly index, the inhabitants' reference date, each change.
    static func assumptions(budget: Budget, projection: ProjectionParameters, changes: [Scenario], sources: [String: (source: String, date: String?)]) -> [Assumption] {
        var result: [Assumption] = []
        for kind in IndexationKind.allCases {
            let given = sources[kind.rawValue]
            guard !projection.indexation[kind].isZero || given != nil else { continue }
            result.append(Assumption(subject: "jaarlijkse indexatie \(kind.rawValue)", value: "\(projection.indexation[kind].dutch())% per jaar", source: given?.source, date: given?.date))
        }
        let inhabitants = budget.organisation.members.compactMap(\.inhabitants)
        if !inhabitants.isEmpty {
            let dates = Array(Set(inhabitants.compactMap(\.referenceDate))).sorted()
            let fileSources = Array(Set(inhabitants.compactMap(\.source))).sorted()
            let given = sources["inwoners"]
            result.append(Assumption(
                subject: "inwoners (peildatum)", value: dates.isEmpty ? "peildatum niet vermeld" : dates.joined(separator: ", "),
                source: given?.source ?? (fileSources.isEmpty ? nil : fileSources.joined(separator: "; ")), date: given?.date))
        }
        for scenario in changes {
            result.append(Assumption(
                subject: "wijziging: \(scenario.name)", value: scenario.changes.map(\.dutchDescription).joined(separator: "; "),
                source: scenario.file.isEmpty ? nil : scenario.file, date: nil))
        }
        return result
    }
}
