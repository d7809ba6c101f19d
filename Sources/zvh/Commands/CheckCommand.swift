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
        let books: Books
        switch BooksOptions.read(
            invocation.arguments, invocation: invocation, defaultsToBudgets: true, rules: rules,
            options: CheckOptions(tolerance: tolerance, proRataThresholdPercent: threshold), context: &context)
        {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let findings = books.namedFindings
        let files = books.namedFiles
        let content = CheckReport(findings: findings, files: files, alsoRead: Array(books.analysed.dropFirst(files.count).map(\.budget.file)))
        // Colour only for a terminal, never in a file.
        let colors = invocation.options["uitvoer"] == nil && context.environment.colorsOutput
        let text = ReportCommandOptions.render(content, invocation, spec, colorsSeverities: colors)
        let written = ReportCommandOptions.deliver(text, invocation: invocation, inputs: files, context: &context)
        if written != ExitCode.success { return written }
        let failing: Finding.Severity = invocation.flags.contains("strikt") ? .warning : .error
        return findings.contains { $0.severity >= failing } ? ExitCode.findings : ExitCode.success
    }
}
