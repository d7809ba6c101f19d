import ZVHFinance

/// `zvh verrekening JAARREKENING`: the settlement of a closed year, derived.
enum SettlementCommand {
    static let spec = CommandSpec(
        name: "verrekening",
        abstract: "Leid de verrekening van een afgesloten jaar af uit de jaarrekening: resultaat per component, verdeeld per gemeente.",
        discussion: """
            Componenten (tellen exact op tot het resultaat, + = voordeel): lasten (begroot − werkelijk), per soort baten
            (werkelijk − begroot, bv. pok) en begrotingssaldo (de begroting was niet sluitend). Elke verrekende component
            wordt apart verdeeld naar de sleutel van dat jaar (bij bijdragen als regels: die bijdragen als gewicht) of naar
            --sleutel. --formaat json geeft een blok 'verrekening' (en 'verdeelsleutels') dat een begroting zo overneemt.
            """,
        arguments: [ArgumentSpec(name: "jaarrekening", help: "De jaarrekening (JSON).")],
        options: [
            OptionSpec(long: "sleutel", valueName: "naam", help: "Verdeel naar deze verdeelsleutel (uit de jaarrekening of uit --sleutels-uit)."),
            OptionSpec(long: "sleutels-uit", valueName: "bestand", help: "Neem de verdeelsleutels van dit begrotingsbestand erbij (bv. de begroting van het volgende jaar)."),
            OptionSpec(long: "samenvoegen", valueName: "a,b", help: "Voeg deze componenten samen tot één (mag herhaald worden), bv. lasten,begrotingssaldo.", isRepeating: true),
            OptionSpec(long: "niet-verrekenen", valueName: "component", help: "Verreken deze component niet maar voeg haar toe aan een reserve (mag herhaald worden), bv. pok.", isRepeating: true),
            ReportCommandOptions.format,
            ReportCommandOptions.output,
        ],
        flags: [ReportCommandOptions.cents, ReportCommandOptions.explain],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        var inputs = [path]
        let derivation: SettlementDerivation
        switch derive(invocation, spec: spec, path: path, inputs: &inputs, context: &context) {
        case .success(let value): derivation = value
        case .failure(let status): return status.code
        }
        let text = ReportCommandOptions.render(SettlementReport(derivation), invocation, spec)
        return ReportCommandOptions.deliver(text, invocation: invocation, inputs: inputs, context: &context)
    }

    struct Status: Error { var code: Int32 }

    /// The derivation the options ask for, or the exit status after reporting why not.
    static func derive(_ invocation: Invocation, spec: CommandSpec, path: String, inputs: inout [String], context: inout CommandContext) -> Result<SettlementDerivation, Status> {
        if !inputs.contains(path) { inputs.append(path) }
        let analysed: AnalysedBudget
        var extraKeys: [DistributionKey] = []
        do throws(BudgetFileError) {
            analysed = AnalysedBudget(try BudgetLoader.load(path))
            if let keyFile = invocation.options["sleutels-uit"]?.last {
                inputs.append(keyFile)
                extraKeys = try BudgetLoader.load(keyFile).keys
            }
        } catch {
            return .failure(Status(code: Diagnostics.report(error, context: &context)))
        }
        let groups = (invocation.options["samenvoegen"] ?? []).map { $0.split(separator: ",").map { String($0.trimmingSpaces) } }
        do throws(SettlementError) {
            return .success(try SettlementDerivation(
                analysed, keyName: invocation.options["sleutel"]?.last, extraKeys: extraKeys, merging: groups,
                unsettled: invocation.options["niet-verrekenen"] ?? []))
        } catch {
            if error.isUsage {
                return .failure(Status(code: ZVH.usageError(error.errorDescription ?? "", usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)))
            }
            Diagnostics.line(error.errorDescription ?? "\(path): fout", context: &context)
            context.inputFailure = ExitCode.dataError
            return .failure(Status(code: ExitCode.dataError))
        }
    }
}
