/// The books a request names, known file by file: every file read and checked by its
/// reader once, and of each kept where it belongs (organisation and period).
/// ``eachOrganisation(_:transform:emit:)`` then analyses and checks them one
/// organisation at a time, so that a command over a national set holds the budgets of
/// a few organisations at once instead of the whole set.
///
/// The budgets of the first named files, up to ``keptFileBytes`` of file, are kept as
/// read, so that the second pass does not read them again; the files after them are
/// read again when their organisation's turn comes. Memory is bounded by that amount
/// and the largest organisation, whatever the size of the set: of every other file the
/// index keeps its path (and, while it reads, an ``Entry`` of a few words).
///
/// The books of one organisation are the books ``Books/read(_:)`` gives for the whole
/// request, cut to that organisation: rules compare the files of one organisation only,
/// so its findings, ledger and reports are the same.
///
/// ```swift
/// let index = try Books.index(BooksRequest(paths: ["landelijk"]))
/// try index.eachOrganisation(index.organisations, transform: { $0.namedFindings.count }, emit: { print($0) })
/// ```
public struct BooksIndex: Sendable {
    /// Where one budget file belongs: what the index pass keeps of a file it read, a
    /// few words (88 bytes; its budget by reference, only when kept), until the
    /// organisations are known.
    public struct Entry: BooksGathered {
        /// The file.
        public let file: String
        /// Its organisation's identifier.
        public let organisationIdentifier: String
        /// Its organisation's name as this file gives it.
        public let organisationName: String
        /// The period it covers.
        public let period: Period
        /// Whether its contributions compute (always true when the index was made
        /// without computing them): the reason they do not is the whole reading's to
        /// report, which then reads every file again (``BooksIndex/books()``).
        public let computesContributions: Bool
        /// The budget as read, when the index keeps it (``BooksIndex/keptFileBytes``).
        let kept: KeptBudget?

        init(_ budget: Budget, computingContributions: Bool, keepsBudget: Bool) {
            file = budget.file
            kept = keepsBudget ? KeptBudget(budget: budget) : nil
            organisationIdentifier = budget.organisation.identifier
            organisationName = budget.organisation.name
            period = budget.period
            computesContributions = !computingContributions || (try? budget.contributions()) != nil
        }
    }

    /// The files of one organisation: what the index keeps, a path per file and a few
    /// facts per organisation (an index of a set ten times as large holds ten times
    /// these paths, nothing more).
    public struct OrganisationFiles: Sendable {
        /// The organisation's identifier.
        public let identifier: String
        /// The organisation's name as its earliest named file (by period, then file)
        /// gives it: the name the overview shows it under.
        public let name: String
        /// Whether every named file gives the organisation the same name.
        public let hasOneName: Bool
        /// Whether the contributions of every named file compute (always true for an
        /// index made without computing them).
        public let computesContributions: Bool
        /// Its named files, in the order named.
        public let namedFiles: [String]
        /// Its other files read with them (companions), in the order found.
        public let otherFiles: [String]

        init(identifier: String, named: [Entry], others: [Entry]) {
            self.identifier = identifier
            name = named.min { ($0.period, $0.file) < ($1.period, $1.file) }?.organisationName ?? identifier
            hasOneName = Set(named.map(\.organisationName)).count <= 1
            computesContributions = named.allSatisfy(\.computesContributions)
            namedFiles = named.map(\.file)
            otherFiles = others.map(\.file)
        }
    }

    /// The request the index answers.
    public let request: BooksRequest
    /// The files the command named (folders expanded), in the order given.
    public let namedFiles: [String]
    /// The other files of their organisations read with them, in the order found.
    public let otherFiles: [String]
    /// Files beside the named ones that could not be read and are left out.
    public let skipped: [BudgetFileError]
    /// Every organisation with named files, in the order of its first named file.
    public let organisations: [OrganisationFiles]
    /// The budgets kept as the index read them, by file (by reference: a slot of the
    /// table is a word, not the size of a `Budget`).
    let kept: [String: KeptBudget]

    /// How much of the named files (in bytes of file, from the first named on) the
    /// index keeps as read, so that those files are read once; the files after these
    /// are read again when their organisation's turn comes. A budget held takes about
    /// five times its file's size (3 MB of file: about 16 MB), so the bound is what the
    /// peak of a large set adds to that of the largest organisation: the same for a set
    /// of 500 files (the generated national set, 3,1 MB: its last files, about 5 %, are
    /// read twice) as for one of 5.000, instead of a bound that holds all of a small set
    /// and more of a large one.
    public static let keptFileBytes: Int64 = 3_000_000

    init(request: BooksRequest, named: [Entry], others: [Entry], skipped: [BudgetFileError]) {
        self.request = request
        self.skipped = skipped
        var kept: [String: KeptBudget] = [:]
        for entry in named { kept[entry.file] = entry.kept }
        self.kept = kept
        namedFiles = named.map(\.file)
        otherFiles = others.map(\.file)
        var order: [String] = []
        var namedByOrganisation: [String: [Entry]] = [:]
        for entry in named {
            if namedByOrganisation[entry.organisationIdentifier] == nil { order.append(entry.organisationIdentifier) }
            namedByOrganisation[entry.organisationIdentifier, default: []].append(entry)
        }
        let othersByOrganisation = Dictionary(grouping: others, by: \.organisationIdentifier)
        organisations = order.map { identifier in
            OrganisationFiles(identifier: identifier, named: namedByOrganisation[identifier] ?? [], others: othersByOrganisation[identifier] ?? [])
        }
    }

    /// The whole books, as ``Books/read(_:)`` gives them: every file (read again where
    /// the index did not keep it), analysed and checked, at once.
    /// - Throws: ``BooksError/unreadable(_:)`` when a file no longer reads.
    public func books() throws(BooksError) -> Books {
        let named = try budgets(namedFiles)
        let others = try budgets(otherFiles)
        return Books.assembled(named: named, others: others, skipped: skipped, rules: request.rules, options: request.options)
    }

    /// The books of some organisations: their files (read again where the index did not
    /// keep them), analysed and checked.
    /// - Throws: ``BooksError/unreadable(_:)`` when a file no longer reads (it changed
    ///   after the index was made).
    /// - Complexity: reading the files not kept and analysing all once (on every core).
    public func books(of organisations: [OrganisationFiles]) throws(BooksError) -> Books {
        let named = try budgets(organisations.flatMap(\.namedFiles))
        let others = try budgets(organisations.flatMap(\.otherFiles))
        return Books.assembled(named: named, others: others, rules: request.rules, options: request.options)
    }

    /// The budgets of files, in their order: those the index kept as kept, the others
    /// read again (on every core).
    /// - Throws: ``BooksError/unreadable(_:)`` when a file read again no longer reads.
    func budgets(_ files: [String]) throws(BooksError) -> [Budget] {
        var read = try Books.load(files.filter { kept[$0] == nil }) { $0 }.makeIterator()
        // `load` gives a budget for every file it is given, or throws.
        return files.compactMap { kept[$0]?.budget ?? read.next() }
    }

    /// Goes through organisations one at a time: analyses and checks each (``books(of:)``,
    /// its files on every core), transforms its books into what the caller shows, and
    /// hands that over, in the order given. One organisation's books are held at a time
    /// besides the budgets the index keeps, so the memory held is bounded by that of the
    /// largest organisation and ``keptFileBytes`` (whatever the number of organisations),
    /// and the same from run to run.
    /// - Parameters:
    ///   - organisations: the organisations, in the order to emit them.
    ///   - transform: what to make of one organisation's books (may use every core).
    ///   - emit: takes each result, in the order of `organisations`.
    /// - Throws: ``BooksError/unreadable(_:)`` when a file no longer reads; what was
    ///   emitted before stays emitted.
    /// - Complexity: reading the files the index did not keep once more, analysing and
    ///   checking every file once.
    public func eachOrganisation<Result>(
        _ organisations: [OrganisationFiles], transform: (Books) -> Result, emit: (Result) -> Void
    ) throws(BooksError) {
        for organisation in organisations {
            emit(transform(try books(of: [organisation])))
        }
    }
}

/// A budget the index keeps, held by reference: an entry of a file whose budget is not
/// kept (most of a large set) stays a few words, not the size of a `Budget`, in every
/// list of entries the index pass makes.
final class KeptBudget: Sendable {
    let budget: Budget

    init(budget: Budget) {
        self.budget = budget
    }
}

extension Books {
    /// The index of the books a request names: every file read and checked by its
    /// reader, and of each where it belongs kept, with the budgets of the first files
    /// (see ``BooksIndex``).
    /// - Parameters:
    ///   - request: the paths, the scope and the check options.
    ///   - computingContributions: whether to note of each file whether its
    ///     contributions compute (``BooksIndex/Entry/computesContributions``), for a command
    ///     that shows nothing when one does not.
    ///   - keptFileBytes: how much of the named files (bytes of file, from the first
    ///     named on) to keep as read (``BooksIndex/keptFileBytes``).
    /// - Throws: ``BooksError``, as ``read(_:)``: every named file that cannot be read,
    ///   at once, before anything is shown.
    /// - Complexity: reading every file once (on every core); memory of one file per core
    ///   and the budgets kept (``BooksIndex/keptFileBytes`` of file).
    public static func index(
        _ request: BooksRequest, computingContributions: Bool = false, keptFileBytes: Int64 = BooksIndex.keptFileBytes
    ) throws(BooksError) -> BooksIndex {
        let files = try namedFiles(request)
        var keptBytes: Int64 = 0
        let keptFiles = Set(files.prefix { file in
            keptBytes += FileStatus(path: file)?.size ?? 0
            return keptBytes <= keptFileBytes
        })
        let (named, others, skipped) = try gathered(request, named: files) { budget in
            BooksIndex.Entry(budget, computingContributions: computingContributions, keepsBudget: keptFiles.contains(budget.file))
        }
        return BooksIndex(request: request, named: named, others: others, skipped: skipped)
    }
}
