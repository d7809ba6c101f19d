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
            InterimOptions.export, InterimOptions.rules, InterimOptions.through, InterimOptions.threshold, InterimOptions.explanations,
            InterimOptions.amendment, ReportCommandOptions.format, ReportCommandOptions.output, InterimOptions.prognosis,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<InterimOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let budgetPath = invocation.arguments[0]
        let options = invocation.options
        let budget: Budget
        switch BooksOptions.read([budgetPath], scope: .namedFiles, context: &context) {
        case .success(let books): budget = books.named[0].budget
        case .failure(let status): return status.code
        }
        var explanations = InterimExplanations()
        do throws(BudgetFileError) {
            if let path = options.explanationsFile {
                explanations = try InterimExplanations.read(try BudgetLoader.readBytes(path), file: path)
            }
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        let statement: InterimStatement
        var inputs = [budgetPath] + (options.explanationsFile.map { [$0] } ?? [])
        switch options.source {
        case .prognosis:
            do throws(BudgetFileError) {
                statement = try InterimStatement(prognosisOf: budget, threshold: options.threshold, explanations: explanations)
            } catch {
                return Diagnostics.report(error, context: &context)
            }
        case .bookings(let exportPath, let rulesPath, let through):
            switch fromBookings(
                budget, path: budgetPath, exportPath: exportPath, rulesPath: rulesPath, through: through, threshold: options.threshold, explanations: explanations,
                spec: spec, context: &context)
            {
            case .success(let value): statement = value
            case .failure(let status): return status.code
            }
            inputs += [exportPath, rulesPath]
        }
        if let path = options.amendmentOutput {
            let file = BudgetFileWriter.json(statement.proposedAmendment()).rendered()
            let status = ReportCommandOptions(format: .json, output: path).deliver(.success(.text(file)), inputs: inputs, context: &context)
            guard status == ExitCode.success else { return status }
        }
        let text = options.report.render(InterimReport(statement))
        return options.report.deliver(text, inputs: inputs, context: &context)
    }

    /// The statement from the bookings (`--boekingen`, `--regels`, `--tot`), or the exit
    /// status after reporting why not.
    static func fromBookings(
        _ budget: Budget, path budgetPath: String, exportPath: String, rulesPath: String, through: BookingDate, threshold: InterimThreshold,
        explanations: InterimExplanations, spec: CommandSpec, context: inout CommandContext
    ) -> Result<InterimStatement, BooksOptions.Status> {
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
