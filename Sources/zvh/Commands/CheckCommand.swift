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
        switch options.report.format {
        case .tekst, .json:
            return streamed(invocation, failing: failing, context: &context)
        case .markdown, .csv, .html, .xlsx, .pdf:
            break
        }
        let books: Books
        switch BooksOptions.read(
            invocation.arguments, scope: options.report.scope, defaultsToBudgets: true, rules: options.rules, options: options.checks, context: &context)
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

    /// The text or JSON report, written one organisation at a time as it is checked
    /// (``BooksIndex``), so that checking a national set holds a few organisations'
    /// budgets at once, not the set.
    static func streamed(_ invocation: Invocation<CheckCommandOptions>, failing: Finding.Severity, context: inout CommandContext) -> Int32 {
        let options = invocation.options
        let index: BooksIndex
        switch BooksOptions.index(
            invocation.arguments, scope: options.report.scope, defaultsToBudgets: true, rules: options.rules, options: options.checks, context: &context)
        {
        case .success(let value): index = value
        case .failure(let status): return status.code
        }
        if let failure = context.inputFailure { return failure }
        let layout: CheckReport.Stream.Layout
        switch options.report.format {
        case .json:
            layout = .json
        case .tekst, .markdown, .csv, .html, .xlsx, .pdf:
            let colors = options.report.output == nil && context.environment.colorsOutput
            layout = .text(severityText: colors ? Finding.colored : { $0.rawValue })
        }
        var report = StreamedReport(options.report, context: context)
        var stream = CheckReport.Stream(files: index.namedFiles, alsoRead: index.otherFiles, layout: layout)
        var part = ""
        stream.start(to: &part)
        report.write(part, context: &context)
        var fails = false
        do throws(BooksError) {
            try index.eachOrganisation(index.organisations, transform: { books in (books.namedFiles, books.namedFindings) }) { files, findings in
                part = ""
                stream.add(files: files, findings: findings, to: &part)
                report.write(part, context: &context)
                fails = fails || findings.contains { $0.severity >= failing }
            }
        } catch {
            return BooksOptions.refusal(error, paths: invocation.arguments, defaultsToBudgets: true, context: &context).code
        }
        part = ""
        stream.finish(to: &part)
        report.write(part, context: &context)
        let written = report.finish(options.report, inputs: index.namedFiles, context: &context)
        if written != ExitCode.success { return written }
        return fails ? ExitCode.findings : ExitCode.success
    }
}
