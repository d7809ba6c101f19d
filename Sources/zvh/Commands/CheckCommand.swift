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
            ReportCommandOptions.format,
            ReportCommandOptions.output,
            OptionSpec(long: "tolerantie", valueName: "bedrag", help: "Verschillen tot en met dit bedrag zijn een afrondingsverschil.", defaultValue: "1"),
            OptionSpec(long: "pro-rata-drempel", valueName: "procent", help: "Afwijking van het pro-rata bedrag die gemeld wordt.", defaultValue: "10"),
            OptionSpec(long: "regel", valueName: "regel", help: "Voer alleen deze regel uit (mag herhaald worden).", allowed: Checker.allRules.map(\.name), isRepeating: true),
        ],
        flags: [FlagSpec(long: "strikt", help: "Faal ook bij een waarschuwing."), BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        guard let tolerance = Money.parse(typed: invocation.option("tolerantie", in: spec) ?? "1"), !tolerance.isNegative else {
            return ZVH.usageError(OptionValues.toleranceProblem(invocation.option("tolerantie", in: spec) ?? ""), usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)
        }
        guard let threshold = Quantity.parse(typed: invocation.option("pro-rata-drempel", in: spec) ?? "10"), !threshold.isNegative else {
            return ZVH.usageError("--pro-rata-drempel verwacht een percentage van nul of meer, zoals 10 of 2,5", usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)
        }
        let rules = invocation.options["regel"].map { names in Checker.allRules.filter { names.contains($0.name) } } ?? Checker.allRules
        let checks = CheckOptions(tolerance: tolerance, proRataThresholdPercent: threshold)
        let format = ReportCommandOptions.format(invocation, spec)
        let failing: Finding.Severity = invocation.flags.contains("strikt") ? .warning : .error
        switch format {
        case .tekst, .json:
            return streamed(invocation, format: format, rules: rules, options: checks, failing: failing, context: &context)
        case .markdown, .csv, .html, .xlsx, .pdf:
            break
        }
        let books: Books
        switch BooksOptions.read(invocation.arguments, invocation: invocation, defaultsToBudgets: true, rules: rules, options: checks, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let findings = books.namedFindings
        let files = books.namedFiles
        let content = CheckReport(findings: findings, files: files, alsoRead: Array(books.analysed.dropFirst(files.count).map(\.budget.file)))
        let written = ReportCommandOptions.deliver(ReportCommandOptions.render(content, invocation, spec), invocation: invocation, inputs: files, context: &context)
        if written != ExitCode.success { return written }
        return findings.contains { $0.severity >= failing } ? ExitCode.findings : ExitCode.success
    }

    /// The text or JSON report, written one organisation at a time as it is checked
    /// (``BooksIndex``), so that checking a national set holds a few organisations'
    /// budgets at once, not the set.
    static func streamed(
        _ invocation: Invocation, format: ReportFormat, rules: [any CheckRule], options: CheckOptions, failing: Finding.Severity, context: inout CommandContext
    ) -> Int32 {
        let index: BooksIndex
        switch BooksOptions.index(invocation.arguments, invocation: invocation, defaultsToBudgets: true, rules: rules, options: options, context: &context) {
        case .success(let value): index = value
        case .failure(let status): return status.code
        }
        if let failure = context.inputFailure { return failure }
        let layout: CheckReport.Stream.Layout
        switch format {
        case .json:
            layout = .json
        case .tekst, .markdown, .csv, .html, .xlsx, .pdf:
            let colors = invocation.options["uitvoer"] == nil && context.environment.colorsOutput
            layout = .text(severityText: colors ? Finding.colored : { $0.rawValue })
        }
        var report = StreamedReport(invocation, format: format, context: context)
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
        let written = report.finish(invocation, inputs: index.namedFiles, context: &context)
        if written != ExitCode.success { return written }
        return fails ? ExitCode.findings : ExitCode.success
    }
}
