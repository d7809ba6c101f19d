import ZVHFinance

/// `zvh overzicht [PAD…]`: every organisation and period with totals, resultaat and
/// contributions.
enum OverviewCommand {
    static let spec = CommandSpec(
        name: "overzicht",
        abstract: "Toon alle organisaties en perioden met totalen, resultaat en bijdragen per gemeente.",
        discussion: "Zonder pad leest zvh de map Budgets/ in de huidige map. Mappen worden doorzocht op *.json (JSON Schemas en mappen 'scenarios' uitgezonderd).",
        arguments: [ArgumentSpec(name: "pad", help: "Bestanden of mappen (standaard: Budgets).", isOptional: true, isRepeating: true)],
        options: [ReportCommandOptions.format, ReportCommandOptions.output, ReportCommandOptions.cents, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<ReportCommandOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let books: Books
        switch BooksOptions.read(invocation.arguments, scope: invocation.options.scope, defaultsToBudgets: true, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let (entries, status) = BooksOptions.entries(books, context: &context)
        guard !entries.isEmpty else { return status }
        let text = invocation.options.render(OverviewContent(entries))
        let written = invocation.options.deliver(text, inputs: books.namedFiles, context: &context)
        return written != ExitCode.success ? written : status
    }
}
