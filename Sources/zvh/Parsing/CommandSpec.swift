import ZVHFinance

/// The description of a subcommand: its names, help texts, arguments and options, and
/// what it does. Help, parsing and the typed options the command runs with are all
/// generated from it.
struct CommandSpec: Sendable {
    /// The subcommand's name (`begroting`).
    var name: String
    /// Other names it answers to (`controleer` for `check`).
    var aliases: [String] = []
    /// One line saying what it does.
    var abstract: String
    /// A longer explanation for `--help`, made only when help shows it (the text of
    /// `check` lists every check rule: a third of `zvh help`'s work when it was made
    /// with the command table, for every command).
    var discussion: String? { makeDiscussion() }
    private let makeDiscussion: @Sendable () -> String?
    /// The positional arguments.
    var arguments: [ArgumentSpec]
    /// The options and flags, in the order help lists them (options with a value first).
    var declarations: [Declaration]
    /// The flag with which `--uitvoer` names a folder to write several files into
    /// (checked by the command itself) rather than one file.
    var folderOutputFlag: Flag?
    /// Reads the typed options and runs the command; a refused option is a usage error.
    var run: @Sendable (ParsedCommandLine, CommandSpec, inout CommandContext) -> Int32

    /// Declares a command whose `run` receives its options as `Options`, read and
    /// checked before it starts.
    /// - Parameters:
    ///   - options: every option and flag the command accepts (its own and the groups'
    ///     it shares), in the order help lists them.
    ///   - run: the command, with its typed invocation.
    init<Options: CommandOptions>(
        name: String, aliases: [String] = [], abstract: String, discussion: @autoclosure @escaping @Sendable () -> String? = nil, arguments: [ArgumentSpec],
        options: [any OptionDeclaration], folderOutputFlag: Flag? = nil,
        run: @escaping @Sendable (Invocation<Options>, CommandSpec, inout CommandContext) -> Int32
    ) {
        self.name = name
        self.aliases = aliases
        self.abstract = abstract
        makeDiscussion = discussion
        self.arguments = arguments
        self.declarations = options.map(\.declaration)
        self.folderOutputFlag = folderOutputFlag
        self.run = { commandLine, spec, context in
            let options: Options
            do throws(OptionFailure) {
                options = try Options(commandLine)
            } catch {
                return ZVH.usageError(error.message, usage: HelpFormatter.usage(of: spec), context: &context, command: spec.name)
            }
            return run(Invocation(arguments: commandLine.arguments, options: options), spec, &context)
        }
    }

    /// The options that take a value, in order.
    var options: [OptionSpec] {
        declarations.compactMap { if case .option(let option) = $0 { option } else { nil } }
    }

    /// The options without a value, in order.
    var flags: [Flag] {
        declarations.compactMap { if case .flag(let flag) = $0 { flag } else { nil } }
    }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isOptional = false
    var isRepeating = false
}

/// An option with a value (`--formaat json`, `--formaat=json`) as the parser and the
/// help see it; declared by an ``Option``.
struct OptionSpec: Sendable {
    var long: String
    var valueName: String
    var help: String
    /// The values allowed, if the option is a choice.
    var allowed: [String] = []
    var defaultValue: String?
    var isRepeating = false
    /// Whether the command needs the option: its usage shows it without brackets and
    /// its help says "verplicht"; the options value checks it and says what is missing.
    var isRequired = false
    /// Whether the value names an input that `--uitvoer` must never replace, besides
    /// the options whose value is a `bestand` or a `csv`.
    var namesInput = false

    /// Whether the value names a file `--uitvoer` must never replace: every option
    /// whose value is a `bestand` or a `csv` (`--jaarrekening`, `--voorschotten`,
    /// `--inwoners`, `--sleutels-uit`, …) but `--uitvoer` itself, and those declared so.
    var namesInputFile: Bool {
        namesInput || (long != "uitvoer" && ["bestand", "csv"].contains(valueName))
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
    /// Takes standard output given as UTF-8 bytes (``out(utf8:)``), set with
    /// ``standardOutput``.
    var standardOutputUTF8: (([UInt8]) -> Void)?
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
    /// ``ReportCommandOptions/deliver(_:inputs:context:)``).
    mutating func out(_ text: String) { output += text }
    /// Writes text given as UTF-8 to standard output, passed on as it is, after what
    /// is pending, when standard output is taken while the command runs (a report
    /// written one part at a time, already escaped or checked for the terminal: see
    /// ``StreamedReport``); otherwise kept as the rest.
    mutating func out(utf8 bytes: [UInt8]) {
        guard let standardOutputUTF8 else {
            output += String(decoding: bytes, as: UTF8.self)
            return
        }
        flushOutput()
        standardOutputUTF8(bytes)
    }
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
