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
        options: ScenarioOptions.declarations,
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<ScenarioOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let usage = HelpFormatter.usage(of: spec)
        let options = invocation.options
        let budget: Budget
        switch BooksOptions.read([path], scope: .namedFiles, context: &context) {
        case .success(let books): budget = books.named[0].budget
        case .failure(let status): return status.code
        }
        var inputs = [path]
        let scenarios: [Scenario]
        switch scenarioFiles(options.input.scenarioFiles, budgetPath: path, inputs: &inputs, context: &context) {
        case .success(let value): scenarios = value
        case .failure(let status): return status.code
        }
        let study = ScenarioStudy(
            budget: budget, scenarios: scenarios + options.variants, projection: options.input.projection(),
            includesSensitivity: options.includesSensitivity, sweepAxes: options.sweepAxes)
        let rendered: Result<ReportOutput, SpreadsheetError>
        do {
            if options.isInteractive {
                rendered = .success(.text(try study.session().html()))
            } else {
                rendered = options.report.render(try study.figures())
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
        return options.report.deliver(rendered, inputs: inputs, context: &context)
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
