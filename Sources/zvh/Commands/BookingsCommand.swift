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
        options: [
            OptionSpec(long: "regels", valueName: "bestand", help: "De boekingsregels (JSON, zie Budgets/boekingsregels.schema.json).", isRequired: true),
            OptionSpec(long: "tot", valueName: "datum", help: "Tel boekingen t/m deze datum (JJJJ-MM-DD) en geef de prognose tot het jaareinde."),
            ReportCommandOptions.format,
            OptionSpec(long: "uitvoer", valueName: "bestand", help: "Schrijf een jaarrekening met de kolom werkelijk uit de boekingen naar dit bestand (atomair; nooit over een invoerbestand)."),
        ],
        flags: [],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let usage = HelpFormatter.usage(of: spec)
        let (budgetPath, exportPath) = (invocation.arguments[0], invocation.arguments[1])
        guard let rulesPath = invocation.options["regels"]?.last else {
            return ZVH.usageError("--regels REGELS.json is verplicht: de boekingsregels zeggen welke boeking bij welke begrotingsregel hoort", usage: usage, context: &context, command: spec.name)
        }
        var through: BookingDate?
        if let text = invocation.options["tot"]?.last {
            guard let date = BookingDate(iso: text) else {
                return ZVH.usageError("--tot verwacht een datum JJJJ-MM-DD (bv. 2021-11-08), niet '\(text)'", usage: usage, context: &context, command: spec.name)
            }
            through = date
        }
        let budget: Budget
        switch BooksOptions.read([budgetPath], invocation: Invocation(flags: [BooksOptions.onlyNamedFiles.long]), context: &context) {
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
        var reportInvocation = invocation
        if let path = invocation.options["uitvoer"]?.last {
            reportInvocation.options["uitvoer"] = nil
            let status = ReportCommandOptions.deliverBudgetFile(budget.withActuals(actuals), madeFrom: budgetPath, invocation: Invocation(options: ["uitvoer": [path], "formaat": ["json"]]), inputs: inputs, context: &context)
            guard status == ExitCode.success else { return status }
        }
        let text = ReportCommandOptions.render(BookingsReport(actuals), reportInvocation, spec)
        return ReportCommandOptions.deliver(text, invocation: reportInvocation, inputs: inputs, context: &context)
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
                .invalidValue(file: path, at: .none, message: "het bestand heeft geen kolom van soort \"begroot\" om de boekingen tegen af te zetten"), context: &context)))
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
