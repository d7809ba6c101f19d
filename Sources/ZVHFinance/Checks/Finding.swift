/// A discrepancy found in a budget file: not an error that stops the work, but a value
/// the command line reports and turns into an exit status.
public struct Finding: Hashable, Sendable {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
        /// Information: legal, but worth a look (a label variant, a hand rounding).
        case info
        /// A warning: probably a rounding difference or something to verify.
        case warning = "waarschuwing"
        /// An error: a table that does not add up, money created or lost.
        case error = "fout"

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The rule that found it (`som-wijkt-af`).
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// The file.
    public var file: String
    /// The place in the file (field path, line and column), when the finding has one.
    public var place: FieldLocation?
    /// The members whose figures the finding touches, in member order: a member's own
    /// line or printed amount, or a figure split over them (a settlement, a key, a
    /// budget gap). Empty when it touches no member's figures (a wrong printed total).
    public var municipalities: [String]
    /// Another file the finding compares with (the jaarrekening a settlement settles).
    public var relatedFile: String?
    /// What is wrong, in Dutch.
    public var message: String
    /// The amount expected (computed), where one applies.
    public var expected: Money?
    /// The amount found (printed), where one applies.
    public var found: Money?
    /// What was probably meant, or how to fix it.
    public var hint: String?

    /// Creates a finding; nil for a place where the finding stands at no place in the
    /// file (a value built in code, or the file as a whole).
    public init(
        rule: String, severity: Severity, file: String, place: FieldLocation?, municipalities: [String] = [], relatedFile: String? = nil,
        message: String, expected: Money? = nil, found: Money? = nil, hint: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.place = place
        self.municipalities = municipalities
        self.relatedFile = relatedFile
        self.message = message
        self.expected = expected
        self.found = found
        self.hint = hint
    }

    /// `found − expected`, where both apply.
    public var difference: Money? {
        guard let expected, let found else { return nil }
        return found - expected
    }

    /// Whether the finding touches a member's figures (exact name).
    public func touches(_ municipality: String) -> Bool {
        municipalities.contains(municipality)
    }

    /// Whether the finding stands at or inside the entry with this field path
    /// (`baten[4]` covers `baten[4].bedragen.begroot`, not `baten[40]`).
    public func isInside(path: String) -> Bool {
        guard let own = place?.path, own.hasPrefix(path) else { return false }
        guard let next = own.dropFirst(path.count).first else { return true }
        return next == "." || next == "["
    }
}
