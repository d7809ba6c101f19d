import ZVHFinance

/// `zvh risicos BEGROTING`: the risks, the weerstandscapaciteit, the ratio and its class,
/// and each member's share of the risks. The command loads, calls ``RiskProfile`` and
/// delivers.
enum RiskCommand {
    static let spec = CommandSpec(
        name: "risicos",
        abstract: "Toon risico's en weerstandsvermogen: benodigde en beschikbare capaciteit, ratio, klasse en het aandeel per gemeente.",
        discussion: """
            Benodigde capaciteit = Σ kans × gevolg van 'risicos'; beschikbaar = de onderdelen van 'weerstandscapaciteit'
            (een bedrag of een begrotingsregel zoals Onvoorzien). De ratio beschikbaar / benodigd krijgt een klasse uit de
            normtabel van 'regeling.weerstandsnorm' of de gebruikelijke tabel (A ≥ 2,0; B 1,4; C 1,0; D 0,8; E 0,6; F < 0,6).
            Elke gemeente krijgt haar deel van de benodigde capaciteit naar de verdeelsleutel van de bijdragen.
            """,
        arguments: [ArgumentSpec(name: "begroting", help: "De begroting (JSON).")],
        options: [ReportCommandOptions.format, ReportCommandOptions.output, ReportCommandOptions.cents],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<ReportCommandOptions>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let budget: Budget
        switch BooksOptions.read([path], scope: .namedFiles, context: &context) {
        case .success(let books): budget = books.named[0].budget
        case .failure(let status): return status.code
        }
        let profile: RiskProfile
        do {
            profile = try RiskProfile(budget: budget)
        } catch let error as ContributionError {
            return Diagnostics.report(.contribution(file: path, error), context: &context)
        } catch let error as RiskError {
            switch error {
            case .unknownLine(_, _, let file, let at):
                Diagnostics.line("\(file)\(at.map { ":" + $0.lineAndColumn } ?? ""): fout: \(error.errorDescription ?? "")", context: &context)
            }
            return ExitCode.dataError
        } catch {
            context.err("\(path): fout: \(error)\n")
            return ExitCode.dataError
        }
        let text = invocation.options.render(profile)
        return invocation.options.deliver(text, inputs: [path], context: &context)
    }
}
