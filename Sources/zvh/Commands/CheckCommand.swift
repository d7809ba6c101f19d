import ZVHFinance

/// `zvh check [PAD…]` (alias `controleer`): every discrepancy in the budget files.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        aliases: ["controleer"],
        abstract: "Controleer begrotingsbestanden op fouten zoals een zorgvuldige controller ze vindt.",
        discussion: """
            Zonder pad wordt Budgets/ gecontroleerd. Bestanden van dezelfde organisatie worden samen gelezen, zodat jaren met elkaar vergeleken worden; een los genoemd bestand brengt de andere bestanden van zijn organisatie in zijn map mee (niet met --alleen-bestand), en alleen de bevindingen in de genoemde bestanden worden getoond. Regels:
            \(Checker.allRules.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n"))
            Exitcode 0 zonder fouten, 1 met een fout (met --strikt ook bij een waarschuwing).
            """,
        arguments: [ArgumentSpec(name: "pad", help: "Bestanden of mappen (standaard: Budgets).", isOptional: true, isRepeating: true)],
        options: [
            ReportCommandOptions.format, ReportCommandOptions.output, CheckCommandOptions.tolerance, CheckCommandOptions.proRataThreshold,
            CheckCommandOptions.rule, CheckCommandOptions.strict, BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<CheckCommandOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let options = invocation.options
        let failing: Finding.Severity = options.isStrict ? .warning : .error
        var rendering = options.report.rendering
        rendering.colorsSeverities = options.report.output == nil && context.environment.colorsOutput
        if let writer = options.report.format.partWriter(of: CheckReport.self, options: rendering) {
            return streamed(invocation, writer: writer, failing: failing, context: &context)
        }
        let books: Books
        switch BooksOptions.read(
            invocation.arguments, scope: options.report.scope, defaultsToBudgets: true, rules: options.rules, options: options.checks, checked: .namedFiles,
            context: &context)
        {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let findings = books.namedFindings
        let files = books.namedFiles
        let content = CheckReport(findings: findings, files: files, alsoRead: Array(books.analysed.dropFirst(files.count).map(\.budget.file)))
        let written = options.report.deliver(options.report.render(content), inputs: files, context: &context)
        if written != ExitCode.success { return written }
        return findings.contains { $0.severity >= failing } ? ExitCode.findings : ExitCode.success
    }

    /// The report in a format that streams (text, JSON), written one organisation at a
    /// time as it is checked (``BooksIndex``) by the writer that writes the whole report,
    /// so that checking a national set holds a few organisations' budgets at once, not
    /// the set.
    static func streamed(
        _ invocation: Invocation<CheckCommandOptions>, writer: CheckReport.Writer, failing: Finding.Severity, context: inout CommandContext
    ) -> Int32 {
        let options = invocation.options
        let index: BooksIndex
        switch BooksOptions.index(
            invocation.arguments, scope: options.report.scope, defaultsToBudgets: true, rules: options.rules, options: options.checks, context: &context)
        {
        case .success(let value): index = value
        case .failure(let status): return status.code
        }
        if let failure = context.inputFailure { return failure }
        var report = StreamedReport(writer, options.report, outline: CheckReport.Outline(files: index.namedFiles, alsoRead: index.otherFiles), context: &context)
        var fails = false
        do throws(BooksError) {
            try index.eachOrganisation(index.organisations, transform: { books in CheckReport.Part(files: books.namedFiles, findings: books.namedFindings) }) { part in
                report.add(part, context: &context)
                fails = fails || part.findings.contains { $0.severity >= failing }
            }
        } catch {
            return BooksOptions.refusal(error, paths: invocation.arguments, defaultsToBudgets: true, context: &context).code
        }
        let written = report.finish(options.report, inputs: index.namedFiles, context: &context)
        if written != ExitCode.success { return written }
        return fails ? ExitCode.findings : ExitCode.success
    }
}
