import ZVHFinance

/// `zvh nieuw --organisatie CODE --naam NAAM --gemeenten "A;B;C"`: a starter budget.
enum NewCommand {
    /// The formats a starter budget is written in (`--formaat`).
    enum StarterFormat: String, CaseIterable, Sendable {
        case json, xlsx, csv
    }

    static let spec = CommandSpec(
        name: "nieuw",
        abstract: "Schrijf een startbegroting: de gebruikelijke kostengroepen en soorten baten op nul, de gemeenten en een sleutel naar inwoners.",
        discussion: "Als JSON (met verwijzing naar het schema), als werkmap (.xlsx, met keuzelijsten voor de soorten; vraagt om --uitvoer) of als CSV met blokken; de werkmap en de CSV leest 'zvh importeer' terug. De startbegroting geeft bij 'zvh check' geen bevinding.",
        arguments: [],
        options: [Options.code, Options.name, Options.members, Options.year, Options.format, ReportCommandOptions.output],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let options = invocation.options
        let budget = BudgetSheets.starter(code: options.code, name: options.name, members: options.members, year: options.year)
        let output: ReportOutput
        do {
            switch options.format {
            case .xlsx:
                output = .bytes(try XLSXWriter.data(for: BudgetSheets.workbook(BudgetSheets.sheets(for: budget), members: options.members, title: budget.title)))
            case .csv:
                output = .text(BudgetSheets.csv(BudgetSheets.sheets(for: budget)))
            case .json:
                output = .text(try BudgetFileWriter.checkedFile(budget, file: "zvh nieuw").text)
            }
        } catch {
            Diagnostics.line("zvh nieuw: fout: \(error)", context: &context)
            return ExitCode.dataError
        }
        return ReportCommandOptions(output: options.output).deliver(.success(output), inputs: [], context: &context)
    }
}
