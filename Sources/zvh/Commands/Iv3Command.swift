import ZVHFinance

/// `zvh iv3 BESTAND`: the taakveld × categorie matrix of a jaarrekening or begroting
/// for the host's Iv3 delivery (CSV by default); lines without tags are warnings.
enum Iv3Command {
    static let spec = CommandSpec(
        name: "iv3",
        abstract: "Maak de Iv3-matrix (taakveld × categorie, lasten en baten) van een jaarrekening of begroting, standaard als CSV.",
        discussion: """
            Elke regel staat in de cel van haar 'taakveld' en 'categorie' (kolom: de hoofdkolom); mutaties reserves staan op
            taakveld 0.10 (toevoegingen als lasten 7.4, onttrekkingen als baten 7.5). Regels zonder tags staan onder 'onbekend'
            en geven een waarschuwing (bij de meldingen, niet in de matrix). De aansluiting toont dat lasten en baten optellen tot die van het bestand.
            """,
        arguments: [ArgumentSpec(name: "bestand", help: "De jaarrekening of begroting (JSON).")],
        options: [Options.format, ReportCommandOptions.output, ReportCommandOptions.cents],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    /// The report group with CSV as the default format.
    struct Options: CommandOptions {
        static let format = Option<ReportFormat>("formaat", value: "formaat", help: "Uitvoerformaat (standaard csv).", default: .csv)

        var report: ReportCommandOptions

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            report = try ReportCommandOptions(commandLine, format: Self.format)
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let path = invocation.arguments[0]
        let analysed: AnalysedBudget
        switch BooksOptions.read([path], scope: .namedFiles, context: &context) {
        case .success(let books): analysed = books.named[0]
        case .failure(let status): return status.code
        }
        let matrix = Iv3Matrix(analysed)
        for finding in matrix.findings { Diagnostics.line(finding.diagnosticLine(), context: &context) }
        let text = invocation.options.report.render(matrix)
        return invocation.options.report.deliver(text, inputs: [path], context: &context)
    }
}
