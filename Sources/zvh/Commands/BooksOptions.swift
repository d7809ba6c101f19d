import ZVHFinance

/// The one way a command reads budget files: through ``Books`` (read, analysed and
/// checked once, with the organisation's other files), reporting on standard error
/// what could not be read.
enum BooksOptions {
    static let onlyNamedFiles = Flag(
        long: "alleen-bestand", help: "Lees alleen de genoemde bestanden, niet de andere bestanden van dezelfde organisatie in hun map.")
    static let draft = Flag(
        long: "concept", help: "Schrijf het document ook als een fout de cijfers raakt: elke pagina en de titel zeggen dan CONCEPT — bevat fouten (exitcode 1).")

    /// The books the command names; nil after reporting why they cannot be read.
    /// - Parameters:
    ///   - paths: files or folders; empty for `Budgets/` (when `defaultsToBudgets`).
    ///   - scope: the organisation's files, or only the named ones (`--alleen-bestand`,
    ///     ``ReportCommandOptions/scope``).
    ///   - rules, options: the checks (default: every rule, default tolerance).
    ///   - checked: which files are checked: every file read (default), or only the
    ///     named ones, for a command that shows no other file's findings (their findings
    ///     are the same; the organisation's other files are not checked themselves).
    /// - Returns: the books, or the exit status (64, 65 or 66).
    static func read(
        _ paths: [String], scope: BooksRequest.Scope, defaultsToBudgets: Bool = false, rules: [any CheckRule] = Checker.allRules,
        options: CheckOptions = CheckOptions(), checked: BooksRequest.Checked = .everyFileRead, context: inout CommandContext
    ) -> Result<Books, Status> {
        var request = request(paths, scope: scope, defaultsToBudgets: defaultsToBudgets, rules: rules, options: options, context: &context)
        request.checked = checked
        let books: Books
        do throws(BooksError) {
            books = try Books.read(request)
        } catch {
            return .failure(refusal(error, paths: paths, defaultsToBudgets: defaultsToBudgets, context: &context))
        }
        reportSkipped(books.skipped, context: &context)
        context.inputPaths += books.analysed.map(\.budget.file)
        if context.environment.endsWithProcess { ProcessLifetime.keep(books) }
        return .success(books)
    }

    /// The index of the books the command names, to go through them one organisation
    /// at a time (``BooksIndex``); the same files, refusals and messages as ``read(_:scope:defaultsToBudgets:rules:options:context:)``.
    /// - Returns: the index, or the exit status (64, 65 or 66).
    static func index(
        _ paths: [String], scope: BooksRequest.Scope, defaultsToBudgets: Bool = false, rules: [any CheckRule] = Checker.allRules,
        options: CheckOptions = CheckOptions(), computingContributions: Bool = false, context: inout CommandContext
    ) -> Result<BooksIndex, Status> {
        let request = request(paths, scope: scope, defaultsToBudgets: defaultsToBudgets, rules: rules, options: options, context: &context)
        let index: BooksIndex
        do throws(BooksError) {
            index = try Books.index(request, computingContributions: computingContributions)
        } catch {
            return .failure(refusal(error, paths: paths, defaultsToBudgets: defaultsToBudgets, context: &context))
        }
        reportSkipped(index.skipped, context: &context)
        context.inputPaths += index.namedFiles + index.otherFiles
        return .success(index)
    }

    /// What the command asks of the books (`Budgets` when no path is given and the
    /// command defaults to it).
    static func request(
        _ paths: [String], scope: BooksRequest.Scope, defaultsToBudgets: Bool, rules: [any CheckRule], options: CheckOptions, context: inout CommandContext
    ) -> BooksRequest {
        let named = paths.isEmpty && defaultsToBudgets ? ["Budgets"] : paths
        context.inputPaths += named
        return BooksRequest(paths: named, scope: scope, rules: rules, options: options, namesFiles: !defaultsToBudgets)
    }

    /// Reports why the books cannot be read.
    /// - Returns: the exit status (65 or 66).
    static func refusal(_ error: BooksError, paths: [String], defaultsToBudgets: Bool, context: inout CommandContext) -> Status {
        switch error {
        case .unlisted where paths.isEmpty && defaultsToBudgets:
            context.err("Budgets: fout: geen map Budgets/ in de huidige map; start zvh in de projectmap of geef een pad op\n")
            return Status(code: ExitCode.noInput)
        case .unlisted, .unreadable:
            return Status(code: error.fileErrors.map { Diagnostics.report($0, context: &context) }.max() ?? ExitCode.dataError)
        case .nothingFound:
            Diagnostics.line(error.errorDescription ?? "", context: &context)
            return Status(code: ExitCode.noInput)
        }
    }

    /// Files beside the named ones that cannot be read may belong to the organisation:
    /// named (at most three, then a count), never silently left out.
    static func reportSkipped(_ skipped: [BudgetFileError], context: inout CommandContext) {
        for file in skipped.prefix(3) {
            Diagnostics.line("\(file.errorDescription ?? file.file) (overgeslagen: niet meegelezen als deel van de boeken van de organisatie)", context: &context)
        }
        if skipped.count > 3 {
            Diagnostics.line("let op: nog \(skipped.count - 3) bestanden naast de genoemde konden niet gelezen worden en tellen niet mee (zvh check op de map noemt ze)", context: &context)
        }
    }

    /// The one named file's analysed budget whose contributions can be computed, or the
    /// status after reporting why not.
    static func computable(_ books: Books, context: inout CommandContext) -> Result<AnalysedBudget, Status> {
        guard let analysed = books.named.first else { return .failure(Status(code: ExitCode.dataError)) }
        if case .failure(let error) = analysed.contributions {
            return .failure(Status(code: Diagnostics.report(.contribution(file: analysed.budget.file, error), context: &context)))
        }
        return .success(analysed)
    }

    /// The report contents of the named files (or of every file read), with the
    /// findings of the books; a budget whose contributions cannot be computed is reported
    /// and left out.
    static func entries(_ books: Books, everyFileRead: Bool = false, context: inout CommandContext) -> (entries: [BudgetReportContent], status: Int32) {
        let (entries, failures) = reportContents(books, everyFileRead: everyFileRead)
        let status = failures.map { Diagnostics.report($0, context: &context) }.max() ?? ExitCode.success
        return (entries, status)
    }

    /// The report contents of the named files (or of every file read), and the
    /// budgets whose contributions cannot be computed (left out), in the order read.
    static func reportContents(_ books: Books, everyFileRead: Bool = false) -> (entries: [BudgetReportContent], failures: [BudgetFileError]) {
        var entries: [BudgetReportContent] = []
        var failures: [BudgetFileError] = []
        for analysed in everyFileRead ? books.analysed : books.named {
            if case .failure(let error) = analysed.contributions {
                failures.append(.contribution(file: analysed.budget.file, error))
                continue
            }
            entries.append(books.reportContent(analysed))
        }
        return (entries, failures)
    }

    /// Decides whether a document for members goes out: refused while a fout touches
    /// the members' figures in `file` (exit 65, the findings named on standard error,
    /// nothing written), unless `--concept` (`isDraft`, ``ReportCommandOptions/isDraft``).
    /// - Returns: the fouten that make the document a draft (empty: final), or the
    ///   status after refusing.
    static func release(
        _ books: Books, file: String, members: [String], isDraft: Bool, document: String, context: inout CommandContext
    ) -> Result<[Finding], Status> {
        let blocking = books.blockingFindings(in: file, for: members)
        guard !blocking.isEmpty else { return .success([]) }
        if isDraft { return .success(blocking) }
        for finding in blocking {
            Diagnostics.line(finding.diagnosticLine(), context: &context)
        }
        Diagnostics.line("fout: \(document) niet geschreven: \(blocking.count == 1 ? "een fout raakt" : "\(blocking.count) fouten raken") de cijfers; herstel de bestanden, of schrijf een concept met --concept", context: &context)
        context.inputFailure = ExitCode.dataError
        return .failure(Status(code: ExitCode.dataError))
    }

    /// The exit status of a document after it was delivered: 1 for a draft written.
    static func status(delivered: Int32, draftFindings: [Finding]) -> Int32 {
        delivered == ExitCode.success && !draftFindings.isEmpty ? ExitCode.findings : delivered
    }

    /// An exit status as an error, for `Result`.
    struct Status: Error { var code: Int32 }
}
