import ZVHFinance

/// The options of `zvh scenario`, typed: quick changes (`--index`, `--fte`, `--sleutel`,
/// `--ingroei`, `--zonder-baten`, `--uittreden`), named variants (`--variant`), scenario
/// files (`--scenario`), the meerjarenraming (`--jaren`, `--raming-index`), a sweep
/// (`--reeks`) and the page of the steering group (`--interactief`). A malformed value is
/// a usage error (64) before anything is computed. The parsers of the values are in
/// `ScenarioOptions+Parsers.swift`; the scenario files and the meerjarenraming are the
/// group ``ScenarioInputOptions`` that `zvh kadernota` shares.
struct ScenarioOptions: CommandOptions {
    static let variant = Option<Scenario>("variant", value: "naam: wijzigingen", help: "Een benoemde variant, bv. \"Beek treedt uit: uittreden=Beek\" (mag herhaald worden).", isRepeating: true, parse: variant(_:))
    static let index = indexation("index", help: "Eenmalige indexatie, bv. personeel=3,2% (mag herhaald worden).")
    static let fte = Option<ScenarioChange.Kind>("fte", value: "functie=aantal", help: "Fte erbij of eraf, bv. procesregie=+1, procesregie=+1@95000 of procesregie@MDA++=-0,5.", isRepeating: true, parse: fteChange(_:))
    static let key = Option<String>("sleutel", value: "naam", help: "Verdeel de bijdragen naar deze verdeelsleutel.") { text throws(OptionFailure) in
        guard !text.trimmingSpaces.isEmpty else { throw OptionFailure("--sleutel verwacht de naam van een verdeelsleutel") }
        return String(text.trimmingSpaces)
    }
    static let phaseIn = Option<ScenarioChange.Kind>("ingroei", value: "sleutel/jaren", help: "Laat de bijdragen in zoveel jaren naar deze sleutel ingroeien, bv. inwoners/4 of inwoners/4/0,50-per-inwoner.", parse: phaseIn(_:))
    static let endingIncome = Option<LineKind>("zonder-baten", value: "soort", help: "Baten van deze soort vervallen (bv. pok).", isRepeating: true, parse: endingIncome(_:))
    static let leaving = Option<ScenarioChange.Kind>("uittreden", value: "gemeente", help: "Deze gemeente treedt uit; gemeente@jaar vanaf een jaar.", isRepeating: true, parse: leavingMember(_:))
    static let sweep = Option<Sweep.Axis>("reeks", value: "parameter=van..tot:stap", help: "Een as van een raster, bv. index.personeel=0..5:0,5 (mag herhaald worden).", isRepeating: true, parse: sweepAxis(_:))
    static let sensitivity = Flag(long: "gevoeligheid", help: "Toon wat +1% loonindexatie en +1 fte per functie elke gemeente kost.")
    static let interactive = Flag(long: "interactief", help: "Schrijf de pagina van de stuurgroep (met --formaat html en --uitvoer): kiezen zonder netwerk.")

    /// The quick options, in the order their changes are made, that a `--variant` may
    /// also use (`index=personeel=3%`).
    static let quickOptions = [index.spec, fte.spec, key.spec, phaseIn.spec, endingIncome.spec, leaving.spec]

    /// The options of `zvh scenario`, in the order help lists them.
    static let declarations: [any OptionDeclaration] = [
        ScenarioInputOptions.scenario, variant, index, fte, key, phaseIn, endingIncome, leaving, ScenarioInputOptions.years, ScenarioInputOptions.projectionIndex, sweep,
        ReportCommandOptions.format, ReportCommandOptions.output, sensitivity, ReportCommandOptions.cents, interactive,
    ]

    /// An indexation option (`soort=procent`, repeatable) under a name.
    static func indexation(_ long: String, help: String) -> Option<IndexationStep> {
        Option(long, value: "soort=procent", help: help, isRepeating: true) { text throws(OptionFailure) in try indexationStep(text, option: "--\(long)") }
    }

    var report: ReportCommandOptions
    /// The scenario files and the meerjarenraming (the group `zvh kadernota` shares).
    var input: ScenarioInputOptions
    /// The variants of `--variant` and, last, the one of the quick options (on the
    /// page of the steering group: each quick change a variant of its own).
    var variants: [Scenario]
    var sweepAxes: [Sweep.Axis]
    var includesSensitivity: Bool
    var isInteractive: Bool

    init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
        report = try ReportCommandOptions(commandLine)
        input = try ScenarioInputOptions(commandLine)
        includesSensitivity = commandLine.isSet(Self.sensitivity)
        isInteractive = commandLine.isSet(Self.interactive)
        if isInteractive {
            // The page is an HTML file: it asks for --formaat html and --uitvoer, and has no sensitivity table.
            guard report.format == .html else {
                throw OptionFailure("--interactief schrijft een HTML-pagina: geef ook --formaat html (en --uitvoer sessie.html)")
            }
            guard report.output != nil else { throw OptionFailure("--interactief schrijft een bestand: geef --uitvoer sessie.html") }
            guard !includesSensitivity else {
                throw OptionFailure("--gevoeligheid hoort niet bij --interactief; de pagina kiest tussen de --reeks-assen en de varianten")
            }
        }
        variants = try commandLine.values(Self.variant)
        if let quick = try Self.quickScenario(commandLine, name: "snelle wijzigingen", description: "uit de opties op de opdrachtregel") {
            // On the page every quick change is a switch of its own.
            variants += isInteractive ? quick.separatedChanges : [quick]
        }
        sweepAxes = try commandLine.values(Self.sweep)
        let points = ScenarioGrid(axes: sweepAxes.map(ScenarioAxis.init(sweep:))).count
        if (points ?? Int.max) > Sweep.largestPointCount {
            let count = points.map { "\($0) punten" } ?? "meer punten dan te tellen zijn"
            throw OptionFailure("--reeks: het raster heeft \(count); hoogstens \(Sweep.largestPointCount)")
        }
    }

    /// The scenario made of the quick options, or nil when none is given.
    static func quickScenario(_ commandLine: ParsedCommandLine, name: String, description: String?) throws(OptionFailure) -> Scenario? {
        var changes: [ScenarioChange] = []
        let steps = try commandLine.values(Self.index)
        if !steps.isEmpty { changes.append(ScenarioChange(.indexation(Indexation().applying(steps)))) }
        for change in try commandLine.values(Self.fte) { changes.append(ScenarioChange(change)) }
        if let name = try commandLine.value(Self.key) {
            changes.append(ScenarioChange(.key(name: name, target: .contributions, includesSettlement: false)))
        }
        if let change = try commandLine.value(Self.phaseIn) { changes.append(ScenarioChange(change)) }
        for kind in try commandLine.values(Self.endingIncome) { changes.append(ScenarioChange(.endIncome(kind))) }
        for change in try commandLine.values(Self.leaving) { changes.append(ScenarioChange(change)) }
        guard !changes.isEmpty else { return nil }
        return Scenario(name: name, description: description, changes: changes)
    }
}
