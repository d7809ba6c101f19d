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
            Met --vaststellen DATUM --besluit TEKST schrijft het de jaarrekening met dit voorstel als
            'vastgestelde-resultaatbestemming' (naar --uitvoer, nooit over de invoer); zvh verrekening en zvh volgend-jaar
            volgen die bestemming.
            """,
        arguments: [ArgumentSpec(name: "jaarrekening", help: "De jaarrekening (JSON) met 'reserves' en 'resultaatbestemming'.")],
        options: [
            OptionSpec(long: "vaststellen", valueName: "datum", help: "Schrijf de jaarrekening met het voorstel als vastgestelde resultaatbestemming van deze datum (JJJJ-MM-DD)."),
            OptionSpec(long: "besluit", valueName: "tekst", help: "Het besluit dat de bestemming vaststelt (orgaan, datum, kenmerk); bij --vaststellen verplicht."),
            ReportCommandOptions.format, ReportCommandOptions.output,
        ],
        flags: [ReportCommandOptions.cents, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let usage = HelpFormatter.usage(of: spec)
        let date = invocation.options["vaststellen"]?.last
        let decision = invocation.options["besluit"]?.last
        switch (date, decision) {
        case (nil, nil): break
        case (let date?, let decision?):
            guard Column.dayOfYear(date) != nil, date.count == 10 else {
                return ZVH.usageError("--vaststellen verwacht een datum JJJJ-MM-DD (bv. 2022-07-07), niet '\(date)'", usage: usage, context: &context, command: spec.name)
            }
            guard !decision.trimmingSpaces.isEmpty else {
                return ZVH.usageError("--besluit noemt het besluit dat de bestemming vaststelt (orgaan, datum, kenmerk)", usage: usage, context: &context, command: spec.name)
            }
            if invocation.options["formaat"]?.last.map({ $0 != "json" }) == true {
                return ZVH.usageError("--vaststellen schrijft een jaarrekening (JSON); laat --formaat weg", usage: usage, context: &context, command: spec.name)
            }
        case (nil, _?):
            return ZVH.usageError("--besluit hoort bij --vaststellen DATUM", usage: usage, context: &context, command: spec.name)
        case (_?, nil):
            return ZVH.usageError("--vaststellen vraagt ook --besluit TEKST", usage: usage, context: &context, command: spec.name)
        }
        let books: Books
        switch BooksOptions.read([path], invocation: invocation, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let derivation: SettlementDerivation
        switch SettlementCommand.derive(Invocation(), spec: spec, books: books, path: path, context: &context) {
        case .success(let value): derivation = value
        case .failure(let status): return status.code
        }
        guard let analysed = books.analysed(path) else { return ExitCode.dataError }
        let proposal = ResultAppropriation(derivation, rules: analysed.budget.appropriationRules, schedule: analysed.reserveSchedule)
        if let date, let decision {
            var account = analysed.budget
            account.adoptedAppropriation = proposal.adopted(date: date, decision: decision)
            return ReportCommandOptions.deliverBudgetFile(account, madeFrom: path, invocation: invocation, inputs: books.namedFiles, context: &context)
        }
        let text = ReportCommandOptions.render(ResultAppropriationReport(budget: analysed.budget, proposal: proposal), invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: books.namedFiles, context: &context)
    }
}
