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
        options: [
            OptionSpec(long: "sleutel", valueName: "naam", help: "Verdeel naar deze verdeelsleutel (uit de jaarrekening of uit --sleutels-uit)."),
            OptionSpec(long: "sleutels-uit", valueName: "bestand", help: "Neem de verdeelsleutels van dit begrotingsbestand erbij (bv. de begroting van het volgende jaar)."),
            OptionSpec(long: "samenvoegen", valueName: "a,b", help: "Voeg deze componenten samen tot één (mag herhaald worden), bv. lasten,begrotingssaldo.", isRepeating: true),
            OptionSpec(long: "niet-verrekenen", valueName: "component", help: "Verreken deze component niet maar voeg haar toe aan een reserve (mag herhaald worden), bv. pok.", isRepeating: true),
            ReportCommandOptions.format,
            ReportCommandOptions.output,
        ],
        flags: [ReportCommandOptions.cents, ReportCommandOptions.explain, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let books: Books
        switch BooksOptions.read(paths(invocation, account: path), invocation: invocation, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let derivation: SettlementDerivation
        switch derive(invocation, spec: spec, books: books, path: path, context: &context) {
        case .success(let value): derivation = value
        case .failure(let status): return status.code
        }
        let ledgerYear = books.ledger(of: derivation.budget.organisation.identifier).year(derivation.budget.period.year)
        let text = ReportCommandOptions.render(BooksReportContent(SettlementReport(derivation, ledgerYear: ledgerYear), books: books), invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: books.namedFiles, context: &context)
    }

    /// The files a settlement reads: the jaarrekening and the file of `--sleutels-uit`.
    static func paths(_ invocation: Invocation, account: String) -> [String] {
        [account] + (invocation.options["sleutels-uit"]?.suffix(1) ?? [])
    }

    typealias Status = BooksOptions.Status

    /// The derivation the options ask for from the jaarrekening in the books, or the
    /// exit status after reporting why not.
    static func derive(_ invocation: Invocation, spec: CommandSpec, books: Books, path: String, context: inout CommandContext) -> Result<SettlementDerivation, Status> {
        guard let analysed = books.analysed(path) else { return .failure(Status(code: ExitCode.dataError)) }
        let extraKeys = invocation.options["sleutels-uit"]?.last.flatMap { books.analysed($0)?.budget.keys } ?? []
        let groups = (invocation.options["samenvoegen"] ?? []).map { $0.split(separator: ",").map { String($0.trimmingSpaces) } }
        do throws(SettlementError) {
            return .success(try SettlementDerivation(
                analysed, keyName: invocation.options["sleutel"]?.last, extraKeys: extraKeys, merging: groups,
                unsettled: invocation.options["niet-verrekenen"] ?? []))
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
