import Foundation
import ZVHFinance

/// `zvh codes [PAD…] [--toepassen MAP]`: codes proposed for the lines and groups that
/// have none, and with `--toepassen` copies of the files with those codes in a folder.
enum CodesCommand {
    static let spec = CommandSpec(
        name: "codes",
        abstract: "Stel codes voor voor regels en groepen zonder code, zodat ze over de jaren te koppelen zijn.",
        discussion: """
            Per regel zonder code: de code van hetzelfde label in een ander bestand van de organisatie, anders die van dezelfde
            gemeente, anders die van een label dat er net iets van verschilt (zelfde soort), anders een nieuwe code uit de groep
            en het label. Niets wordt stil gewijzigd: --toepassen MAP schrijft kopieën van de bestanden mét de codes in MAP
            (nooit in de map van de invoer); controleer ze en zet ze daarna zelf terug.
            """,
        arguments: [ArgumentSpec(name: "pad", help: "Bestanden of mappen (standaard: Budgets).", isOptional: true, isRepeating: true)],
        options: [ReportCommandOptions.format, ReportCommandOptions.output, Options.apply],
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    /// The report group and `--toepassen`.
    struct Options: CommandOptions {
        static let apply = Option<String>("toepassen", value: "map", help: "Schrijf kopieën van de bestanden mét de voorgestelde codes in deze map.")

        var report: ReportCommandOptions
        /// The folder to write the files with codes into.
        var applyFolder: String?

        init(_ commandLine: ParsedCommandLine) throws(OptionFailure) {
            report = try ReportCommandOptions(commandLine)
            applyFolder = try commandLine.value(Self.apply)
        }
    }

    static func run(_ invocation: Invocation<Options>, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let books: Books
        switch BooksOptions.read(invocation.arguments, scope: invocation.options.report.scope, defaultsToBudgets: true, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        let budgets = books.analysed.map(\.budget)
        let proposal = CodeProposal(budgets)
        let files = budgets.map(\.file)
        if let folder = invocation.options.applyFolder {
            let status = apply(proposal, to: budgets, into: folder, context: &context)
            guard status == ExitCode.success else { return status }
        }
        let text = invocation.options.report.render(CodeProposalReport(proposal, files: files))
        let written = invocation.options.report.deliver(text, inputs: files, context: &context)
        return written
    }

    /// Writes every file that gets codes into `folder` under its own name.
    static func apply(_ proposal: CodeProposal, to budgets: [Budget], into folder: String, context: inout CommandContext) -> Int32 {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                Diagnostics.line("\(folder): fout: --toepassen verwacht een map, en dit is een bestand", context: &context)
                return ExitCode.usage
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            } catch {
                Diagnostics.line("\(folder): fout: kan de map niet maken (bestaat de map erboven?)", context: &context)
                return ExitCode.cannotCreate
            }
        }
        let inputs = budgets.map(\.file)
        let inputFolders = Set(inputs.compactMap { FileIdentity(path: PathText.folder(of: $0).isEmpty ? "." : PathText.folder(of: $0)) })
        if let target = FileIdentity(path: folder), inputFolders.contains(target) {
            Diagnostics.line("\(folder): fout: weigert de bestanden in hun eigen map te overschrijven; kies een andere map", context: &context)
            return ExitCode.usage
        }
        let changed = budgets.filter { budget in proposal.entries.contains { $0.file == budget.file } }
        var names: Set<String> = []
        for budget in changed {
            let base = budget.file.split(separator: "/").last.map(String.init) ?? budget.file
            let name = folder + (folder.hasSuffix("/") ? "" : "/") + base
            guard names.insert(name).inserted else {
                Diagnostics.line("\(name): fout: twee invoerbestanden heten \(base); geef ze apart op", context: &context)
                return ExitCode.usage
            }
            do {
                try OutputFile.write(BudgetFileWriter.json(proposal.applied(to: budget)).rendered(), to: name, protecting: inputs + context.inputPaths)
            } catch {
                Diagnostics.line("\(name): fout: \(error.message)", context: &context)
                return error.isUsage ? ExitCode.usage : ExitCode.cannotCreate
            }
        }
        return ExitCode.success
    }
}
