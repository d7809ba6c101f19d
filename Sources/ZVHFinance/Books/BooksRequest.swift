/// What a command asks of the books: the paths it names, whether the named files bring
/// their organisation's other files along, and how to check.
public struct BooksRequest: Sendable {
    /// Which files are read.
    public enum Scope: String, Hashable, Sendable {
        /// The named files and the other files of their organisations in their folders.
        case organisation
        /// Only the named files (`--alleen-bestand`).
        case namedFiles
    }

    /// Which files read are checked.
    public enum Checked: Hashable, Sendable {
        /// Every file read: the books hold the findings of the organisation's other
        /// files too (a member's history, a letter's comparison with earlier periods).
        case everyFileRead
        /// Only the named files, each with every other file of its organisation as its
        /// context: the named files' findings are the same, the others have none (a
        /// command that shows one budget).
        case namedFiles
    }

    /// Files or folders, as the user gave them.
    public var paths: [String]
    /// Which files are read.
    public var scope: Scope
    /// The check rules to run.
    public var rules: [any CheckRule]
    /// Tolerance and thresholds of the checks.
    public var options: CheckOptions
    /// Which files read are checked.
    public var checked: Checked
    /// Whether every path names a file (a command about one budget): a folder or a
    /// missing path is then refused as the file it should be, not listed.
    public var namesFiles: Bool

    /// Creates a request; by default the named files' organisations, every rule, every
    /// file read checked.
    public init(
        paths: [String], scope: Scope = .organisation, rules: [any CheckRule] = Checker.allRules, options: CheckOptions = CheckOptions(), namesFiles: Bool = false,
        checked: Checked = .everyFileRead
    ) {
        self.paths = paths
        self.namesFiles = namesFiles
        self.scope = scope
        self.rules = rules
        self.options = options
        self.checked = checked
    }
}
