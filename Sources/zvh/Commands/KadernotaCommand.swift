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
            OptionSpec(long: "raming-index", valueName: "soort=procent", help: "Jaarlijkse indexatie, bv. personeel=3,2% (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "jaren", valueName: "aantal", help: "Jaren na het begrotingsjaar (0–30, standaard 3)."),
            OptionSpec(long: "scenario", valueName: "naam", help: "Volume- of sleutelwijzigingen uit scenarios/ of een pad (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "bron", valueName: "soort=bron@datum", help: "Bron en datum van een uitgangspunt (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "inwoners", valueName: "csv", help: "Nieuwe inwonertallen (CSV 'gemeente;inwoners;peildatum;bron'), zoals bij zvh volgend-jaar."),
            OptionSpec(long: "kaders", valueName: "bestand", help: "Een kadersbestand (JSON) met jaren, indexatie met bron en datum, inwoners en scenario's; opties vullen aan en gaan voor."),
            ReportCommandOptions.format,
            ReportCommandOptions.output,
        ],
        flags: [ReportCommandOptions.cents, BooksOptions.draft, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static let sourceSubjects = IndexationKind.allCases.map(\.rawValue) + ["inwoners"]

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let usage = HelpFormatter.usage(of: spec)
        var projection: ProjectionParameters
        var sources: [String: (source: String, date: String?)] = [:]
        var kaders: KadersFileReader.Kaders?
        var inputs = [path]
        if let file = invocation.options["kaders"]?.last {
            do throws(BudgetFileError) {
                kaders = try KadersFileReader.read(try BudgetLoader.readBytes(file), file: file)
                inputs.append(file)
            } catch {
                return Diagnostics.report(error, context: &context)
            }
        }
        do throws(QuickScenarioFailure) {
            projection = try ScenarioOptions.projection(invocation.options)
            if let kaders {
                // The file's figures, with the options on top.
                let years = projection.years
                projection = kaders.projection
                if invocation.options["jaren"] != nil { projection.years = years }
                for text in invocation.options["raming-index"] ?? [] {
                    try ScenarioOptions.readIndexation(text, option: "--raming-index", into: &projection.indexation)
                }
                sources = kaders.sources
            }
            for text in invocation.options["bron"] ?? [] {
                let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let subject = parts.first.map { String($0.trimmingSpaces).lowercased() } ?? ""
                guard parts.count == 2, sourceSubjects.contains(subject) else {
                    throw QuickScenarioFailure("--bron verwacht SOORT=BRON of SOORT=BRON@DATUM met soort \(sourceSubjects.joined(separator: ", ")); niet '\(text)'")
                }
                let sourceAndDate = parts[1].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
                guard !sourceAndDate[0].isEmpty, sourceAndDate.count == 1 || !sourceAndDate[1].isEmpty else {
                    throw QuickScenarioFailure("--bron: geef een bron (en eventueel @datum), zoals personeel=CPB cMEV@2026-03-05; niet '\(text)'")
                }
                sources[subject] = (sourceAndDate[0], sourceAndDate.count == 2 ? sourceAndDate[1] : nil)
            }
        } catch {
            return ZVH.usageError(error.message, usage: usage, context: &context, command: spec.name)
        }
        let books: Books
        switch BooksOptions.read([path], invocation: invocation, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let budget = books.named[0].budget
        let inhabitants: [String: Inhabitants]
        switch InhabitantsOption.counts(invocation, members: budget.organisation.members.map(\.name), inputs: &inputs, context: &context) {
        case .success(let value): inhabitants = value
        case .failure(let status): return status.code
        }
        let scenarios: [Scenario]
        switch ScenarioCommand.scenarioFiles((kaders?.scenarios ?? []) + (invocation.options["scenario"] ?? []), budgetPath: path, inputs: &inputs, context: &context) {
        case .success(let value): scenarios = value
        case .failure(let status): return status.code
        }
        let nota: Kadernota
        do {
            nota = try Kadernota(budget: budget, projection: projection, changes: scenarios, sources: sources, inhabitants: inhabitants)
        } catch let failure as ScenarioFailure {
            // The changes of all files form one variant: the file is the one the failing change stands in.
            let at = failure.error.at
            let place = failure.place ?? scenarios.first { scenario in at.location.line > 0 && scenario.changes.contains { $0.origin == at } }
                .map { "\($0.file):\(at.location.line):\(at.location.column)" }
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
        switch BooksOptions.release(books, file: budget.file, members: members, invocation: invocation, document: "de kadernota", context: &context) {
        case .success(let findings): draftFindings = findings
        case .failure(let status): return status.code
        }
        let text = ReportCommandOptions.render(BooksReportContent(nota, books: books, draftFindings: draftFindings, namesFilesRead: false), invocation, spec)
        return BooksOptions.status(delivered: ReportCommandOptions.deliver(text, invocation: invocation, inputs: inputs, context: &context), draftFindings: draftFindings)
    }
}
