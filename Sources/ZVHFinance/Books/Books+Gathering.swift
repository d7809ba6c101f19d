/// What ``Books`` keeps of a budget file while it finds the files a request names: the
/// budget itself (``Books/read(_:)``), or only where it belongs (``BooksIndex``).
protocol BooksGathered: Sendable {
    /// The file it was read from.
    var file: String { get }
    /// The identifier of its organisation.
    var organisationIdentifier: String { get }
}

extension Budget: BooksGathered {
    var organisationIdentifier: String { organisation.identifier }
}

extension Books {
    /// Finds and reads the files a request names (folders listed, each file once) and,
    /// for the scope `organisation`, the other files of their organisations in their
    /// folders; keeps of each budget what `keeping` takes.
    /// - Returns: the named files' kept values in the order named, the other files'
    ///   in folder order, and the other files that could not be read.
    /// - Throws: ``BooksError``: the named paths cannot be listed, a named file cannot be
    ///   read (every such file, at once), or nothing was found.
    /// - Complexity: reading every file once (on every core).
    static func gathered<Kept: BooksGathered>(
        _ request: BooksRequest, keeping: @escaping @Sendable (Budget) -> Kept
    ) throws(BooksError) -> (named: [Kept], others: [Kept], skipped: [BudgetFileError]) {
        try gathered(request, named: namedFiles(request), keeping: keeping)
    }

    /// The files a request names: files as given, folders listed, each file once (the
    /// first name of a file named twice).
    /// - Throws: ``BooksError/unlisted(_:)`` when a named path cannot be listed.
    static func namedFiles(_ request: BooksRequest) throws(BooksError) -> [String] {
        let named: [String]
        if request.namesFiles {
            named = request.paths
        } else {
            do throws(BudgetFileError) {
                named = try BudgetLoader.budgetFiles(in: request.paths)
            } catch {
                throw .unlisted(error)
            }
        }
        var identities = Set<FileIdentity>()
        return named.filter { file in FileIdentity(path: file).map { identities.insert($0).inserted } ?? true }
    }

    /// Reads the named files of a request (``namedFiles(_:)``) and the other files of
    /// their organisations, as ``gathered(_:keeping:)``.
    static func gathered<Kept: BooksGathered>(
        _ request: BooksRequest, named distinct: [String], keeping: @escaping @Sendable (Budget) -> Kept
    ) throws(BooksError) -> (named: [Kept], others: [Kept], skipped: [BudgetFileError]) {
        let namedBudgets = try load(distinct, keeping: keeping)
        guard !namedBudgets.isEmpty else { throw .nothingFound(paths: request.paths) }
        guard request.scope == .organisation else { return (namedBudgets, [], []) }
        let (others, skipped) = companions(of: namedBudgets, named: request.paths, keeping: keeping)
        return (namedBudgets, others, skipped)
    }

    /// Reads the named files at once; every file that fails is reported together.
    ///
    /// The files are read (on every core) ``loadSlice`` at a time, so that the results
    /// held between reading and keeping (a result per file, as large as a file's error)
    /// are those of a slice, not of the whole set.
    static func load<Kept: BooksGathered>(_ files: [String], keeping: @escaping @Sendable (Budget) -> Kept) throws(BooksError) -> [Kept] {
        var budgets: [Kept] = []
        budgets.reserveCapacity(files.count)
        var failures: [BudgetFileError] = []
        for start in stride(from: 0, to: files.count, by: loadSlice) {
            for loaded in BudgetLoader.loadAll(Array(files[start..<min(start + loadSlice, files.count)]), keeping: keeping) {
                switch loaded {
                case .success(let budget): budgets.append(budget)
                case .failure(let error): failures.append(error)
                }
            }
        }
        guard failures.isEmpty else { throw .unreadable(failures) }
        return budgets
    }

    /// How many files ``load(_:keeping:)`` reads at once.
    static let loadSlice = 256

    /// The other files of the named files' organisations directly in the named files'
    /// folders (a named folder is read whole already), and the files there that failed to read.
    static func companions<Kept: BooksGathered>(
        of budgets: [Kept], named paths: [String], keeping: @escaping @Sendable (Budget) -> Kept
    ) -> (budgets: [Kept], skipped: [BudgetFileError]) {
        var seen = Set(budgets.compactMap { FileIdentity(path: $0.file) })
        var namedFolders = Set<FileIdentity>()
        for path in paths where FileStatus(path: path)?.isDirectory == true {
            if let identity = FileIdentity(path: path) { namedFolders.insert(identity) }
        }
        var folders: [String] = []
        for budget in budgets {
            let folder = PathText.folder(of: budget.file).isEmpty ? "." : PathText.folder(of: budget.file)
            guard let identity = FileIdentity(path: folder), !namedFolders.contains(identity) else { continue }
            namedFolders.insert(identity)
            folders.append(folder)
        }
        let organisations = Set(budgets.map(\.organisationIdentifier))
        var candidates: [String] = []
        for folder in folders {
            guard let files = try? BudgetLoader.budgetFiles(directlyIn: folder) else { continue }
            for file in files {
                guard let identity = FileIdentity(path: file), seen.insert(identity).inserted else { continue }
                candidates.append(file)
            }
        }
        var others: [Kept] = []
        var skipped: [BudgetFileError] = []
        for loaded in BudgetLoader.loadAll(candidates, keeping: keeping) {
            switch loaded {
            case .success(let budget) where organisations.contains(budget.organisationIdentifier): others.append(budget)
            case .success: continue
            case .failure(let error): skipped.append(error)
            }
        }
        return (others, skipped)
    }
}
