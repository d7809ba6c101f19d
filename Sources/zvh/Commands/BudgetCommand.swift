import ZVHFinance

/// `zvh jaarrekening BESTAND` and `zvh begroting BESTAND`: one budget as a table.
enum BudgetCommand {
    static let jaarrekeningSpec = CommandSpec(
        name: "jaarrekening",
        abstract: "Toon een jaarrekening: lasten en baten per kolom, verschillen en resultaat.",
        discussion: "Groepen tonen hun subtotaal; een verschilkolom is zo gericht dat + een voordeel is.",
        arguments: [ArgumentSpec(name: "bestand", help: "Het begrotingsbestand (JSON).")],
        options: [ReportCommandOptions.format, ReportCommandOptions.output, ReportCommandOptions.cents, BooksOptions.onlyNamedFiles],
        run: { invocation, spec, context in run(invocation, spec: spec, showsContributions: false, context: &context) })

    static let begrotingSpec = CommandSpec(
        name: "begroting",
        abstract: "Toon een begroting met de bijdrage, verrekening en definitieve bijdrage van elke gemeente.",
        discussion: "Berekende bijdragen zijn de lasten min de overige baten, verdeeld naar de verdeelsleutel met de methode van de grootste resten, of met bijdragen.methode \"per-gemeente\" elke gemeente apart afgerond met een regel afronding; elke verrekeningscomponent wordt apart verdeeld (grootste resten).",
        arguments: [ArgumentSpec(name: "bestand", help: "Het begrotingsbestand (JSON).")],
        options: [
            ReportCommandOptions.format, ReportCommandOptions.output, ReportCommandOptions.cents, ReportCommandOptions.explain, BooksOptions.onlyNamedFiles,
            Options.bbv,
        ],
        run: { invocation, spec, context in run(invocation, spec: spec, showsContributions: true, context: &context) })

    /// The options of `jaarrekening` and `begroting`: the report group and `--bbv`.
    struct Options: CommandOptions {
        static let bbv = Flag(
            long: "bbv", help: "Voeg het BBV-overzicht toe: realisatie T-2, begroting T-1 na wijziging en begroting T, uit de bestanden van dezelfde organisatie in de map van de begroting.")

        var report: ReportCommandOptions
        /// Whether the BBV overview is added (`--bbv`).
        var includesBBV: Bool

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            report = try ReportCommandOptions(commandLine)
            includesBBV = commandLine.isSet(Self.bbv)
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, showsContributions: Bool, context: inout CommandContext) -> Int32 {
        let options = invocation.options
        let path = invocation.arguments[0]
        let books: Books
        let analysed: AnalysedBudget
        // The report shows the named file's findings only.
        switch BooksOptions.read([path], scope: options.report.scope, checked: .namedFiles, context: &context).flatMap({ books in
            BooksOptions.computable(books, context: &context).map { (books, $0) }
        }) {
        case .success(let value): (books, analysed) = value
        case .failure(let status): return status.code
        }
        var bbv: BBVComparison?
        if options.includesBBV {
            bbv = BBVComparison(analysed, others: books.companions(of: analysed.budget))
        }
        let content = books.reportContent(analysed, showsContributions: showsContributions, bbv: bbv)
        let text = options.report.render(BooksReportContent(content, books: books))
        return options.report.deliver(text, inputs: [path], context: &context)
    }
}
