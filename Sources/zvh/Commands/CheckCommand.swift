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
        let text: Result<ReportOutput, SpreadsheetError>
        switch options.report.format {
        case .tekst:
            let colors = options.report.output == nil && context.environment.colorsOutput
            text = .success(.text(content.text(severityText: colors ? Diagnostics.colored : { $0.rawValue })))
        case .markdown, .csv, .json, .html, .xlsx, .pdf:
            text = options.report.render(content)
        }
        let written = options.report.deliver(text, inputs: files, context: &context)
        if written != ExitCode.success { return written }
        let failing: Finding.Severity = options.isStrict ? .warning : .error
        return findings.contains { $0.severity >= failing } ? ExitCode.findings : ExitCode.success
    }
}
