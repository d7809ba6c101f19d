import ZVHFinance

/// `zvh boekingen BUDGETBESTAND BOEKINGEN.csv --regels REGELS.json [--tot DATUM]`: the
/// actuals of a budget from the financial administration's export of bookings.
enum BookingsCommand {
    static let spec = CommandSpec(
        name: "boekingen",
        abstract: "Wijs de boekingen van een export uit de financiële administratie toe aan de regels van een begroting: begroot, werkelijk, restant en uitputting.",
        discussion: """
            De boekingsregels (--regels, JSON) zeggen hoe de CSV eruitziet (scheidingsteken, decimaalteken, datumformaat, kolomnamen)
            en welke boekingen bij welke begrotingsregel horen (rekeningen, kostenplaatsen, omschrijving; de eerste regel die past wint).
            Toont per regel begroot (de kolom begroot), werkelijk, restant en uitputting, per maand en cumulatief, de bijdragen per
            gemeente tegen de verschuldigde voorschotten, elke boeking zonder regel met haar CSV-regel, en de aansluiting.
            --tot DATUM (JJJJ-MM-DD) telt alleen boekingen t/m die datum en geeft de prognose tot het jaareinde.
            --uitvoer BESTAND schrijft een jaarrekening waarvan de kolom werkelijk (tot DATUM) uit de boekingen komt (atomair, nooit
            over een invoerbestand); het rapport gaat dan naar de standaarduitvoer.
            """,
        arguments: [
            ArgumentSpec(name: "budgetbestand", help: "De begroting of jaarrekening (JSON) met een kolom begroot."),
            ArgumentSpec(name: "boekingen", help: "De export van boekingen (CSV)."),
        ],
        options: [Options.rules, Options.through, ReportCommandOptions.format, Options.actualsFile],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    /// The options of `boekingen`: the rules (required), the date, and the format of the
    /// report; `--uitvoer` names the jaarrekening to write, the report goes to standard output.
    struct Options: CommandOptions {
        static let rules = Option<String>("regels", value: "bestand", help: "De boekingsregels (JSON, zie Budgets/boekingsregels.schema.json).", isRequired: true)
        static let through = date("tot", help: "Tel boekingen t/m deze datum (JJJJ-MM-DD) en geef de prognose tot het jaareinde.")
        static let actualsFile = Option<String>(
            "uitvoer", value: "bestand", help: "Schrijf een jaarrekening met de kolom werkelijk uit de boekingen naar dit bestand (atomair; nooit over een invoerbestand).")

        /// A date option (`JJJJ-MM-DD`) of the bookings commands.
        static func date(_ long: String, help: String) -> Option<BookingDate> {
            Option(long, value: "datum", help: help) { text throws(OptionFailure) in
                guard let date = BookingDate(iso: text) else { throw OptionFailure("--\(long) verwacht een datum JJJJ-MM-DD (bv. 2021-11-08), niet '\(text)'") }
                return date
            }
        }

        var rulesFile: String
        /// The last date counted; nil for every booking.
        var through: BookingDate?
        /// The jaarrekening to write with the actuals.
        var actualsOutput: String?
        /// The report's options (to standard output).
        var report: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            guard let rulesFile = try commandLine.value(Self.rules) else {
                throw OptionFailure("--regels REGELS.json is verplicht: de boekingsregels zeggen welke boeking bij welke begrotingsregel hoort")
            }
            self.rulesFile = rulesFile
            through = try commandLine.value(Self.through)
            report = try ReportCommandOptions(commandLine)
            actualsOutput = report.output
            report.output = nil
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let (budgetPath, exportPath) = (invocation.arguments[0], invocation.arguments[1])
        let options = invocation.options
        let (rulesPath, through) = (options.rulesFile, options.through)
        let budget: Budget
        switch BooksOptions.read([budgetPath], scope: .namedFiles, context: &context) {
        case .success(let books): budget = books.named[0].budget
        case .failure(let status): return status.code
        }
        let rules: BookingRules
        do throws(BudgetFileError) {
            rules = try BookingRulesReader.read(try BudgetLoader.readBytes(rulesPath), file: rulesPath)
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        let actuals: BookingActuals
        switch assign(budget, path: budgetPath, rules: rules, exportPath: exportPath, through: through, spec: spec, context: &context) {
        case .success(let value): actuals = value
        case .failure(let status): return status.code
        }
        let inputs = [budgetPath, exportPath, rulesPath]
        if let path = options.actualsOutput {
            let status = ReportCommandOptions(format: .json, output: path).deliverBudgetFile(budget.withActuals(actuals), madeFrom: budgetPath, inputs: inputs, context: &context)
            guard status == ExitCode.success else { return status }
        }
        let text = options.report.render(BookingsReport(actuals))
        return options.report.deliver(text, inputs: inputs, context: &context)
    }

    /// The bookings of an export assigned to a budget's lines by the rules, up to
    /// `through` (in the budget's year): the one place `boekingen` and
    /// `tussenrapportage` check and assign.
    /// - Returns: the actuals, or the exit status after reporting why not (64 for a
    ///   date outside the year, 65 or 66 for the budget or the export).
    static func assign(
        _ budget: Budget, path: String, rules: BookingRules, exportPath: String, through: BookingDate?, spec: CommandSpec, context: inout CommandContext
    ) -> Result<BookingActuals, BooksOptions.Status> {
        if let through, through.year != budget.period.year {
            return .failure(.init(code: ZVH.usageError(
                "--tot \(through.iso) ligt niet in \(budget.period.year), het jaar van \(path)", usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)))
        }
        guard budget.columns.contains(where: { $0.kind == .budgeted }) else {
            return .failure(.init(code: Diagnostics.report(
                .invalidValue(file: path, at: nil, message: "het bestand heeft geen kolom van soort \"begroot\" om de boekingen tegen af te zetten"), context: &context)))
        }
        do throws(BookingsError) {
            return .success(try BookingAssigner.assign(budget: budget, rules: rules, exportPath: exportPath, through: through))
        } catch {
            Diagnostics.line(error.errorDescription ?? exportPath, context: &context)
            let status = error.isUnreadable ? ExitCode.noInput : ExitCode.dataError
            context.inputFailure = status
            return .failure(.init(code: status))
        }
    }
}
