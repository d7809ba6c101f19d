import ZVHFinance

/// `zvh scenario BESTAND [--scenario NAAM…] [--variant "NAAM: …"…] [--index …] …`: basis
/// and variants side by side per member, the meerjarenraming, the sensitivity and a
/// sweep. The command parses, calls ``ScenarioStudy`` and delivers.
enum ScenarioCommand {
    static let spec = CommandSpec(
        name: "scenario",
        abstract: "Vergelijk scenario's voor de stuurgroep: per gemeente basis en varianten, verschil in € en %.",
        discussion: """
            Varianten komen uit bestanden in scenarios/ naast de begroting (--scenario NAAM of een pad), uit --variant, of uit snelle opties:
              --index personeel=3,2%        eenmalige indexatie per soort (personeel, materieel, overig, rijksbijdrage)
              --fte procesregie=+1          fte erbij of eraf (functie@thema=+0,5 voor een thema; =+1@95000 met een tarief)
              --sleutel NAAM                een andere verdeelsleutel voor de bijdragen ('inwoners' bestaat altijd als elke gemeente inwoners heeft)
              --ingroei SLEUTEL/JAREN[/PLAFOND]  de bijdragen gaan in JAREN stappen naar een andere sleutel (jaar k: (N−k)/N oud + k/N nieuw),
                                            met een plafond per gemeente per jaar (5000) of per inwoner (0,50-per-inwoner)
              --zonder-baten pok            alle baten van een soort vervallen
              --uittreden GEMEENTE[@JAAR]   een gemeente treedt uit (vanaf een jaar)
            --variant "NAAM: wijziging; wijziging" maakt een benoemde variant uit dezelfde wijzigingen zonder streepjes, bv.
              --variant "Beek treedt uit: uittreden=Beek" --variant "Indexatie 3%: index=personeel=3%; fte=procesregie=+1"
            De meerjarenraming beslaat standaard het begrotingsjaar en 3 jaren erna (--jaren 0 tot en met 30); de jaarlijkse
            indexatie (--raming-index) geldt gelijk voor basis en elke variant; de indexatie van een variant is een eenmalige stap.
            --reeks PARAMETER=VAN..TOT:STAP rekent een raster door (index.SOORT of fte.FUNCTIE; meerdere --reeks vormen een raster).
            De verrekening hoort bij de gemeenten van het jaar dat zij verrekent: wie uittreedt houdt haar deel, wie toetreedt krijgt niets.
            CSV bevat alle tabellen van het rapport, elk als blok met een regel '# titel' ervoor.
            --interactief --formaat html --uitvoer sessie.html schrijft de pagina van de stuurgroep: één HTML-bestand dat zonder netwerk
            werkt, met schuiven voor de --reeks-assen, een schakelaar per variant (elke snelle wijziging apart) en een gemeentekeuze;
            elke combinatie is bij het schrijven doorgerekend (exact, in euro's en centen). Een raster waarvan het bestand groter
            zou worden dan 5 MB wordt geweigerd (exitcode 64, met het aantal punten).
            """,
        arguments: [ArgumentSpec(name: "bestand", help: "De begroting (JSON).")],
        options: [
            OptionSpec(long: "scenario", valueName: "naam", help: "Een scenario uit scenarios/ of een pad (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "variant", valueName: "naam: wijzigingen", help: "Een benoemde variant, bv. \"Beek treedt uit: uittreden=Beek\" (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "index", valueName: "soort=procent", help: "Eenmalige indexatie, bv. personeel=3,2% (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "fte", valueName: "functie=aantal", help: "Fte erbij of eraf, bv. procesregie=+1, procesregie=+1@95000 of procesregie@MDA++=-0,5.", isRepeating: true),
            OptionSpec(long: "sleutel", valueName: "naam", help: "Verdeel de bijdragen naar deze verdeelsleutel."),
            OptionSpec(long: "ingroei", valueName: "sleutel/jaren", help: "Laat de bijdragen in zoveel jaren naar deze sleutel ingroeien, bv. inwoners/4 of inwoners/4/0,50-per-inwoner."),
            OptionSpec(long: "zonder-baten", valueName: "soort", help: "Baten van deze soort vervallen (bv. pok).", isRepeating: true),
            OptionSpec(long: "uittreden", valueName: "gemeente", help: "Deze gemeente treedt uit; gemeente@jaar vanaf een jaar.", isRepeating: true),
            OptionSpec(long: "jaren", valueName: "aantal", help: "Meerjarenraming over dit aantal jaren na het begrotingsjaar (0–30, standaard 3)."),
            OptionSpec(long: "raming-index", valueName: "soort=procent", help: "Jaarlijkse indexatie van de meerjarenraming, bv. personeel=2,5% (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "reeks", valueName: "parameter=van..tot:stap", help: "Een as van een raster, bv. index.personeel=0..5:0,5 (mag herhaald worden).", isRepeating: true),
            ReportCommandOptions.format,
            ReportCommandOptions.output,
        ],
        flags: [
            FlagSpec(long: "gevoeligheid", help: "Toon wat +1% loonindexatie en +1 fte per functie elke gemeente kost."), ReportCommandOptions.cents,
            FlagSpec(long: "interactief", help: "Schrijf de pagina van de stuurgroep (met --formaat html en --uitvoer): kiezen zonder netwerk."),
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let usage = HelpFormatter.usage(of: spec)
        var variants: [Scenario] = []
        let projection: ProjectionParameters
        var axes: [Sweep.Axis] = []
        let isInteractive = invocation.flags.contains("interactief")
        do throws(QuickScenarioFailure) {
            if isInteractive { try ScenarioOptions.requireInteractiveOutput(invocation) }
            for text in invocation.options["variant"] ?? [] { variants.append(try ScenarioOptions.variant(text)) }
            if let quick = try ScenarioOptions.quickScenario(invocation.options, name: "snelle wijzigingen", description: "uit de opties op de opdrachtregel") {
                // On the page every quick change is a switch of its own.
                variants += isInteractive ? quick.separatedChanges : [quick]
            }
            projection = try ScenarioOptions.projection(invocation.options)
            for text in invocation.options["reeks"] ?? [] { axes.append(try ScenarioOptions.sweepAxis(text)) }
            let points = ScenarioGrid(axes: axes.map(ScenarioAxis.init(sweep:))).count
            if (points ?? Int.max) > Sweep.largestPointCount {
                let count = points.map { "\($0) punten" } ?? "meer punten dan te tellen zijn"
                throw QuickScenarioFailure("--reeks: het raster heeft \(count); hoogstens \(Sweep.largestPointCount)")
            }
        } catch {
            return ZVH.usageError(error.message, usage: usage, context: &context, command: spec.name)
        }
        let budget: Budget
        switch BooksOptions.read([path], invocation: Invocation(flags: [BooksOptions.onlyNamedFiles.long]), context: &context) {
        case .success(let books): budget = books.named[0].budget
        case .failure(let status): return status.code
        }
        var inputs = [path]
        let scenarios: [Scenario]
        switch scenarioFiles(invocation.options["scenario"] ?? [], budgetPath: path, inputs: &inputs, context: &context) {
        case .success(let value): scenarios = value
        case .failure(let status): return status.code
        }
        let study = ScenarioStudy(
            budget: budget, scenarios: scenarios + variants, projection: projection,
            includesSensitivity: invocation.flags.contains("gevoeligheid"), sweepAxes: axes)
        let rendered: Result<ReportOutput, SpreadsheetError>
        do {
            if isInteractive {
                rendered = .success(.text(try study.session().html()))
            } else {
                rendered = ReportCommandOptions.render(try study.content(), invocation, spec)
            }
        } catch let refusal as ScenarioSessionTooLarge {
            return ZVH.usageError(refusal.message, usage: usage, context: &context, command: spec.name)
        } catch let failure as ScenarioFailure {
            guard let place = failure.place else {
                return ZVH.usageError(failure.message, usage: usage, context: &context, command: spec.name)
            }
            Diagnostics.line("\(place): fout: \(failure.message)", context: &context)
            return ExitCode.dataError
        } catch let error as ContributionError {
            return Diagnostics.report(.contribution(file: path, error), context: &context)
        } catch {
            context.err("\(path): fout: \(error)\n")
            return ExitCode.dataError
        }
        return ReportCommandOptions.deliver(rendered, invocation: invocation, inputs: inputs, context: &context)
    }

    /// The scenario files named (a path, or a name in the budget's `scenarios/`
    /// folder), read; each added to `inputs`, so `--uitvoer` never replaces one.
    /// - Returns: the scenarios, or the exit status after reporting why not (66 for a
    ///   name that is no file, 65 for a file that is wrong).
    static func scenarioFiles(_ names: [String], budgetPath: String, inputs: inout [String], context: inout CommandContext) -> Result<[Scenario], BooksOptions.Status> {
        var scenarios: [Scenario] = []
        for name in names {
            guard let file = ScenarioLocator.locate(name, budgetPath: budgetPath) else {
                context.err("\(ControlCharacters.escaped(name)): fout: \(ScenarioLocator.unknownMessage(name, budgetPath: budgetPath))\n")
                return .failure(.init(code: ExitCode.noInput))
            }
            do throws(BudgetFileError) {
                scenarios.append(try ScenarioFileReader.read(try BudgetLoader.readBytes(file), file: file))
                inputs.append(file)
            } catch {
                return .failure(.init(code: Diagnostics.report(error, context: &context)))
            }
        }
        return .success(scenarios)
    }
}
