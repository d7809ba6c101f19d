import ZVHFinance

/// `zvh overzicht [PAD…]`: every organisation and period with totals, resultaat and
/// contributions.
enum OverviewCommand {
    static let spec = CommandSpec(
        name: "overzicht",
        abstract: "Toon alle organisaties en perioden met totalen, resultaat en bijdragen per gemeente.",
        discussion: "Zonder pad leest zvh de map Budgets/ in de huidige map. Mappen worden doorzocht op *.json (JSON Schemas en mappen 'scenarios' uitgezonderd).",
        arguments: [ArgumentSpec(name: "pad", help: "Bestanden of mappen (standaard: Budgets).", isOptional: true, isRepeating: true)],
        options: [OptionSpec(long: "formaat", valueName: "formaat", help: "Uitvoerformaat.", allowed: ["tekst", "json"], defaultValue: "tekst")],
        flags: [],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let paths = invocation.arguments.isEmpty ? ["Budgets"] : invocation.arguments
        let files: [String]
        do throws(BudgetFileError) {
            files = try BudgetLoader.budgetFiles(in: paths)
        } catch {
            if invocation.arguments.isEmpty {
                context.err("Budgets: fout: geen map Budgets/ in de huidige map; start zvh in de projectmap of geef een pad op\n")
                return ExitCode.noInput
            }
            return Diagnostics.report(error, context: &context)
        }
        var entries: [OverviewReport.Entry] = []
        var status = ExitCode.success
        for file in files {
            do throws(BudgetFileError) {
                let budget = try BudgetLoader.load(file)
                do throws(ContributionError) {
                    entries.append(OverviewReport.Entry(budget: budget, statement: try budget.contributions()))
                } catch {
                    throw BudgetFileError.contribution(file: file, error)
                }
            } catch {
                status = max(status, Diagnostics.report(error, context: &context))
            }
        }
        if entries.isEmpty, status == ExitCode.success {
            context.err("\(paths.joined(separator: ", ")): fout: geen begrotingsbestanden (*.json) gevonden\n")
            return ExitCode.noInput
        }
        switch invocation.option("formaat", in: spec) {
        case "json": context.out(OverviewReport.document(entries).rendered())
        default: context.out(TextRenderer.render(OverviewReport.report(entries)))
        }
        return status
    }
}
