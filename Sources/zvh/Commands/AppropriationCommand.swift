import ZVHFinance

/// `zvh resultaatbestemming JAARREKENING`: what of a closed year's result goes to which
/// reserve by the file's rules, and what is settled with the members.
enum AppropriationCommand {
    static let spec = CommandSpec(
        name: "resultaatbestemming",
        abstract: "Stel de resultaatbestemming voor: welk deel van het resultaat naar welke reserve gaat en wat verrekend wordt.",
        discussion: """
            Het resultaat per component zoals zvh verrekening het afleidt (lasten, een soort baten, begrotingssaldo). De regels
            staan in de jaarrekening onder 'resultaatbestemming' ({component, reserve, toelichting}): het voordeel van die
            component gaat naar de reserve tot haar plafond, de rest wordt met de gemeenten verrekend.
            """,
        arguments: [ArgumentSpec(name: "jaarrekening", help: "De jaarrekening (JSON) met 'reserves' en 'resultaatbestemming'.")],
        options: [ReportCommandOptions.format, ReportCommandOptions.output, ReportCommandOptions.cents, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<ReportCommandOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let books: Books
        switch BooksOptions.read([path], scope: invocation.options.scope, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let derivation: SettlementDerivation
        switch SettlementCommand.derive(SettlementOptions(), spec: spec, books: books, path: path, context: &context) {
        case .success(let value): derivation = value
        case .failure(let status): return status.code
        }
        guard let analysed = books.analysed(path) else { return ExitCode.dataError }
        let proposal = ResultAppropriation(derivation, rules: analysed.budget.appropriationRules, schedule: analysed.reserveSchedule)
        let text = invocation.options.render(ResultAppropriationReport(budget: analysed.budget, proposal: proposal))
        return invocation.options.deliver(text, inputs: books.namedFiles, context: &context)
    }
}
