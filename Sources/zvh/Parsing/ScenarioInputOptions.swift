import ZVHFinance

/// The options `zvh scenario` and `zvh kadernota` share, as one group (swift-argument-
/// parser's `@OptionGroup`): the scenario files (`--scenario`), the meerjarenraming's
/// years (`--jaren`) and its yearly indexation (`--raming-index`), parsed and checked
/// once. A command may list them with its own help line (``Option/helping(_:)``); the
/// value and its checks are the group's.
struct ScenarioInputOptions: CommandOptions {
    static let scenario = Option<String>("scenario", value: "naam", help: "Een scenario uit scenarios/ of een pad (mag herhaald worden).", isRepeating: true, namesInput: true)
    static let years = Option<Int>("jaren", value: "aantal", help: "Meerjarenraming over dit aantal jaren na het begrotingsjaar (0–30, standaard 3).") { text throws(OptionFailure) in
        guard text.allSatisfy(\.isASCII), let value = Int(text), ProjectionParameters.yearRange.contains(value) else {
            throw OptionFailure("--jaren verwacht een aantal jaren van \(ProjectionParameters.yearRange.lowerBound) tot en met \(ProjectionParameters.yearRange.upperBound), niet '\(text)'")
        }
        return value
    }
    static let projectionIndex = ScenarioOptions.indexation("raming-index", help: "Jaarlijkse indexatie van de meerjarenraming, bv. personeel=2,5% (mag herhaald worden).")

    /// The scenario files named (a path, or a name in the budget's `scenarios/`), in order.
    var scenarioFiles: [String]
    /// `--jaren`, when given.
    var years: Int?
    /// The steps of `--raming-index`, in order.
    var indexation: [IndexationStep]

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        scenarioFiles = try commandLine.values(Self.scenario)
        years = try commandLine.value(Self.years)
        indexation = try commandLine.values(Self.projectionIndex)
    }

    /// The meerjarenraming's parameters: `base` (by default 3 years without
    /// indexation; a kaders file's) with `--jaren` and `--raming-index` on top.
    func projection(over base: ProjectionParameters = ProjectionParameters()) -> ProjectionParameters {
        var parameters = base
        if let years { parameters.years = years }
        parameters.indexation = parameters.indexation.applying(indexation)
        return parameters
    }
}
