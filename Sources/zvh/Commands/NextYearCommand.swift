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
        options: [
            OptionSpec(long: "jaarrekening", valueName: "bestand", help: "De jaarrekening waarvan de verrekening wordt opgenomen."),
            OptionSpec(long: "index", valueName: "soort=procent", help: "Indexatie, bv. personeel=3,2% (mag herhaald worden).", isRepeating: true),
            OptionSpec(long: "inwoners", valueName: "csv", help: "Nieuwe inwonertallen (CSV 'gemeente;inwoners;peildatum;bron')."),
            OptionSpec(long: "raming", valueName: "jaren", help: "Voeg ramingkolommen toe voor dit aantal jaren na het begrotingsjaar (1–10), elk met eigen bijdragen."),
        ] + SettlementCommand.spec.options.filter { !["formaat", "uitvoer"].contains($0.long) } + [ReportCommandOptions.output],
        flags: [
            FlagSpec(long: "nacalculatie", help: "Verreken alleen het verschil tussen het resultaat van --jaarrekening en wat eerdere begrotingen van dat jaar al verrekenden."),
            BooksOptions.onlyNamedFiles,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let usage = HelpFormatter.usage(of: spec)
        var inputs = [path]
        let account = invocation.options["jaarrekening"]?.last
        if account == nil, invocation.flags.contains("nacalculatie") {
            return ZVH.usageError("--nacalculatie verrekent het verschil met het resultaat van een jaarrekening; geef die met --jaarrekening", usage: usage, context: &context, command: spec.name)
        }
        let books: Books
        switch BooksOptions.read([path] + (account.map { SettlementCommand.paths(invocation, account: $0) } ?? []), invocation: invocation, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        guard let budget = books.named.first?.budget else { return ExitCode.dataError }
        guard budget.kind == .begroting else {
            return Diagnostics.report(
                .invalidValue(file: path, at: .none, message: "'zvh volgend-jaar' maakt een begroting uit een begroting; dit is een jaarrekening (geef die met --jaarrekening)"),
                context: &context)
        }
        var indexation = Indexation()
        do throws(QuickScenarioFailure) {
            for text in invocation.options["index"] ?? [] {
                try ScenarioOptions.readIndexation(text, option: "--index", into: &indexation)
            }
        } catch {
            return ZVH.usageError(error.message, usage: usage, context: &context, command: spec.name)
        }
        var ramingYears = 0
        if let text = invocation.options["raming"]?.last {
            guard let value = Int(text), (1...10).contains(value) else {
                return ZVH.usageError("--raming verwacht een aantal jaren van 1 tot en met 10, niet '\(text)'", usage: usage, context: &context, command: spec.name)
            }
            ramingYears = value
        }
        var plan: SettlementPlan?
        if let account {
            inputs += SettlementCommand.paths(invocation, account: account)
            let derivation: SettlementDerivation
            switch SettlementCommand.derive(invocation, spec: spec, books: books, path: account, context: &context) {
            case .success(let value): derivation = value
            case .failure(let status): return status.code
            }
            // The ledger of the books decides: a year is settled once; a nacalculatie only the difference.
            let ledgerYear = books.ledger(of: budget.organisation.identifier).year(derivation.budget.period.year)
            do throws(SettlementPlanError) {
                plan = try SettlementPlan(derivation, ledgerYear: ledgerYear, isNacalculatie: invocation.flags.contains("nacalculatie"), keys: budget.keys)
            } catch {
                Diagnostics.line("\(path): fout: \(error.message); er is niets geschreven", context: &context)
                context.inputFailure = ExitCode.dataError
                return ExitCode.dataError
            }
        } else if ["sleutel", "sleutels-uit", "samenvoegen", "niet-verrekenen"].contains(where: { invocation.options[$0] != nil }) {
            return ZVH.usageError("--sleutel, --sleutels-uit, --samenvoegen en --niet-verrekenen gelden voor de verrekening en vragen om --jaarrekening", usage: usage, context: &context, command: spec.name)
        }
        let inhabitants: [String: Inhabitants]
        switch InhabitantsOption.counts(invocation, members: budget.organisation.members.map(\.name), inputs: &inputs, context: &context) {
        case .success(let value): inhabitants = value
        case .failure(let status): return status.code
        }
        let csv = invocation.options["inwoners"]?.last
        let next: Budget
        do throws(ScenarioError) {
            next = try NextYear.withRamingColumns(
                NextYear.begroting(from: budget, indexation: indexation, settlement: plan, inhabitants: inhabitants, inhabitantsSource: csv),
                indexation: indexation, years: ramingYears)
        } catch {
            context.err("\(path): fout: \(error.errorDescription ?? "de begroting kan niet worden doorgetrokken")\n")
            return ExitCode.dataError
        }
        return ReportCommandOptions.deliverBudgetFile(next, madeFrom: path, invocation: invocation, inputs: inputs, context: &context)
    }
}
