import ZVHFinance

/// `zvh overzicht [PAD…]`: every organisation and period with totals, resultaat and
/// contributions.
enum OverviewCommand {
    static let spec = CommandSpec(
        name: "overzicht",
        abstract: "Toon alle organisaties en perioden met totalen, resultaat en bijdragen per gemeente.",
        discussion: "Zonder pad leest zvh de map Budgets/ in de huidige map. Mappen worden doorzocht op *.json (JSON Schemas en mappen 'scenarios' uitgezonderd).",
        arguments: [ArgumentSpec(name: "pad", help: "Bestanden of mappen (standaard: Budgets).", isOptional: true, isRepeating: true)],
        options: [ReportCommandOptions.format, ReportCommandOptions.output],
        flags: [ReportCommandOptions.cents, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        switch ReportCommandOptions.format(invocation, spec) {
        case .json:
            return streamed(invocation, spec: spec, context: &context)
        case .tekst, .markdown, .csv, .html, .xlsx, .pdf:
            break
        }
        switch BooksOptions.read(invocation.arguments, invocation: invocation, defaultsToBudgets: true, context: &context) {
        case .success(let books): return whole(books, invocation, spec: spec, context: &context)
        case .failure(let status): return status.code
        }
    }

    /// The overview of books read whole.
    static func whole(_ books: Books, _ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let (entries, status) = BooksOptions.entries(books, context: &context)
        guard !entries.isEmpty else { return status }
        let text = ReportCommandOptions.render(OverviewContent(entries), invocation, spec)
        let written = ReportCommandOptions.deliver(text, invocation: invocation, inputs: books.namedFiles, context: &context)
        return written != ExitCode.success ? written : status
    }

    /// The JSON overview written one organisation at a time (``BooksIndex``), in the
    /// overview's order, so that a national set's overview holds a few organisations'
    /// budgets at once. Read whole as before when that order or the all-or-nothing of a
    /// contribution that cannot be computed needs every file first: an organisation
    /// whose files give it different names, or a budget whose contributions fail.
    static func streamed(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let index: BooksIndex
        switch BooksOptions.index(invocation.arguments, invocation: invocation, defaultsToBudgets: true, computingContributions: true, context: &context) {
        case .success(let value): index = value
        case .failure(let status): return status.code
        }
        if let failure = context.inputFailure { return failure }
        do throws(BooksError) {
            guard index.organisations.allSatisfy({ $0.hasOneName && $0.computesContributions }) else {
                return whole(try index.books(), invocation, spec: spec, context: &context)
            }
            let options = ReportCommandOptions.reportOptions(invocation)
            let order = index.organisations.sorted { ($0.name, $0.identifier) < ($1.name, $1.identifier) }
            var report = StreamedReport(invocation, format: .json, context: context)
            var stream = OverviewContent.JSONStream()
            var part = ""
            var failures: [BudgetFileError] = []
            try index.eachOrganisation(order, transform: { books in
                let (entries, failed) = BooksOptions.reportContents(books)
                return (entries.isEmpty ? nil : OverviewContent.JSONStream.rendered(OverviewContent(entries), options: options), failed)
            }) { rendered, failed in
                failures += failed
                guard let rendered else { return }
                part = ""
                stream.add(rendered, to: &part)
                report.write(part, context: &context)
            }
            // Contributions computed when indexed compute again; should one not, it is
            // reported as the whole reading reports it (after what was written).
            let status = failures.map { Diagnostics.report($0, context: &context) }.max() ?? ExitCode.success
            part = ""
            stream.finish(to: &part)
            report.write(part, context: &context)
            let written = report.finish(invocation, inputs: index.namedFiles, context: &context)
            return written != ExitCode.success ? written : status
        } catch {
            return BooksOptions.refusal(error, paths: invocation.arguments, defaultsToBudgets: true, context: &context).code
        }
    }
}
