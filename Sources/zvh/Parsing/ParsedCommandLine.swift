import ZVHFinance

/// The command line of one subcommand as the parser matched it against the command's
/// declarations: the positional arguments, the texts given per option and the flags set.
/// The mechanism's own store: a command never sees it; its options value reads it
/// through the typed declarations (``value(_:)``, ``values(_:)``, ``isSet(_:)``) before
/// the command runs.
struct ParsedCommandLine: Sendable {
    /// The positional arguments, in order.
    var arguments: [String] = []
    /// The texts given per option, by long name, in order.
    private var texts: [String: [String]] = [:]
    /// The flags set, by long name.
    private var setFlags: Set<String> = []

    /// Adds a text given for an option.
    mutating func append(_ text: String, for option: OptionSpec) {
        texts[option.long, default: []].append(text)
    }

    /// Sets a flag.
    mutating func set(_ flag: Flag) {
        setFlags.insert(flag.long)
    }

    /// The texts given for an option, in order (none when it is not given).
    func texts(of option: OptionSpec) -> [String] {
        texts[option.long] ?? []
    }

    /// The texts given for an option, in order.
    func texts<Value>(of option: Option<Value>) -> [String] {
        texts(of: option.spec)
    }

    /// Whether an option is given on the command line (a default does not count).
    func isGiven<Value>(_ option: Option<Value>) -> Bool {
        texts[option.spec.long] != nil
    }

    /// Whether a flag is set.
    func isSet(_ flag: Flag) -> Bool {
        setFlags.contains(flag.long)
    }

    /// The value of an option: its last text, else its default text, parsed; nil when
    /// neither is there.
    /// - Throws: ``OptionFailure`` naming the option when the text is refused.
    func value<Value>(_ option: Option<Value>) throws(OptionFailure) -> Value? {
        guard let text = texts(of: option).last ?? option.spec.defaultValue else { return nil }
        return try option.parse(text)
    }

    /// The values of a repeated option, parsed in the order given.
    /// - Throws: ``OptionFailure`` for the first text refused.
    func values<Value>(_ option: Option<Value>) throws(OptionFailure) -> [Value] {
        var values: [Value] = []
        for text in texts(of: option) { values.append(try option.parse(text)) }
        return values
    }
}

/// A command's options as typed values, read and checked from the parsed command line
/// before the command runs — swift-argument-parser's `ParsableArguments` with its
/// `validate()`: a value or a combination that is refused is a usage error (exit 64)
/// and the command never starts. A group of options several commands share (the
/// report options, the settlement options) is a value of its own that a command's
/// options hold, as `@OptionGroup`.
protocol CommandOptions: Sendable {
    /// Reads and checks the options (and, where they depend on each other, the arguments).
    /// - Throws: ``OptionFailure`` naming the option.
    init(_ commandLine: ParsedCommandLine) throws(OptionFailure)
}

/// What a command runs with: its positional arguments and its typed options.
struct Invocation<Options: CommandOptions>: Sendable {
    /// The positional arguments, in order.
    var arguments: [String]
    /// The options, typed and checked.
    var options: Options
}
