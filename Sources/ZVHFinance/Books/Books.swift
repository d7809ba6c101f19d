/// An organisation's books: every file of the organisations a command names, read
/// once, analysed once and checked together. This is the one pipeline of every
/// command (as swift-format's `Frontend` is for its subcommands): a command says which
/// paths it names and asks the books for what it shows, so the same file gives the same
/// findings, one amount per member and one settlement history in every command.
///
/// A file named on its own brings its organisation along: the other budget files in
/// its folder that belong to the same organisation (unless the request is restricted
/// to the named files). A folder named brings every budget file below it.
///
/// ```swift
/// let books = try Books.read(BooksRequest(paths: ["Budgets/midden-limburg/begroting-2022.json"]))
/// books.findings(in: "Budgets/midden-limburg/begroting-2022.json")   // as `zvh check Budgets/midden-limburg`
/// books.ledger(of: "midden-limburg").year(2021)?.remaining            // +27.461
/// ```
public struct Books: Sendable {
    /// The files the command named (folders expanded), in the order given.
    public let namedFiles: [String]
    /// Every budget read and analysed: the named files first, then the other files of
    /// their organisations, each once.
    public let analysed: [AnalysedBudget]
    /// Every finding on every file read, in report order (on the named files only when
    /// the request checks only those, ``BooksRequest/Checked/namedFiles``).
    public let findings: [Finding]
    /// Files of the organisations that could not be read and were left out (a named
    /// file that cannot be read fails ``read(_:)`` instead).
    public let skipped: [BudgetFileError]
    /// The settlement ledger of every organisation read, by identifier.
    public let ledgers: [String: SettlementLedger]

    /// Reads, analyses and checks the books a request names.
    /// - Parameter request: the paths, the scope and the check options.
    /// - Returns: the books.
    /// - Throws: ``BooksError``: the named paths cannot be listed, a named file cannot be
    ///   read (every such file, at once), or nothing was found.
    /// - Complexity: reading and analysing every file once (on every core), checking
    ///   each organisation once.
    public static func read(_ request: BooksRequest) throws(BooksError) -> Books {
        let (named, others, skipped) = try gathered(request) { $0 }
        return assembled(named: named, others: others, skipped: skipped, rules: request.rules, options: request.options, checked: request.checked)
    }

    /// Books of budgets already read (a program's own, or a test's): analysed once and
    /// checked together, as ``read(_:)`` does after reading.
    /// - Parameters:
    ///   - named: the budgets the command is about.
    ///   - others: the other budgets of their organisations.
    ///   - checked: which budgets are checked: every one, or only the named ones (each
    ///     in the context of its organisation: their findings are the same).
    /// - Complexity: analysing every budget once (on every core), checking each
    ///   organisation once.
    public static func assembled(
        named: [Budget], others: [Budget] = [], skipped: [BudgetFileError] = [], rules: [any CheckRule] = Checker.allRules,
        options: CheckOptions = CheckOptions(), checked: BooksRequest.Checked = .everyFileRead
    ) -> Books {
        let analysed = AnalysedBudget.analysing(named + others)
        let files: Set<String>? =
            switch checked {
            case .everyFileRead: nil
            case .namedFiles: Set(named.map(\.file))
            }
        let findings = Checker.check(analysed, rules: rules, options: options, onlyIn: files)
        return Books(
            namedFiles: named.map(\.file), analysed: analysed, findings: findings, skipped: skipped,
            ledgers: SettlementLedger.byOrganisation(analysed))
    }

    /// The analysed budget of a file read.
    /// - Complexity: O(n) in the files read.
    public func analysed(_ file: String) -> AnalysedBudget? {
        analysed.first { $0.budget.file == file }
    }

    /// The analysed budgets of the named files, in the order named.
    public var named: [AnalysedBudget] {
        Array(analysed.prefix(namedFiles.count))
    }

    /// The findings on one file, in report order: the same in every command that reads it
    /// with the same organisation.
    /// - Complexity: O(findings).
    public func findings(in file: String) -> [Finding] {
        findings.filter { $0.file == file }
    }

    /// The findings on the named files.
    public var namedFindings: [Finding] {
        let files = Set(namedFiles)
        return findings.filter { files.contains($0.file) }
    }

    /// The fouten (error-level findings) that touch any of these members' figures in a
    /// file, each once, in report order: while there is one, a document for them does
    /// not go out as final.
    public func blockingFindings(in file: String, for members: [String]) -> [Finding] {
        findings.filter { finding in finding.file == file && finding.severity == .error && members.contains(where: finding.touches) }
    }

    /// The settlement ledger of an organisation (empty when none of its files was read).
    public func ledger(of organisation: String) -> SettlementLedger {
        ledgers[organisation] ?? SettlementLedger([])
    }

    /// The other files read of the organisation of `budget`, in period order.
    public func companions(of budget: Budget) -> [AnalysedBudget] {
        analysed.filter { $0.budget.organisation.identifier == budget.organisation.identifier && $0.budget.file != budget.file }
            .sorted { ($0.budget.period, $0.budget.file) < ($1.budget.period, $1.budget.file) }
    }

    /// The result year a begroting settles, as the ledger holds it (its result and
    /// status, and every begroting settling it); nil for a budget without a settlement.
    public func settledYear(of budget: Budget) -> SettlementLedger.ResultYear? {
        guard budget.kind == .begroting, let year = budget.settlement?.settledYear else { return nil }
        return ledger(of: budget.organisation.identifier).year(year)
    }

    /// What the begroting of a year billed each member (its definitief: the sum of its
    /// advances), when the books hold that begroting and its contributions compute.
    /// - Returns: the begroting's title and the amount per member.
    public func billed(organisation: String, year: Int) -> (title: String, amounts: [String: Money])? {
        guard let begroting = analysed.last(where: {
            $0.budget.kind == .begroting && $0.budget.organisation.identifier == organisation && $0.budget.period.year == year
        }), let statement = begroting.statement else { return nil }
        return (begroting.budget.title, Dictionary(statement.members.map { ($0.municipality, $0.final) }, uniquingKeysWith: { first, _ in first }))
    }
}
