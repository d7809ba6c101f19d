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
        flags: [ReportCommandOptions.cents],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let loaded = BudgetFiles.load(invocation.arguments, context: &context)
        guard let budgets = loaded.budgets else { return loaded.status }
        let (entries, status) = BudgetFiles.entries(budgets, status: loaded.status, context: &context)
        guard !entries.isEmpty else { return status }
        let text = ReportCommandOptions.render(OverviewContent(entries), invocation, spec)
        let written = ReportCommandOptions.deliver(text, invocation: invocation, inputs: budgets.map(\.file), context: &context)
        return written != ExitCode.success ? written : status
    }
}
