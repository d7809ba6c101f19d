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
            Options.adoptionDate, Options.decision, ReportCommandOptions.format, ReportCommandOptions.output,
            ReportCommandOptions.cents, BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    /// The options of `resultaatbestemming`: the adoption (`--vaststellen` with
    /// `--besluit`) and the report group.
    struct Options: CommandOptions {
        static let adoptionDate = Option<String>(
            "vaststellen", value: "datum", help: "Schrijf de jaarrekening met het voorstel als vastgestelde resultaatbestemming van deze datum (JJJJ-MM-DD)."
        ) { text throws(OptionFailure) in
            guard Column.dayOfYear(text) != nil, text.count == 10 else {
                throw OptionFailure("--vaststellen verwacht een datum JJJJ-MM-DD (bv. 2022-07-07), niet '\(text)'")
            }
            return text
        }
        static let decision = Option<String>(
            "besluit", value: "tekst", help: "Het besluit dat de bestemming vaststelt (orgaan, datum, kenmerk); bij --vaststellen verplicht."
        ) { text throws(OptionFailure) in
            guard !text.trimmingSpaces.isEmpty else { throw OptionFailure("--besluit noemt het besluit dat de bestemming vaststelt (orgaan, datum, kenmerk)") }
            return text
        }

        /// The date and the decision of the adoption; nil for the proposal as a report.
        var adoption: (date: String, decision: String)?
        var report: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            report = try ReportCommandOptions(commandLine)
            switch (commandLine.isGiven(Self.adoptionDate), commandLine.isGiven(Self.decision)) {
            case (false, false): adoption = nil
            case (true, true):
                guard let date = try commandLine.value(Self.adoptionDate), let decision = try commandLine.value(Self.decision) else { throw OptionFailure("--vaststellen vraagt ook --besluit TEKST") }
                if commandLine.isGiven(ReportCommandOptions.format), report.format != .json {
                    throw OptionFailure("--vaststellen schrijft een jaarrekening (JSON); laat --formaat weg")
                }
                adoption = (date, decision)
            case (false, true): throw OptionFailure("--besluit hoort bij --vaststellen DATUM")
            case (true, false): throw OptionFailure("--vaststellen vraagt ook --besluit TEKST")
            }
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let options = invocation.options
        let books: Books
        switch BooksOptions.read([path], scope: options.report.scope, context: &context) {
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
        if let adoption = options.adoption {
            var account = analysed.budget
            account.adoptedAppropriation = proposal.adopted(date: adoption.date, decision: adoption.decision)
            return options.report.deliverBudgetFile(account, madeFrom: path, inputs: books.namedFiles, context: &context)
        }
        let text = options.report.render(ResultAppropriationReport(budget: analysed.budget, proposal: proposal))
        return options.report.deliver(text, inputs: books.namedFiles, context: &context)
    }
}
