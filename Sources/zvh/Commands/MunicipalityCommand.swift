import ZVHFinance

/// `zvh gemeente NAAM [PAD…]`: one municipality's contributions in every period, next
/// to the other members.
enum MunicipalityCommand {
    static let spec = CommandSpec(
        name: "gemeente",
        abstract: "Toon wat één gemeente per periode bijdraagt, naast de andere gemeenten.",
        discussion: "Voor elke periode van elke organisatie waarvan de gemeente lid is: bijdrage, verrekening, definitief, aandeel, € per inwoner (waar bekend) en de verandering t.o.v. de vorige periode. Bevindingen van 'zvh check' die de gemeente raken staan erbij. De verandering is gesplitst in bijdrage (structureel) en verrekening (eenmalig). Met --eigen-raming de vergelijking van de gemeente zelf: raming ZVH, eigen raming, verschil (+ = voordeel).",
        arguments: [
            ArgumentSpec(name: "naam", help: "De gemeente (hoofdletters maken niet uit)."),
            ArgumentSpec(name: "pad", help: "Bestanden of mappen (standaard: Budgets).", isOptional: true, isRepeating: true),
        ],
        options: [
            ReportCommandOptions.format, ReportCommandOptions.output, Options.ownEstimate,
            ReportCommandOptions.cents, ReportCommandOptions.explain, BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    /// The report group and `--eigen-raming`.
    struct Options: CommandOptions {
        static let ownEstimate = Option<String>(
            "eigen-raming", value: "csv",
            help: "CSV-bestand met de eigen raming van de gemeente, een regel 'jaar;bedrag' per jaar: toont per jaar de raming van het ZVH, de eigen raming en het verschil (+ = voordeel).")

        var report: ReportCommandOptions
        /// The CSV file of the municipality's own estimate.
        var ownEstimateFile: String?

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            report = try ReportCommandOptions(commandLine)
            ownEstimateFile = try commandLine.value(Self.ownEstimate)
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let requested = invocation.arguments[0]
        var ownEstimates: [OwnEstimate] = []
        if let path = invocation.options.ownEstimateFile {
            context.inputPaths.append(path)
            do throws(BudgetFileError) {
                let bytes = try BudgetLoader.readBytes(path)
                do throws(OwnEstimateError) {
                    ownEstimates = try OwnEstimateReader.read(bytes, file: path)
                } catch {
                    Diagnostics.line(error.errorDescription ?? path, context: &context)
                    context.inputFailure = ExitCode.dataError
                    return ExitCode.dataError
                }
            } catch {
                return Diagnostics.report(error, context: &context)
            }
        }
        let books: Books
        switch BooksOptions.read(Array(invocation.arguments.dropFirst()), scope: invocation.options.report.scope, defaultsToBudgets: true, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let budgets = books.analysed.map(\.budget)
        guard let municipality = MunicipalityReport.canonicalName(requested, in: budgets) else {
            let names = MunicipalityReport.memberNames(in: budgets)
            let hint = Spelling.closest(to: requested, among: names).map { "; bedoelde u '\(MessageText.quoted($0))'?" } ?? " (bekend: \(MessageText.list(names)))"
            return ZVH.usageError("gemeente '\(MessageText.quoted(requested))' komt in geen enkel bestand voor\(hint)", usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)
        }
        let spellings = MunicipalityReport.spellings(of: municipality, in: budgets)
        if spellings.count > 1 {
            let listed = spellings.map { "\"\($0.name)\" (\($0.files.joined(separator: ", ")))" }.joined(separator: " en ")
            Diagnostics.line("fout: de bestanden schrijven gemeente '\(requested)' verschillend: \(listed); schrijf haar naam in alle bestanden gelijk, dan worden de cijfers samengevoegd", context: &context)
            context.inputFailure = ExitCode.dataError
            return ExitCode.dataError
        }
        let (entries, status) = BooksOptions.entries(books, everyFileRead: true, context: &context)
        let text = invocation.options.report.render(MunicipalityReport(municipality, entries: entries, ownEstimates: ownEstimates))
        let written = invocation.options.report.deliver(text, inputs: budgets.map(\.file), context: &context)
        return written != ExitCode.success ? written : status
    }
}
