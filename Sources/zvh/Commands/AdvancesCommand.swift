import ZVHFinance

/// `zvh voorschotten BEGROTING [--termijnen N]` and `zvh afrekening JAARREKENING
/// [--voorschotten CSV]`: what members pay during the year and at its end.
enum AdvancesCommand {
    static let spec = CommandSpec(
        name: "voorschotten",
        abstract: "Toon per gemeente het voorschot per termijn: de definitieve bijdrage in gelijke termijnen, tot op de cent.",
        discussion: "Zonder --termijnen: zoveel termijnen als de gepubliceerde termijnentabel (vermeld.termijnen) heeft, anders maandelijks (12). Elke termijn is afgekapt op centen; de overgebleven centen gaan één voor één naar de laatste termijnen, zodat de termijnen exact optellen tot de definitieve bijdrage en hooguit één cent verschillen.",
        arguments: [ArgumentSpec(name: "begroting", help: "De begroting (JSON).")],
        options: [Options.instalments, ReportCommandOptions.format, ReportCommandOptions.output, BooksOptions.draft, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    /// The options of `voorschotten`: `--termijnen` and the report group.
    struct Options: CommandOptions {
        static let instalments = Option<Int>(
            "termijnen", value: "aantal", help: "Aantal termijnen: 1, 2, 4 of 12.", allowed: AdvanceSchedule.allowedCounts.map(String.init)
        ) { text throws(OptionFailure) in
            guard let count = Int(text) else {
                throw OptionFailure("de waarde '\(text)' van '--termijnen' is ongeldig; kies uit: \(AdvanceSchedule.allowedCounts.map(String.init).joined(separator: ", "))")
            }
            return count
        }

        /// The number of instalments; nil for the file's published table, else monthly.
        var instalmentCount: Int?
        var report: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            instalmentCount = try commandLine.value(Self.instalments)
            report = try ReportCommandOptions(commandLine)
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let report = invocation.options.report
        let books: Books
        let analysed: AnalysedBudget
        // The schedule is refused or marked on the named file's findings only.
        switch BooksOptions.read([path], scope: report.scope, checked: .namedFiles, context: &context).flatMap({ books in
            BooksOptions.computable(books, context: &context).map { (books, $0) }
        }) {
        case .success(let value): (books, analysed) = value
        case .failure(let status): return status.code
        }
        guard analysed.budget.kind == .begroting, let statement = analysed.statement else {
            return Diagnostics.report(
                .invalidValue(file: path, at: nil, message: "voorschotten horen bij een begroting, dit is een jaarrekening (gebruik 'zvh afrekening')"), context: &context)
        }
        let draftFindings: [Finding]
        switch BooksOptions.release(books, file: path, members: statement.members.map(\.municipality), isDraft: report.isDraft, document: "het termijnschema", context: &context) {
        case .success(let findings): draftFindings = findings
        case .failure(let status): return status.code
        }
        // Without --termijnen: as many as the file's published instalment table has, else monthly.
        let printed = Set(analysed.budget.stated.instalments.map(\.amounts.count))
        let fromFile = printed.count == 1 ? printed.first : nil
        let count = invocation.options.instalmentCount ?? fromFile ?? AdvanceSchedule.defaultCount
        let content = AdvancesReport(AdvanceSchedule(statement: statement, budget: analysed.budget, count: count))
        let text = report.render(BooksReportContent(content, books: books, draftFindings: draftFindings))
        return BooksOptions.status(delivered: report.deliver(text, inputs: [path], context: &context), draftFindings: draftFindings)
    }

    static let finalAccountSpec = CommandSpec(
        name: "afrekening",
        abstract: "Vergelijk per gemeente wat zij over een afgesloten jaar verschuldigd is met de betaalde voorschotten.",
        discussion: """
            Verschuldigd = de bijdrage volgens de jaarrekening + het aandeel in de verrekening van het resultaat (als 'zvh verrekening',
            met dezelfde opties). --voorschotten leest een CSV 'gemeente;betaald' (Nederlandse notatie, bv. 66.000 of 5.500,25);
            zonder dat bestand geldt: betaald volgens de begrote bijdrage. Saldo + = de gemeente betaalt bij, − = zij ontvangt.
            """,
        arguments: [ArgumentSpec(name: "jaarrekening", help: "De jaarrekening (JSON).")],
        options: [FinalAccountOptions.paidAdvances] + SettlementOptions.declarations + [
            ReportCommandOptions.format, ReportCommandOptions.output, BooksOptions.draft, BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in runFinalAccount(invocation, spec: spec, context: &context) })

    /// The options of `afrekening`: `--voorschotten`, the settlement group and the report group.
    struct FinalAccountOptions: CommandOptions {
        static let paidAdvances = Option<String>("voorschotten", value: "csv", help: "De betaalde voorschotten per gemeente (CSV 'gemeente;betaald').")

        /// The CSV file of the advances paid.
        var paidAdvancesFile: String?
        var settlement: SettlementOptions
        var report: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            paidAdvancesFile = try commandLine.value(Self.paidAdvances)
            settlement = try SettlementOptions(commandLine)
            report = try ReportCommandOptions(commandLine)
        }
    }

    static func runFinalAccount(_ invocation: Invocation<FinalAccountOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let options = invocation.options
        var inputs = [path]
        let books: Books
        // The afrekening is refused or marked on the named jaarrekening's findings only.
        switch BooksOptions.read(options.settlement.paths(account: path), scope: options.report.scope, checked: .namedFiles, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let derivation: SettlementDerivation
        switch SettlementCommand.derive(options.settlement, spec: spec, books: books, path: path, context: &context) {
        case .success(let value): derivation = value
        case .failure(let status): return status.code
        }
        guard let analysed = books.analysed(path), let statement = analysed.statement else {
            if case .failure(let error) = books.analysed(path)?.contributions { return Diagnostics.report(.contribution(file: path, error), context: &context) }
            return ExitCode.dataError
        }
        let organisation = derivation.budget.organisation.identifier
        let year = derivation.budget.period.year
        // Without --voorschotten: what the begroting of the year billed (its definitief,
        // the sum of its advances), else the contributions of the budget column.
        let billed = books.billed(organisation: organisation, year: year)
        var paid: [String: Money]? = billed?.amounts
        var source = billed.map { "volgens de voorschotten van \($0.title) (de definitieve bijdrage; geef --voorschotten voor de werkelijk betaalde bedragen)" }
            ?? "volgens de begrote bijdrage (kolom \"\(derivation.budgetColumn.heading)\"; geef --voorschotten voor de werkelijk betaalde bedragen)"
        if let csv = options.paidAdvancesFile {
            inputs.append(csv)
            do {
                let bytes = try BudgetLoader.readBytes(csv)
                let table = try SemicolonTable(bytes, file: csv, header: ["gemeente", "betaald"])
                _ = try table.amounts(inColumn: 1)  // every number (and their sum) first, then who is missing
                let rows = try table.rowsByMember(derivation.members, what: "het betaalde voorschot")
                var amounts: [String: Money] = [:]
                for (member, row) in rows { amounts[member] = try table.amount(row[1]) }
                paid = amounts
                source = "bestand \(csv)"
            } catch let error as BudgetFileError {
                return Diagnostics.report(error, context: &context)
            } catch let error as CSVFileError {
                Diagnostics.line(error.errorDescription ?? csv, context: &context)
                context.inputFailure = ExitCode.dataError
                return ExitCode.dataError
            } catch {
                return ExitCode.dataError
            }
        }
        let draftFindings: [Finding]
        switch BooksOptions.release(books, file: path, members: statement.members.map(\.municipality), isDraft: options.report.isDraft, document: "de afrekening", context: &context) {
        case .success(let findings): draftFindings = findings
        case .failure(let status): return status.code
        }
        let settledIn = books.ledger(of: organisation).year(year)?.settlings ?? []
        let content = FinalAccountReport(FinalAccount(derivation: derivation, statement: statement, paid: paid, paidSource: source, settledIn: settledIn))
        let text = options.report.render(BooksReportContent(content, books: books, draftFindings: draftFindings))
        return BooksOptions.status(delivered: options.report.deliver(text, inputs: inputs, context: &context), draftFindings: draftFindings)
    }
}
