import ZVHFinance

/// `zvh voorschotten BEGROTING [--termijnen N]` and `zvh afrekening JAARREKENING
/// [--voorschotten CSV]`: what members pay during the year and at its end.
enum AdvancesCommand {
    static let spec = CommandSpec(
        name: "voorschotten",
        abstract: "Toon per gemeente het voorschot per termijn: de definitieve bijdrage in gelijke termijnen, tot op de cent.",
        discussion: "Zonder --termijnen: zoveel termijnen als de gepubliceerde termijnentabel (vermeld.termijnen) heeft, anders maandelijks (12). Elke termijn is afgekapt op centen; de overgebleven centen gaan één voor één naar de laatste termijnen, zodat de termijnen exact optellen tot de definitieve bijdrage en hooguit één cent verschillen.",
        arguments: [ArgumentSpec(name: "begroting", help: "De begroting (JSON).")],
        options: [
            OptionSpec(long: "termijnen", valueName: "aantal", help: "Aantal termijnen: 1, 2, 4 of 12.", allowed: AdvanceSchedule.allowedCounts.map(String.init)),
            ReportCommandOptions.format,
            ReportCommandOptions.output,
        ],
        flags: [],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let analysed: AnalysedBudget
        let statement: ContributionStatement
        do throws(BudgetFileError) {
            analysed = AnalysedBudget(try BudgetLoader.load(path))
            guard analysed.budget.kind == .begroting else {
                throw BudgetFileError.invalidValue(file: path, at: .none, message: "voorschotten horen bij een begroting, dit is een jaarrekening (gebruik 'zvh afrekening')")
            }
            switch analysed.contributions {
            case .success(let value): statement = value
            case .failure(let error): throw BudgetFileError.contribution(file: path, error)
            }
        } catch {
            return Diagnostics.report(error, context: &context)
        }
        // Without --termijnen: as many as the file's published instalment table has, else monthly.
        let printed = Set(analysed.budget.stated.instalments.map(\.amounts.count))
        let fromFile = printed.count == 1 ? printed.first : nil
        let count = invocation.options["termijnen"]?.last.flatMap { Int($0) } ?? fromFile ?? AdvanceSchedule.defaultCount
        let content = AdvancesReport(AdvanceSchedule(statement: statement, budget: analysed.budget, count: count))
        let text = ReportCommandOptions.render(content, invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: [path], context: &context)
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
        options: [
            OptionSpec(long: "voorschotten", valueName: "csv", help: "De betaalde voorschotten per gemeente (CSV 'gemeente;betaald')."),
        ] + SettlementCommand.spec.options.filter { !["formaat", "uitvoer"].contains($0.long) } + [ReportCommandOptions.format, ReportCommandOptions.output],
        flags: [],
        run: { invocation, spec, context in runFinalAccount(invocation, spec: spec, context: &context) })

    static func runFinalAccount(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        var inputs = [path]
        let derivation: SettlementDerivation
        switch SettlementCommand.derive(invocation, spec: spec, path: path, inputs: &inputs, context: &context) {
        case .success(let value): derivation = value
        case .failure(let status): return status.code
        }
        let analysed = AnalysedBudget(derivation.budget)
        guard let statement = analysed.statement else {
            if case .failure(let error) = analysed.contributions { return Diagnostics.report(.contribution(file: path, error), context: &context) }
            return ExitCode.dataError
        }
        var paid: [String: Money]?
        var source = "volgens de begrote bijdrage (kolom \"\(derivation.budgetColumn.heading)\"; geef --voorschotten voor de werkelijk betaalde bedragen)"
        if let csv = invocation.options["voorschotten"]?.last {
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
        let content = FinalAccountReport(FinalAccount(derivation: derivation, statement: statement, paid: paid, paidSource: source))
        let text = ReportCommandOptions.render(content, invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: inputs, context: &context)
    }
}
