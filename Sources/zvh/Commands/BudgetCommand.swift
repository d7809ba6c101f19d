import ZVHFinance

/// `zvh jaarrekening BESTAND` and `zvh begroting BESTAND`: one budget as a table.
enum BudgetCommand {
    static let jaarrekeningSpec = CommandSpec(
        name: "jaarrekening",
        abstract: "Toon een jaarrekening: lasten en baten per kolom, verschillen en resultaat.",
        discussion: "Groepen tonen hun subtotaal; een verschilkolom is zo gericht dat + een voordeel is.",
        arguments: [ArgumentSpec(name: "bestand", help: "Het begrotingsbestand (JSON).")],
        options: [ReportCommandOptions.format, ReportCommandOptions.output],
        flags: [ReportCommandOptions.cents],
        run: { invocation, spec, context in run(invocation, spec: spec, showsContributions: false, context: &context) })

    static let begrotingSpec = CommandSpec(
        name: "begroting",
        abstract: "Toon een begroting met de bijdrage, verrekening en definitieve bijdrage van elke gemeente.",
        discussion: "Berekende bijdragen zijn de lasten min de overige baten, verdeeld naar de verdeelsleutel met de methode van de grootste resten; elke verrekeningscomponent wordt apart verdeeld.",
        arguments: [ArgumentSpec(name: "bestand", help: "Het begrotingsbestand (JSON).")],
        options: [ReportCommandOptions.format, ReportCommandOptions.output],
        flags: [ReportCommandOptions.cents, ReportCommandOptions.explain],
        run: { invocation, spec, context in run(invocation, spec: spec, showsContributions: true, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, showsContributions: Bool, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let budget: Budget
        let statement: ContributionStatement
        do throws(BudgetFileError) {
            budget = try BudgetLoader.load(path)
            do throws(ContributionError) {
                statement = try budget.contributions()
            } catch {
                throw BudgetFileError.contribution(file: path, error)
            }
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        let shown = showsContributions ? statement : nil
        let findings = Checker.check([budget])
        let report = BudgetReport.report(for: budget, contributions: shown, options: ReportCommandOptions.reportOptions(invocation), findings: findings)
        let text = ReportCommandOptions.format(invocation, spec).render(report, json: BudgetJSON.document(for: budget, contributions: shown))
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: [path], context: &context)
    }
}
