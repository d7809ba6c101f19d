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
        flags: [
            ReportCommandOptions.cents, ReportCommandOptions.explain,
            FlagSpec(long: "bbv", help: "Voeg het BBV-overzicht toe: realisatie T-2, begroting T-1 na wijziging en begroting T, uit de bestanden van dezelfde organisatie in de map van de begroting."),
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, showsContributions: true, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, showsContributions: Bool, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let analysed: AnalysedBudget
        do throws(BudgetFileError) {
            analysed = AnalysedBudget(try BudgetLoader.load(path))
            if case .failure(let error) = analysed.contributions { throw BudgetFileError.contribution(file: path, error) }
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        var bbv: BBVComparison?
        if invocation.flags.contains("bbv") {
            bbv = BBVComparison(analysed, others: BudgetFiles.siblings(of: analysed.budget, context: &context).map(AnalysedBudget.init))
        }
        let content = BudgetReportContent(analysed, showsContributions: showsContributions, findings: Checker.check([analysed]), bbv: bbv)
        let text = ReportCommandOptions.render(content, invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: [path], context: &context)
    }
}
