import ZVHFinance

/// The description of a subcommand: its names, help texts, arguments and options,
/// and what it does. Help and parsing are both generated from it.
struct CommandSpec: Sendable {
    /// The subcommand's name (`begroting`).
    var name: String
    /// Other names it answers to (`controleer` for `check`).
    var aliases: [String] = []
    /// One line saying what it does.
    var abstract: String
    /// A longer explanation for `--help`.
    var discussion: String?
    /// The positional arguments.
    var arguments: [ArgumentSpec]
    /// The options that take a value.
    var options: [OptionSpec]
    /// The options without a value.
    var flags: [FlagSpec]
    /// The flag with which `--uitvoer` names a folder to write several files into
    /// (checked by the command itself) rather than one file.
    var folderOutputFlag: String? = nil
    /// Runs the command after parsing.
    var run: @Sendable (Invocation, CommandSpec, inout CommandContext) -> Int32
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isOptional = false
    var isRepeating = false
}

/// An option with a value (`--formaat json`, `--formaat=json`).
struct OptionSpec: Sendable {
    var long: String
    var valueName: String
    var help: String
    /// The values allowed, if the option is a choice.
    var allowed: [String] = []
    var defaultValue: String?
    var isRepeating = false
    /// Whether the command needs the option: its usage shows it without brackets and
    /// its help says "verplicht"; the command checks it and says what is missing.
    var isRequired = false
}

/// An option without a value (`--strikt`).
struct FlagSpec: Sendable {
    var long: String
    var help: String
}

/// The parsed command line of one subcommand.
struct Invocation: Sendable {
    var arguments: [String] = []
    var options: [String: [String]] = [:]
    var flags: Set<String> = []

    /// The last value given for an option, or its default.
    func option(_ long: String, in spec: CommandSpec) -> String? {
        options[long]?.last ?? spec.options.first { $0.long == long }?.defaultValue
    }
}

/// What a command writes, collected until it ends (or, for a report streamed part by
/// part, passed on at each ``flushOutput()``), and what it knows of its surroundings.
struct CommandContext {
    /// What goes to standard output, not yet passed on.
    var output = ""
    /// Takes standard output as it is flushed, while the command runs (set by
    /// ``ZVH/run(arguments:stdout:stderr:environment:)``); nil: kept until the end.
    var standardOutput: ((String) -> Void)?
    /// What goes to standard error.
    var errors = ""
    /// The surroundings.
    var environment: Environment
    /// The files and folders the command read its inputs from, which `--uitvoer`
    /// must never replace (see ``OutputFile``).
    var inputPaths: [String] = []
    /// The exit status of the worst input that could not be loaded (65 or 66): when
    /// set, the command delivers no result at all (all or nothing).
    var inputFailure: Int32?

    /// Writes to standard output (a report is escaped before, in
    /// ``ReportCommandOptions/deliver(_:invocation:inputs:context:)``).
    mutating func out(_ text: String) { output += text }
    /// Passes what was written to standard output on now, so that a report written one
    /// part at a time is never held whole.
    mutating func flushOutput() {
        guard let standardOutput, !output.isEmpty else { return }
        standardOutput(output)
        output = ""
    }
    /// Writes to standard error; control characters other than line breaks are
    /// escaped, so text from a file cannot drive the terminal. A diagnostic escapes
    /// its message whole before (see ``Diagnostics``), so it stays one line.
    mutating func err(_ text: String) { errors += ControlCharacters.escapedKeepingLineBreaks(text) }
}
