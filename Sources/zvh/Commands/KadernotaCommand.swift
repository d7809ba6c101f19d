import ZVHFinance

/// `zvh kadernota BEGROTING [--raming-index …] [--jaren N] [--scenario NAAM…] [--bron …]`:
/// the kadernota for the member councils. The command parses, calls ``Kadernota`` and
/// delivers.
enum KadernotaCommand {
    static let spec = CommandSpec(
        name: "kadernota",
        abstract: "Maak de kadernota: uitgangspunten met bron en datum, per gemeente de bijdrage per jaar (structureel/incidenteel) en de verandering per oorzaak.",
        discussion: """
            De jaren zijn dezelfde bedragen als zvh scenario met dezelfde --raming-index en --jaren (standaard het begrotingsjaar
            en 3 jaren erna). Volume- en sleutelwijzigingen komen uit scenariobestanden (--scenario, zoals bij zvh scenario);
            ze gelden samen. De verandering ten opzichte van de huidige begroting is per gemeente gesplitst in index, volume,
            sleutel en verrekening; die tellen exact op. --bron SOORT=BRON@DATUM geeft bij een uitgangspunt (personeel,
            materieel, overig, rijksbijdrage, inwoners) de bron en datum, bv. --bron "personeel=loonvoet sector overheid, CPB cMEV@2026-03-05";
            zonder --bron staat er "niet opgegeven". --inwoners CSV geeft nieuwe inwonertallen (zoals bij zvh volgend-jaar: 'gemeente;inwoners;peildatum;bron',
            elke gemeente één keer); de jaren rekenen met die tallen, de peildatum en bron komen uit het bestand (--bron inwoners=… gaat voor), en
            wat de nieuwe tallen veranderen telt als sleuteleffect. De kadernota gaat naar de raden: raakt een fout (zvh check) de bijdragen
            in de begroting, dan wordt ze niet geschreven (exitcode 65) tenzij met --concept, dat een concept schrijft met "CONCEPT — bevat
            fouten" in de titel en op elke pagina (exitcode 1). De data van de cyclus komen uit 'regeling.cyclus' van het bestand.
            """,
        arguments: [ArgumentSpec(name: "begroting", help: "De huidige begroting (JSON).")],
        options: [
            Options.projectionIndex, Options.years, Options.scenario, Options.source, Options.inhabitants, Options.kaders,
            ReportCommandOptions.format, ReportCommandOptions.output, ReportCommandOptions.cents, BooksOptions.draft, BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let usage = HelpFormatter.usage(of: spec)
        let options = invocation.options
        var sources: [String: (source: String, date: String?)] = [:]
        var kaders: KadersFileReader.Kaders?
        var inputs = [path]
        if let file = options.kadersFile {
            do throws(BudgetFileError) {
                kaders = try KadersFileReader.read(try BudgetLoader.readBytes(file), file: file)
                inputs.append(file)
            } catch {
                return Diagnostics.report(error, context: &context)
            }
        }
        // The kaders file's figures, with the options on top.
        let projection = options.input.projection(over: kaders?.projection ?? ProjectionParameters())
        if let kaders { sources = kaders.sources }
        for source in options.sources { sources[source.subject] = (source.source, source.date) }
        let books: Books
        switch BooksOptions.read([path], scope: options.report.scope, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let budget = books.named[0].budget
        let inhabitants: [String: Inhabitants]
        switch InhabitantsOption.counts(options.inhabitantsFile, members: budget.organisation.members.map(\.name), inputs: &inputs, context: &context) {
        case .success(let value): inhabitants = value
        case .failure(let status): return status.code
        }
        let scenarios: [Scenario]
        switch ScenarioCommand.scenarioFiles((kaders?.scenarios ?? []) + options.input.scenarioFiles, budgetPath: path, inputs: &inputs, context: &context) {
        case .success(let value): scenarios = value
        case .failure(let status): return status.code
        }
        let nota: Kadernota
        do {
            nota = try Kadernota(budget: budget, projection: projection, changes: scenarios, sources: sources, inhabitants: inhabitants)
        } catch let failure as ScenarioFailure {
            // The changes of all files form one variant: the file is the one the failing change stands in.
            let place = failure.place ?? failure.error.at.flatMap { at in
                scenarios.first { scenario in scenario.changes.contains { $0.origin == at } }.map { "\($0.file):\(at.lineAndColumn)" }
            }
            guard let place else { return ZVH.usageError(failure.message, usage: usage, context: &context, command: spec.name) }
            Diagnostics.line("\(place): fout: \(failure.message)", context: &context)
            return ExitCode.dataError
        } catch let error as ContributionError {
            return Diagnostics.report(.contribution(file: path, error), context: &context)
        } catch {
            context.err("\(path): fout: \(error)\n")
            return ExitCode.dataError
        }
        // The kadernota goes to the councils: a fout in the members' figures holds it back, as for a letter.
        let members = budget.organisation.members.map(\.name) + nota.members.map(\.municipality)
        let draftFindings: [Finding]
        switch BooksOptions.release(books, file: budget.file, members: members, isDraft: options.report.isDraft, document: "de kadernota", context: &context) {
        case .success(let findings): draftFindings = findings
        case .failure(let status): return status.code
        }
        let text = options.report.render(BooksReportContent(nota, books: books, draftFindings: draftFindings, namesFilesRead: false))
        return BooksOptions.status(delivered: options.report.deliver(text, inputs: inputs, context: &context), draftFindings: draftFindings)
    }
}
