/// The settlement ledger of one organisation: per result year the result (from the
/// year's jaarrekening, voorlopig or definitief), every begroting that settles it, and
/// what remains to be settled. A result year is settled once in total: what the
/// begrotingen settle together equals the result negated (a voordeel is returned).
///
/// Built from the organisation's books (every file read), never from one file alone,
/// so `zvh volgend-jaar`, `zvh verrekening`, `zvh afrekening` and the check rules see
/// the same history.
///
/// ```swift
/// let ledger = SettlementLedger(books.analysed)            // one organisation's files
/// ledger.year(2021)?.settled                               // −111.045 (begroting 2022)
/// ledger.year(2021)?.remaining                             // +27.461: the nacalculatie
/// ```
public struct SettlementLedger: Sendable {
    /// Whether a result is final.
    public enum ResultStatus: String, Hashable, Sendable {
        /// Taken from a `verwacht` or prognose column: the year was not closed yet.
        case voorlopig
        /// Taken from a `werkelijk` column of a jaarrekening: the year is closed.
        case definitief

        /// The status of a result read from a realisation column: definitief for a
        /// `werkelijk` column that is not up to a date, voorlopig otherwise.
        public init(column: Column) {
            self = column.kind == .actual && column.through == nil && column.prognosis == nil ? .definitief : .voorlopig
        }
    }

    /// The result of a year as its jaarrekening gives it.
    public struct YearResult: Hashable, Sendable {
        /// The result, `+` = voordeel.
        public var amount: Money
        /// Voorlopig or definitief.
        public var status: ResultStatus
        /// The jaarrekening's file.
        public var file: String
        /// The jaarrekening's title (`Jaarrekening 2021`).
        public var title: String
        /// The heading of the column the result is read from.
        public var column: String
        /// What the adopted resultaatbestemming gives to reserves (`+` = toevoeging);
        /// zero when the jaarrekening records none.
        public var toReserves: Money = .zero
        /// The adopted resultaatbestemming in words, if the jaarrekening records one.
        public var adoption: String? = nil
    }

    /// One begroting that settles (part of) a result year.
    public struct Settling: Hashable, Sendable {
        /// The begroting's file.
        public var file: String
        /// The begroting's title (`Begroting 2022`).
        public var title: String
        /// The begroting's period.
        public var period: Period
        /// The settlement as the begroting holds it.
        public var settlement: Settlement
        /// The total effect on the members' contributions (negative: returned).
        public var amount: Money { settlement.total }
        /// What the settlement gives to reserves (`+` = toevoeging).
        public var toReserves: Money { settlement.toReserves }
        /// The key names its components use, in order, without repeats.
        public var keyNames: [String] {
            var names: [String] = []
            for component in settlement.components where !names.contains(component.keyName) { names.append(component.keyName) }
            return names
        }
    }

    /// One result year: its result and what settles it.
    public struct ResultYear: Hashable, Sendable {
        /// The year.
        public var year: Int
        /// The result, when the books hold a jaarrekening of the year.
        public var result: YearResult?
        /// The begrotingen that settle the year, in period order (then by file).
        public var settlings: [Settling]

        /// What the begrotingen settle together (effect on contributions; negative: returned).
        public var settled: Money { settlings.map(\.amount).sum() }
        /// What the begrotingen give to reserves together (`+` = toevoeging).
        public var reserved: Money { settlings.map(\.toReserves).sum() }
        /// What settling the result means for the members: the result, less what the
        /// adopted resultaatbestemming gives to reserves, negated.
        public var due: Money? { result.map { -($0.amount - $0.toReserves) } }
        /// What is still to be settled with the members: due minus settled (nil without a result).
        public var remaining: Money? { due.map { $0 - settled } }
        /// What the adopted resultaatbestemming still gives to reserves: its total minus
        /// what begrotingen gave already (nil without a result).
        public var reserveRemaining: Money? { result.map { $0.toReserves - reserved } }
        /// Whether the year is settled exactly, with the members and the reserves (nil without a result).
        public var isSettled: Bool? { remaining.map { $0.isZero && reserveRemaining?.isZero != false } }

        /// What the settlings before the begroting in `file` settled.
        public func settled(before file: String) -> Money {
            guard let index = settlings.firstIndex(where: { $0.file == file }) else { return settled }
            return settlings[..<index].map(\.amount).sum()
        }

        /// What the settlings after the begroting in `file` settle.
        public func settled(after file: String) -> Money {
            guard let index = settlings.firstIndex(where: { $0.file == file }) else { return .zero }
            return settlings[(index + 1)...].map(\.amount).sum()
        }

        /// Whether a settlement of this year rests on a voorlopig result (or on none read).
        public var isProvisional: Bool { result?.status != .definitief }

        /// What a begroting's settlement of this year rests on, in words: `voorlopig`
        /// on a forecast, `definitief` on the closed year, or on no result read.
        public var basisDescription: String {
            guard let result else {
                return "De verrekening \(year) is voorlopig: de jaarrekening \(year) is niet bij de gelezen bestanden, dus het resultaat waarop zij rust is niet na te gaan."
            }
            switch result.status {
            case .voorlopig:
                return "De verrekening \(year) is voorlopig: zij rust op het voorlopige resultaat \(result.amount.resultNotation) (\(result.title), kolom \"\(result.column)\"); het verschil met het definitieve resultaat volgt als nacalculatie."
            case .definitief:
                return "De verrekening \(year) rust op het definitieve resultaat \(result.amount.resultNotation) (\(result.title))."
            }
        }
    }

    /// The organisation's identifier.
    public let organisation: String
    /// Every year with a result or a settlement, in year order.
    public let years: [ResultYear]

    /// The ledger of one organisation's books.
    /// - Parameter budgets: the organisation's files, analysed (files of other
    ///   organisations are ignored: the organisation is the first budget's).
    /// - Complexity: O(n log n) for n budgets.
    public init(_ budgets: [AnalysedBudget]) {
        let identifier = budgets.first?.budget.organisation.identifier ?? ""
        organisation = identifier
        let own = budgets.filter { $0.budget.organisation.identifier == identifier }
            .sorted { ($0.budget.period, $0.budget.file) < ($1.budget.period, $1.budget.file) }
        var byYear: [Int: ResultYear] = [:]
        for analysed in own {
            let budget = analysed.budget
            switch budget.kind {
            case .jaarrekening:
                guard let result = Self.result(of: analysed) else { continue }
                let year = budget.period.year
                var entry = byYear[year] ?? ResultYear(year: year, result: nil, settlings: [])
                // The most final result wins: definitief over voorlopig, then the later file.
                if entry.result == nil || entry.result?.status == .voorlopig || result.status == .definitief {
                    entry.result = result
                }
                byYear[year] = entry
            case .begroting:
                guard let settlement = budget.settlement, let year = settlement.settledYear, !settlement.components.isEmpty || !settlement.reserveParts.isEmpty else { continue }
                var entry = byYear[year] ?? ResultYear(year: year, result: nil, settlings: [])
                entry.settlings.append(Settling(file: budget.file, title: budget.title, period: budget.period, settlement: settlement))
                byYear[year] = entry
            }
        }
        let found = byYear
        years = found.keys.sorted().compactMap { found[$0] }
    }

    /// The ledger of every organisation in a set of budgets, by organisation identifier.
    /// - Complexity: O(n log n) for n budgets.
    public static func byOrganisation(_ budgets: [AnalysedBudget]) -> [String: SettlementLedger] {
        Dictionary(grouping: budgets, by: { $0.budget.organisation.identifier }).mapValues(SettlementLedger.init)
    }

    /// The entry of one result year, when the books hold its result or a settlement of it.
    public func year(_ year: Int) -> ResultYear? {
        years.first { $0.year == year }
    }

    /// The result of a jaarrekening: its most complete realisation column (the last
    /// `werkelijk`/`verwacht` column read) against nothing, as ``SettlementDerivation``
    /// takes it; definitief when that column is `werkelijk` (and not up to a date).
    static func result(of analysed: AnalysedBudget) -> YearResult? {
        let budget = analysed.budget
        guard let index = budget.columns.lastIndex(where: { !$0.isDerived && ($0.kind == .actual || $0.kind == .expected) }) else { return nil }
        let column = budget.columns[index]
        var result = YearResult(
            amount: analysed.figures.result[index], status: ResultStatus(column: column), file: budget.file, title: budget.title, column: column.heading)
        if let adoption = budget.adoptedAppropriation {
            result.toReserves = adoption.toReserves
            result.adoption = adoption.dutchDescription
        }
        return result
    }
}
