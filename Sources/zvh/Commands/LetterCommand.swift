import Foundation
import ZVHFinance

/// `zvh brief GEMEENTE BEGROTING` and `zvh brief --alle BEGROTING --uitvoer MAP`: the
/// contribution letter of one member, or of every member into a folder.
enum LetterCommand {
    static let spec = CommandSpec(
        name: "brief",
        abstract: "Schrijf de bijdragebrief van een gemeente bij een begroting.",
        discussion: """
            De brief noemt wat de gemeente betaalt (definitief), de afleiding in het kort (te verdelen bedrag, verdeelsleutel en bron, aandeel, verrekening per component), de vergelijking met de vorige periode, gesplitst in bijdrage (structureel) en verrekening (eenmalig), en elke bevinding die de cijfers van de gemeente raakt. De vorige periode komt uit de andere bestanden van dezelfde organisatie in de map van de begroting.
            Met --alle en --uitvoer MAP: één brief per gemeente in die map (de map wordt gemaakt als ze nog niet bestaat), genoemd bijdragebrief-ORGANISATIE-JAAR-GEMEENTE met de extensie van het formaat.
            """,
        arguments: [
            ArgumentSpec(name: "gemeente", help: "De gemeente (hoofdletters maken niet uit); weglaten met --alle.", isOptional: true),
            ArgumentSpec(name: "begroting", help: "Het begrotingsbestand."),
        ],
        options: [
            ReportCommandOptions.format,
            OptionSpec(long: "uitvoer", valueName: "bestand", help: "Schrijf naar dit bestand (atomair; nooit over een invoerbestand); met --alle: naar deze map."),
        ],
        flags: [
            ReportCommandOptions.cents, FlagSpec(long: "alle", help: "Schrijf een brief voor elke gemeente van de begroting in de map van --uitvoer."),
            BooksOptions.draft, BooksOptions.onlyNamedFiles,
        ],
        folderOutputFlag: "alle",
        run: { invocation, spec, context in run(invocation, spec: spec, context: &context) })

    static func run(_ invocation: Invocation, spec: CommandSpec, context: inout CommandContext) -> Int32 {
        let everyMember = invocation.flags.contains("alle")
        let usage = HelpFormatter.usage(of: spec)
        if everyMember, invocation.arguments.count != 1 {
            return ZVH.usageError("met --alle alleen de begroting opgeven, geen gemeente", usage: usage, context: &context, command: spec.name)
        }
        if !everyMember, invocation.arguments.count != 2 {
            return ZVH.usageError("geef een gemeente en een begroting op (of --alle en een begroting)", usage: usage, context: &context, command: spec.name)
        }
        if everyMember, invocation.options["uitvoer"] == nil {
            return ZVH.usageError("--alle schrijft één brief per gemeente in een map; geef die map met --uitvoer MAP", usage: usage, context: &context, command: spec.name)
        }
        let path = invocation.arguments[everyMember ? 0 : 1]
        let books: Books
        switch BooksOptions.read([path], invocation: invocation, context: &context) {
        case .success(let value): books = value
        case .failure(let status): return status.code
        }
        guard let budget = books.named.first?.budget else { return ExitCode.dataError }
        guard budget.kind == .begroting else {
            return ZVH.usageError("\(path) is een \(budget.kind.rawValue); een bijdragebrief hoort bij een begroting", usage: usage, context: &context, command: spec.name)
        }
        var municipalities = budget.organisation.members.map(\.name)
        if !everyMember {
            let requested = invocation.arguments[0]
            guard let name = MunicipalityReport.canonicalName(requested, in: [budget]) else {
                let hint = Spelling.closest(to: requested, among: municipalities).map { "; bedoelde u '\($0)'?" } ?? " (leden: \(municipalities.joined(separator: ", ")))"
                return ZVH.usageError("gemeente '\(requested)' is geen lid in \(path)\(hint)", usage: usage, context: &context, command: spec.name)
            }
            municipalities = [name]
        }
        // The begroting's own failure stops the letter; another period whose
        // contributions cannot be computed is named and left out of the comparison.
        if case .failure = BooksOptions.computable(books, file: path, context: &context) { return context.inputFailure ?? ExitCode.dataError }
        let entries = books.analysed.compactMap { entry -> BudgetReportContent? in
            if case .failure(let error) = entry.contributions {
                let message = BudgetFileError.contribution(file: entry.budget.file, error).errorDescription ?? entry.budget.file
                Diagnostics.line("\(message) (overgeslagen voor de vergelijking met de vorige periode)", context: &context)
                return nil
            }
            return books.reportContent(entry)
        }
        let letters = municipalities.compactMap { ContributionLetter($0, begroting: budget.file, entries: entries) }
        guard letters.count == municipalities.count else { return ExitCode.dataError }
        let draftFindings: [Finding]
        switch BooksOptions.release(
            books, file: budget.file, members: municipalities, invocation: invocation, document: everyMember ? "de bijdragebrieven" : "de bijdragebrief", context: &context)
        {
        case .success(let findings): draftFindings = findings
        case .failure(let status): return status.code
        }
        let contents = letters.map { letter in
            BooksReportContent(letter, books: books, draftFindings: draftFindings.filter { $0.touches(letter.municipality) })
        }
        let written: Int32
        if everyMember, let folder = invocation.options["uitvoer"]?.last {
            written = writeAll(contents, into: folder, invocation: invocation, spec: spec, inputs: books.analysed.map(\.budget.file), context: &context)
        } else {
            written = ReportCommandOptions.deliver(ReportCommandOptions.render(contents[0], invocation, spec), invocation: invocation, inputs: [path], context: &context)
        }
        return BooksOptions.status(delivered: written, draftFindings: draftFindings)
    }

    /// Writes one letter per member into `folder`, made when it does not exist; never
    /// into the begroting's own folder (a JSON letter there would be read as a budget).
    static func writeAll(_ letters: [BooksReportContent<ContributionLetter>], into folder: String, invocation: Invocation, spec: CommandSpec, inputs: [String], context: inout CommandContext) -> Int32 {
        let format = ReportCommandOptions.format(invocation, spec)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                Diagnostics.line("\(folder): fout: met --alle is --uitvoer een map, en dit is een bestand", context: &context)
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
        let inputFolders = Set(inputs.compactMap { FileIdentity(path: PathText.folder(of: $0).isEmpty ? "." : PathText.folder(of: $0)) })
        if let target = FileIdentity(path: folder), inputFolders.contains(target) {
            Diagnostics.line("\(folder): fout: weigert brieven te schrijven in de map van de begrotingen; kies een andere map", context: &context)
            return ExitCode.usage
        }
        let options = ReportCommandOptions.reportOptions(invocation)
        for letter in letters {
            let name = folder + (folder.hasSuffix("/") ? "" : "/") + letter.content.fileStem + "." + format.fileExtension
            do {
                switch try format.output(letter, options: options) {
                case .text(let text):
                    try OutputFile.write(ReportCommandOptions.safeText(text, format: format.rawValue), to: name, protecting: inputs + context.inputPaths)
                case .bytes(let bytes):
                    try OutputFile.write(bytes: bytes, to: name, protecting: inputs + context.inputPaths)
                }
            } catch let error as OutputFile.Failure {
                Diagnostics.line("\(name): fout: \(error.message)", context: &context)
                return error.isUsage ? ExitCode.usage : ExitCode.cannotCreate
            } catch {
                Diagnostics.line("\(name): fout: de werkmap kan niet geschreven worden: \(error.localizedDescription)", context: &context)
                return ExitCode.cannotCreate
            }
        }
        return ExitCode.success
    }
}

extension ReportFormat {
    /// The file extension of the format: `txt`, `md`, `csv`, `json`, `html`.
    var fileExtension: String {
        switch self {
        case .tekst: "txt"
        case .markdown: "md"
        case .csv: "csv"
        case .json: "json"
        case .html: "html"
        case .xlsx: "xlsx"
        }
    }
}
