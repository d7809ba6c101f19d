import ZVHFinance

/// `zvh volgend-jaar BEGROTING [--jaarrekening J] [--index …] [--inwoners CSV]`: the next
/// year's begroting as a new budget file.
enum NextYearCommand {
    static let spec = CommandSpec(
        name: "volgend-jaar",
        abstract: "Maak de begroting van het volgende jaar als nieuw begrotingsbestand: geïndexeerd, met nieuwe inwoners en de verrekening.",
        discussion: """
            De lasten worden per kostensoort geïndexeerd (--index personeel=3,2% --index materieel=1,6%; op centen per regel), inwoners
            bijgewerkt uit een CSV 'gemeente;inwoners;peildatum;bron' (--inwoners), en met --jaarrekening komt de verrekening van dat
            jaar erin zoals 'zvh verrekening' haar afleidt (met dezelfde opties --sleutel, --niet-verrekenen …). Een jaar dat een
            andere begroting van de organisatie (in de map) al verrekent, wordt geweigerd; --nacalculatie verrekent dan alleen het verschil. Bijdragen als regels
            worden een sleutel met die bijdragen als gewicht. 'vermeld' blijft leeg; 'bron' en 'opmerkingen' zeggen hoe het bestand
            gemaakt is. Schrijft naar de standaarduitvoer of met --uitvoer naar een nieuw bestand (atomair, nooit over een invoerbestand).
            """,
        arguments: [ArgumentSpec(name: "begroting", help: "De begroting van dit jaar (JSON).")],
        options: [Options.account, Options.index, Options.inhabitants, Options.projectionYears] + SettlementOptions.declarations + [
            ReportCommandOptions.output, Options.recalculation, BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let options = invocation.options
        var inputs = [path]
        let account = options.accountFile
        let books: Books
        switch BooksOptions.read([path] + (account.map { options.settlement.paths(account: $0) } ?? []), scope: options.output.scope, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        guard let budget = books.named.first?.budget else { return ExitCode.dataError }
        guard budget.kind == .begroting else {
            return Diagnostics.report(
                .invalidValue(file: path, at: nil, message: "'zvh volgend-jaar' maakt een begroting uit een begroting; dit is een jaarrekening (geef die met --jaarrekening)"),
                context: &context)
        }
        var plan: SettlementPlan?
        if let account {
            inputs += options.settlement.paths(account: account)
            let derivation: SettlementDerivation
            switch SettlementCommand.derive(options.settlement, spec: spec, books: books, path: account, context: &context) {
            case .success(let value): derivation = value
            case .failure(let status): return status.code
            }
            // The ledger of the books decides: a year is settled once; a nacalculatie only the difference.
            let ledgerYear = books.ledger(of: budget.organisation.identifier).year(derivation.budget.period.year)
            do throws(SettlementPlanError) {
                plan = try SettlementPlan(derivation, ledgerYear: ledgerYear, isNacalculatie: options.isRecalculation, keys: budget.keys)
            } catch {
                Diagnostics.line("\(path): fout: \(error.message); er is niets geschreven", context: &context)
                context.inputFailure = ExitCode.dataError
                return ExitCode.dataError
            }
        }
        let inhabitants: [String: Inhabitants]
        let csv = options.inhabitantsFile
        switch InhabitantsOption.counts(csv, members: budget.organisation.members.map(\.name), inputs: &inputs, context: &context) {
        case .success(let value): inhabitants = value
        case .failure(let status): return status.code
        }
        let next: Budget
        do throws(ScenarioError) {
            next = try NextYear.withRamingColumns(
                NextYear.begroting(from: budget, indexation: options.indexation, settlement: plan, inhabitants: inhabitants, inhabitantsSource: csv),
                indexation: options.indexation, years: options.projectionYearCount)
        } catch {
            context.err("\(path): fout: \(error.errorDescription ?? "de begroting kan niet worden doorgetrokken")\n")
            return ExitCode.dataError
        }
        return options.output.deliverBudgetFile(next, madeFrom: path, inputs: inputs, context: &context)
    }
}
