import ZVHFinance

/// `zvh verrekening JAARREKENING`: the settlement of a closed year, derived.
enum SettlementCommand {
    static let spec = CommandSpec(
        name: "verrekening",
        abstract: "Leid de verrekening van een afgesloten jaar af uit de jaarrekening: resultaat per component, verdeeld per gemeente.",
        discussion: """
            Componenten (tellen exact op tot het resultaat, + = voordeel): lasten (begroot − werkelijk), per soort baten
            (werkelijk − begroot, bv. pok) en begrotingssaldo (de begroting was niet sluitend). Elke verrekende component
            wordt apart verdeeld naar de sleutel van dat jaar (bij bijdragen als regels: die bijdragen als gewicht) of naar
            --sleutel. --formaat json geeft een blok 'verrekening' (en 'verdeelsleutels') dat een begroting zo overneemt.
            """,
        arguments: [ArgumentSpec(name: "jaarrekening", help: "De jaarrekening (JSON).")],
        options: SettlementOptions.declarations + [
            ReportCommandOptions.format, ReportCommandOptions.output,
            ReportCommandOptions.cents, ReportCommandOptions.explain, BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    /// The settlement group and the report group.
    struct Options: CommandOptions {
        var settlement: SettlementOptions
        var report: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            settlement = try SettlementOptions(commandLine)
            report = try ReportCommandOptions(commandLine)
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let options = invocation.options
        let books: Books
        // The settlement shows no findings.
        switch BooksOptions.read(options.settlement.paths(account: path), scope: options.report.scope, checked: .namedFiles, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let derivation: SettlementDerivation
        switch derive(options.settlement, spec: spec, books: books, path: path, context: &context) {
        case .success(let value): derivation = value
        case .failure(let status): return status.code
        }
        let ledgerYear = books.ledger(of: derivation.budget.organisation.identifier).year(derivation.budget.period.year)
        let text = options.report.render(BooksReportContent(SettlementReport(derivation, ledgerYear: ledgerYear), books: books))
        return options.report.deliver(text, inputs: books.namedFiles, context: &context)
    }

    typealias Status = BooksOptions.Status

    /// The derivation the options ask for from the jaarrekening in the books, or the
    /// exit status after reporting why not.
    static func derive(_ options: SettlementOptions, spec: CommandSpec, books: Books, path: String, context: inout CommandContext) -> Result<SettlementDerivation, Status> {
        guard let analysed = books.analysed(path) else { return .failure(Status(code: ExitCode.dataError)) }
        let extraKeys = options.keysFile.flatMap { books.analysed($0)?.budget.keys } ?? []
        do throws(SettlementError) {
            return .success(try SettlementDerivation(
                analysed, keyName: options.keyName, extraKeys: extraKeys, merging: options.merged, unsettled: options.unsettledComponents))
        } catch {
            if error.isUsage {
                return .failure(Status(code: ZVH.usageError(error.errorDescription ?? "", usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)))
            }
            Diagnostics.line(error.errorDescription ?? "\(path): fout", context: &context)
            context.inputFailure = ExitCode.dataError
            return .failure(Status(code: ExitCode.dataError))
        }
    }
}
