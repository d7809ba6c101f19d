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
            Met --alle en --uitvoer MAP: één brief per gemeente in die map (de map wordt gemaakt als ze nog niet bestaat), genoemd bijdragebrief-ORGANISATIE-JAAR-GEMEENTE met de extensie van het formaat, en een overzicht bijdragebrieven-ORGANISATIE-JAAR-overzicht van alle brieven.
            Met --scenario NAAM (een bestand in scenarios/ naast de begroting of een pad) rekent de brief met de begroting zoals het scenario haar wijzigt: een gemeente die uittreedt (gemeente-uittreden) krijgt haar resterende verrekening en haar uittreedsom met de berekening, een gemeente die toetreedt (gemeente-toetreden) haar bijdrage en haar toetreedsom; met --alle krijgt elke gemeente van het scenario een brief. De bedragen zijn die van zvh scenario met hetzelfde bestand.
            Staat naast de begroting een organisatie.json (afzender, adres, ondertekenaar, IBAN, betalingstermijn, contact, vervaldagen, per gemeente de geadresseerde), dan wordt de brief daarmee opgemaakt; met --formaat pdf is het een brief om te versturen.
            """,
        arguments: [
            ArgumentSpec(name: "gemeente", help: "De gemeente (hoofdletters maken niet uit); weglaten met --alle.", isOptional: true),
            ArgumentSpec(name: "begroting", help: "Het begrotingsbestand."),
        ],
        options: [
            ReportCommandOptions.format,
            LetterDetailsOptions.date,
            LetterDetailsOptions.reference,
            OptionSpec(long: "scenario", valueName: "naam", help: "Reken met de begroting zoals dit scenario (uit scenarios/ of een pad) haar wijzigt, bv. een gemeente die uittreedt of toetreedt."),
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
        let details: LetterDetails
        switch LetterDetailsOptions.details(invocation, spec: spec, begroting: path, context: &context) {
        case .success(let value): details = value
        case .failure(let status): return status.code
        }
        var inputs = [path]
        var variant: ScenarioComparison.Variant?
        if let name = invocation.options["scenario"]?.last {
            switch scenarioVariant(name, budget: budget, inputs: &inputs, usage: usage, spec: spec, context: &context) {
            case .success(let value): variant = value
            case .failure(let status): return status.code
            }
        }
        var municipalities = variant?.statement.members.map(\.municipality) ?? budget.organisation.members.map(\.name)
        if !everyMember {
            let requested = invocation.arguments[0]
            guard let name = MunicipalityReport.canonicalName(requested, in: [budget] + (variant.map { [$0.budget] } ?? [])) else {
                let hint = Spelling.closest(to: requested, among: municipalities).map { "; bedoelde u '\(MessageText.quoted($0))'?" } ?? " (leden: \(MessageText.list(municipalities)))"
                return ZVH.usageError("gemeente '\(MessageText.quoted(requested))' is geen lid in \(path)\(hint)", usage: usage, context: &context, command: spec.name)
            }
            municipalities = [name]
        }
        // The begroting's own failure stops the letter; another period whose
        // contributions cannot be computed is named and left out of the comparison.
        if case .failure = BooksOptions.computable(books, context: &context) { return context.inputFailure ?? ExitCode.dataError }
        let entries = books.analysed.compactMap { entry -> BudgetReportContent? in
            if case .failure(let error) = entry.contributions {
                let message = BudgetFileError.contribution(file: entry.budget.file, error).errorDescription ?? entry.budget.file
                Diagnostics.line("\(message) (overgeslagen voor de vergelijking met de vorige periode)", context: &context)
                return nil
            }
            return books.reportContent(entry)
        }
        let letters = municipalities.compactMap { municipality in
            variant.map { ContributionLetter(municipality, begroting: budget.file, entries: entries, variant: $0, details: details) }
                ?? ContributionLetter(municipality, begroting: budget.file, entries: entries, details: details)
        }
        guard letters.count == municipalities.count else { return ExitCode.dataError }
        let draftFindings: [Finding]
        switch BooksOptions.release(
            books, file: budget.file, members: municipalities, invocation: invocation, document: everyMember ? "de bijdragebrieven" : "de bijdragebrief", context: &context)
        {
        case .success(let findings): draftFindings = findings
        case .failure(let status): return status.code
        }
        let contents = letters.map { letter in
            BooksReportContent(letter, books: books, draftFindings: draftFindings.filter { $0.touches(letter.municipality) }, namesFilesRead: false)
        }
        let written: Int32
        if everyMember, let folder = invocation.options["uitvoer"]?.last {
            written = writeAll(contents, into: folder, invocation: invocation, spec: spec, inputs: books.analysed.map(\.budget.file), scenarioFiles: Array(inputs.dropFirst()), context: &context)
        } else {
            written = ReportCommandOptions.deliver(ReportCommandOptions.render(contents[0], invocation, spec), invocation: invocation, inputs: inputs, context: &context)
        }
        return BooksOptions.status(delivered: written, draftFindings: draftFindings)
    }

    /// The scenario file `name` applied to the begroting, as `zvh scenario` applies it
    /// (``ScenarioComparison``), the file added to `inputs`.
    /// - Returns: the variant, or the exit status after reporting why not (66 for a
    ///   name that is no file, 65 for a file or change that is wrong).
    static func scenarioVariant(
        _ name: String, budget: Budget, inputs: inout [String], usage: String, spec: CommandSpec, context: inout CommandContext
    ) -> Result<ScenarioComparison.Variant, BooksOptions.Status> {
        let scenarios: [Scenario]
        switch ScenarioCommand.scenarioFiles([name], budgetPath: budget.file, inputs: &inputs, context: &context) {
        case .success(let value): scenarios = value
        case .failure(let status): return .failure(status)
        }
        do {
            return .success(try ScenarioComparison(basis: budget, scenarios: scenarios).scenarios[0])
        } catch let failure as ScenarioFailure {
            guard let place = failure.place else {
                return .failure(.init(code: ZVH.usageError(failure.message, usage: usage, context: &context, command: spec.name)))
            }
            Diagnostics.line("\(place): fout: \(failure.message)", context: &context)
            return .failure(.init(code: ExitCode.dataError))
        } catch let error as ContributionError {
            return .failure(.init(code: Diagnostics.report(.contribution(file: budget.file, error), context: &context)))
        } catch {
            context.err("\(budget.file): fout: \(error)\n")
            return .failure(.init(code: ExitCode.dataError))
        }
    }

    /// Writes one letter per member into `folder` as one batch (all or none), names
    /// from ``LetterFileNames`` (distinct, short enough); never into a folder a scan
    /// of the budgets reads (``OutputFolder``), never over an input (the scenario file of
    /// `--scenario` too, which is no budget and so may sit above the folder).
    static func writeAll(
        _ letters: [BooksReportContent<ContributionLetter>], into folder: String, invocation: Invocation, spec: CommandSpec, inputs: [String], scenarioFiles: [String] = [],
        context: inout CommandContext
    ) -> Int32 {
        let format = ReportCommandOptions.format(invocation, spec)
        let options = ReportCommandOptions.reportOptions(invocation)
        let budget = letters[0].content.budget
        let names = LetterFileNames.names(letters.map(\.content.municipality), organisation: budget.organisation.identifier, year: budget.period.year, fileExtension: format.fileExtension)
        let summary = LetterSummary(letters.map(\.content), fileNames: names)
        let documents: [(name: String, content: any ReportContent)] = zip(names, letters).map { ($0, $1) } + [(summary.fileStem + "." + format.fileExtension, summary)]
        var files: [(path: String, bytes: [UInt8])] = []
        for (name, document) in documents {
            let path = folder + (folder.hasSuffix("/") ? "" : "/") + name
            do throws(SpreadsheetError) {
                switch try format.output(document, options: options) {
                case .text(let text): files.append((path, Array(text.utf8)))
                case .bytes(let bytes): files.append((path, bytes))
                }
            } catch {
                Diagnostics.line("\(path): fout: de werkmap kan niet geschreven worden: \(error.localizedDescription)", context: &context)
                return ExitCode.cannotCreate
            }
        }
        do throws(OutputFile.Failure) {
            try OutputFolder.prepare(folder, inputs: inputs + context.inputPaths)
        } catch {
            Diagnostics.line("\(folder): fout: \(error.message)", context: &context)
            return error.isUsage ? ExitCode.usage : ExitCode.cannotCreate
        }
        do throws(OutputFile.BatchFailure) {
            try OutputFile.writeBatch(files, protecting: inputs + scenarioFiles + context.inputPaths)
        } catch {
            Diagnostics.line("\(error.path): fout: \(error.failure.message)", context: &context)
            return error.failure.isUsage ? ExitCode.usage : ExitCode.cannotCreate
        }
        return ExitCode.success
    }
}

extension ReportFormat {
    /// The file extension of the format: `txt`, `md`, `csv`, `json`, `html`, `xlsx`, `pdf`.
    var fileExtension: String {
        switch self {
        case .tekst: "txt"
        case .markdown: "md"
        case .csv: "csv"
        case .json: "json"
        case .html: "html"
        case .xlsx: "xlsx"
        case .pdf: "pdf"
        }
    }
}
