import ZVHFinance

/// `zvh tussenrapportage BEGROTING --boekingen CSV --regels REGELS --tot DATUM` (or
/// `--prognose`: from the file's own prognose column): begroot, werkelijk to the date,
/// prognose and the expected variance per line, the variances above the threshold with
/// their explanations, and the proposed begrotingswijziging.
enum InterimCommand {
    static let spec = CommandSpec(
        name: "tussenrapportage",
        abstract: "Tussenrapportage: per regel begroot, werkelijk tot een datum, prognose en verwacht verschil, met de afwijkingen boven de drempel.",
        discussion: """
            De prognose per regel komt uit de beste informatie: een volledig gerealiseerde regel blijft op werkelijk, een vaste
            bijdrage volgt haar voorschotschema, van de andere regels wordt alleen het restant naar rato van de resterende dagen
            geprognosticeerd. Elk verschil vanaf de drempel (--drempel, standaard 10000 en 10%) vraagt een toelichting
            (--toelichtingen: JSON { "code": "toelichting" }). --wijziging BESTAND schrijft de voorgestelde begrotingswijziging.
            Bron: de boekingen (--boekingen, --regels, --tot) of met --prognose de kolom van soort prognose van het bestand zelf
            (werkelijk tot de datum van die kolom); precies één van beide.
            """,
        arguments: [ArgumentSpec(name: "begroting", help: "De begroting (of jaarrekening) met een kolom begroot (JSON).")],
        options: [
            OptionSpec(long: "boekingen", valueName: "csv", help: "De export van boekingen (CSV); verplicht zonder --prognose."),
            OptionSpec(long: "regels", valueName: "bestand", help: "De boekingsregels (JSON); verplicht bij --boekingen."),
            OptionSpec(long: "tot", valueName: "datum", help: "Werkelijk t/m deze datum (JJJJ-MM-DD); verplicht bij --boekingen."),
            OptionSpec(long: "drempel", valueName: "bedrag-of-percentage", help: "Vanaf welk verschil een toelichting nodig is: een bedrag (10000) of een percentage (10%); herhaalbaar.", isRepeating: true),
            OptionSpec(long: "toelichtingen", valueName: "bestand", help: "Toelichtingen per code (JSON-object code → tekst)."),
            OptionSpec(long: "wijziging", valueName: "bestand", help: "Schrijf de voorgestelde begrotingswijziging als begrotingsbestand (atomair; nooit over een invoerbestand)."),
            ReportCommandOptions.format, ReportCommandOptions.output,
        ],
        flags: [prognosisFlag],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static let prognosisFlag = FlagSpec(
        long: "prognose", help: "Neem werkelijk en prognose uit de kolom van soort prognose van het bestand, in plaats van uit de boekingen.")

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let usage = HelpFormatter.usage(of: spec)
        let bookingOptions = ["boekingen", "regels", "tot"]
        let fromPrognosis = invocation.flags.contains(prognosisFlag.long)
        if fromPrognosis, let given = bookingOptions.first(where: { invocation.options[$0] != nil }) {
            return ZVH.usageError("kies één bron: --prognose (de prognosekolom van het bestand) of --boekingen met --regels en --tot, niet allebei (--\(given) gegeven)", usage: usage, context: &context, command: spec.name)
        }
        if !fromPrognosis {
            if bookingOptions.allSatisfy({ invocation.options[$0] == nil }) {
                return ZVH.usageError("geef een bron: --boekingen CSV --regels BESTAND --tot DATUM, of --prognose voor de prognosekolom van het bestand", usage: usage, context: &context, command: spec.name)
            }
            for required in bookingOptions where invocation.options[required]?.last == nil {
                return ZVH.usageError("--\(required) is verplicht bij --boekingen (of gebruik --prognose)", usage: usage, context: &context, command: spec.name)
            }
        }
        var threshold = InterimThreshold()
        for text in invocation.options["drempel"] ?? [] {
            if text.hasSuffix("%"), let percent = Quantity.parse(typed: String(text.dropLast())), !percent.isNegative, percent <= Quantity(1_000) {
                threshold.percent = percent
            } else if let amount = Money.parse(typed: text), !amount.isNegative, amount <= Money.largestFileSum {
                threshold.amount = amount
            } else {
                return ZVH.usageError("--drempel verwacht een bedrag (10000) of een percentage (10%), niet '\(text)'", usage: usage, context: &context, command: spec.name)
            }
        }
        let budgetPath = invocation.arguments[0]
        let budget: Budget
        switch BooksOptions.read([budgetPath], invocation: Invocation(flags: [BooksOptions.onlyNamedFiles.long]), context: &context) {
        case .success(let books): budget = books.named[0].budget
        case .failure(let status): return status.code
        }
        var explanations = InterimExplanations()
        do throws(BudgetFileError) {
            if let path = invocation.options["toelichtingen"]?.last {
                explanations = try InterimExplanations.read(try BudgetLoader.readBytes(path), file: path)
            }
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        let statement: InterimStatement
        var inputs = [budgetPath] + (invocation.options["toelichtingen"] ?? [])
        if fromPrognosis {
            do throws(BudgetFileError) {
                statement = try InterimStatement(prognosisOf: budget, threshold: threshold, explanations: explanations)
            } catch {
                return Diagnostics.report(error, context: &context)
            }
        } else {
            switch fromBookings(budget, path: budgetPath, invocation: invocation, threshold: threshold, explanations: explanations, spec: spec, context: &context) {
            case .success(let value): statement = value
            case .failure(let status): return status.code
            }
            inputs += [invocation.options["boekingen"]?.last, invocation.options["regels"]?.last].compactMap { $0 }
        }
        if let path = invocation.options["wijziging"]?.last {
            let file = BudgetFileWriter.json(statement.proposedAmendment()).rendered()
            let status = ReportCommandOptions.deliver(.success(.text(file)), invocation: Invocation(options: ["uitvoer": [path], "formaat": ["json"]]), inputs: inputs, context: &context)
            guard status == ExitCode.success else { return status }
        }
        let text = ReportCommandOptions.render(InterimReport(statement), invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: inputs, context: &context)
    }

    /// The statement from the bookings (`--boekingen`, `--regels`, `--tot`), or the exit
    /// status after reporting why not.
    static func fromBookings(
        _ budget: Budget, path budgetPath: String, invocation: Invocation, threshold: InterimThreshold, explanations: InterimExplanations, spec: CommandSpec,
        context: inout CommandContext
    ) -> Result<InterimStatement, BooksOptions.Status> {
        let usage = HelpFormatter.usage(of: spec)
        let exportPath = invocation.options["boekingen"]?.last ?? ""
        let rulesPath = invocation.options["regels"]?.last ?? ""
        let dateText = invocation.options["tot"]?.last ?? ""
        guard let through = BookingDate(iso: dateText) else {
            return .failure(BooksOptions.Status(code: ZVH.usageError("--tot verwacht een datum JJJJ-MM-DD (bv. 2021-11-08), niet '\(dateText)'", usage: usage, context: &context, command: spec.name)))
        }
        let rules: BookingRules
        do throws(BudgetFileError) {
            rules = try BookingRulesReader.read(try BudgetLoader.readBytes(rulesPath), file: rulesPath)
        } catch {
            return .failure(BooksOptions.Status(code: Diagnostics.report(error, context: &context)))
        }
        let actuals: BookingActuals
        switch BookingsCommand.assign(budget, path: budgetPath, rules: rules, exportPath: exportPath, through: through, spec: spec, context: &context) {
        case .success(let value): actuals = value
        case .failure(let status): return .failure(status)
        }
        do throws(BudgetFileError) {
            return .success(try InterimStatement(actuals, threshold: threshold, explanations: explanations))
        } catch {
            return .failure(BooksOptions.Status(code: Diagnostics.report(error, context: &context)))
        }
    }
}
