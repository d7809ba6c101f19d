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
        if let writer = invocation.options.format.partWriter(of: OverviewContent.self, options: invocation.options.rendering) {
            return streamed(invocation, writer: writer, spec: spec, context: &context)
        }
        switch BooksOptions.read(invocation.arguments, scope: invocation.options.scope, defaultsToBudgets: true, context: &context) {
        case .success(let books): return whole(books, invocation, spec: spec, context: &context)
        case .failure(let status): return status.code
        }
    }

    /// The overview of books read whole.
    static func whole(_ books: Books, _ invocation: Invocation<ReportCommandOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let (entries, status) = BooksOptions.entries(books, context: &context)
        guard !entries.isEmpty else { return status }
        let text = invocation.options.render(OverviewContent(entries))
        let written = invocation.options.deliver(text, inputs: books.namedFiles, context: &context)
        return written != ExitCode.success ? written : status
    }

    /// The overview in a format that streams (text, JSON), written one organisation at a
    /// time (``BooksIndex``), in the overview's order, by the writer that writes the whole
    /// overview, so that a national set's overview holds a few organisations' budgets at
    /// once. Read whole as before when that order or the all-or-nothing of a contribution
    /// that cannot be computed needs every file first: an organisation whose files give
    /// it different names, or a budget whose contributions fail.
    static func streamed(
        _ invocation: Invocation<ReportCommandOptions>, writer: OverviewContent.Writer, spec: CommandSpec, context: inout CommandContext
    ) -> Int32 {
        let index: BooksIndex
        switch BooksOptions.index(invocation.arguments, scope: invocation.options.scope, defaultsToBudgets: true, computingContributions: true, context: &context) {
        case .success(let value): index = value
        case .failure(let status): return status.code
        }
        if let failure = context.inputFailure { return failure }
        do throws(BooksError) {
            guard index.organisations.allSatisfy({ $0.hasOneName && $0.computesContributions }) else {
                return whole(try index.books(), invocation, spec: spec, context: &context)
            }
            let order = index.organisations.sorted { ($0.name, $0.identifier) < ($1.name, $1.identifier) }
            // Every named file computes its contributions (above): each is an entry.
            var report = StreamedReport(writer, invocation.options, outline: OverviewContent.Outline(fileCount: index.namedFiles.count), context: &context)
            var failures: [BudgetFileError] = []
            try index.eachOrganisation(order, transform: { books in
                let (entries, failed) = BooksOptions.reportContents(books)
                return (entries.isEmpty ? nil : OverviewContent(entries), failed)
            }) { part, failed in
                failures += failed
                guard let part else { return }
                report.add(part, context: &context)
            }
            // Contributions computed when indexed compute again; should one not, it is
            // reported as the whole reading reports it (after what was written).
            let status = failures.map { Diagnostics.report($0, context: &context) }.max() ?? ExitCode.success
            let written = report.finish(invocation.options, inputs: index.namedFiles, context: &context)
            return written != ExitCode.success ? written : status
        } catch {
            return BooksOptions.refusal(error, paths: invocation.arguments, defaultsToBudgets: true, context: &context).code
        }
    }
}
