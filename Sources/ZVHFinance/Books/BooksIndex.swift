/// The books a request names, known file by file but not held: every file read and
/// checked by its reader once, and of each kept only where it belongs (organisation and
/// period). ``eachOrganisation(_:transform:emit:)`` then reads, analyses and checks
/// them again one organisation at a time, so that a command over a national set holds
/// the budgets of a few organisations at once instead of the whole set.
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
    /// Where one budget file belongs.
    public struct Entry: BooksGathered {
        /// The file.
        public let file: String
        /// Its organisation's identifier.
        public let organisationIdentifier: String
        /// Its organisation's name as this file gives it.
        public let organisationName: String
        /// The period it covers.
        public let period: Period
        /// Why its contributions cannot be computed; nil when they can, or when the
        /// index was made without computing them.
        public let contributionError: ContributionError?

        init(_ budget: Budget, computingContributions: Bool) {
            file = budget.file
            organisationIdentifier = budget.organisation.identifier
            organisationName = budget.organisation.name
            period = budget.period
            if computingContributions, case .failure(let error) = Result(catching: { () throws(ContributionError) in try budget.contributions() }) {
                contributionError = error
            } else {
                contributionError = nil
            }
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
            computesContributions = named.allSatisfy { $0.contributionError == nil }
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

    init(request: BooksRequest, named: [Entry], others: [Entry], skipped: [BudgetFileError]) {
        self.request = request
        self.skipped = skipped
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

    /// The whole books, as ``Books/read(_:)`` gives them: every file read, analysed and
    /// checked again, at once.
    /// - Throws: ``BooksError/unreadable(_:)`` when a file no longer reads.
    public func books() throws(BooksError) -> Books {
        let named = try Books.load(namedFiles) { $0 }
        let others = try Books.load(otherFiles) { $0 }
        return Books.assembled(named: named, others: others, skipped: skipped, rules: request.rules, options: request.options)
    }

    /// The books of some organisations: their files read, analysed and checked again.
    /// - Throws: ``BooksError/unreadable(_:)`` when a file no longer reads (it changed
    ///   after the index was made).
    /// - Complexity: reading and analysing their files once (on every core).
    public func books(of organisations: [OrganisationFiles]) throws(BooksError) -> Books {
        let named = try Books.load(organisations.flatMap(\.namedFiles)) { $0 }
        let others = try Books.load(organisations.flatMap(\.otherFiles)) { $0 }
        return Books.assembled(named: named, others: others, rules: request.rules, options: request.options)
    }

    /// Goes through organisations one at a time: reads, analyses and checks each
    /// (``books(of:)``, its files on every core), transforms its books into what the
    /// caller shows, and hands that over, in the order given. One organisation's books
    /// are held at a time, so the memory held is that of the largest organisation
    /// (whatever the number of organisations), and the same from run to run.
    /// - Parameters:
    ///   - organisations: the organisations, in the order to emit them.
    ///   - transform: what to make of one organisation's books (may use every core).
    ///   - emit: takes each result, in the order of `organisations`.
    /// - Throws: ``BooksError/unreadable(_:)`` when a file no longer reads; what was
    ///   emitted before stays emitted.
    /// - Complexity: reading, analysing and checking every file once more.
    public func eachOrganisation<Result>(
        _ organisations: [OrganisationFiles], transform: (Books) -> Result, emit: (Result) -> Void
    ) throws(BooksError) {
        for organisation in organisations {
            emit(transform(try books(of: [organisation])))
        }
    }
}

extension Books {
    /// The index of the books a request names: every file read and checked by its
    /// reader, and of each only where it belongs kept (see ``BooksIndex``).
    /// - Parameters:
    ///   - request: the paths, the scope and the check options.
    ///   - computingContributions: whether to note of each file whether its
    ///     contributions compute (``BooksIndex/Entry/contributionError``), for a command
    ///     that shows nothing when one does not.
    /// - Throws: ``BooksError``, as ``read(_:)``: every named file that cannot be read,
    ///   at once, before anything is shown.
    /// - Complexity: reading every file once (on every core); memory of one file per core.
    public static func index(_ request: BooksRequest, computingContributions: Bool = false) throws(BooksError) -> BooksIndex {
        let (named, others, skipped) = try gathered(request) { BooksIndex.Entry($0, computingContributions: computingContributions) }
        return BooksIndex(request: request, named: named, others: others, skipped: skipped)
    }
}
