import ZVHFinance

/// The `zvh` command line: finds the subcommand, parses its arguments and runs it.
enum ZVH {
    static let version = "0.1.0"

    /// Every subcommand, in the order help lists them.
    static let commands: [CommandSpec] = [
        OverviewCommand.spec,
        BudgetCommand.jaarrekeningSpec,
        BudgetCommand.begrotingSpec,
        MunicipalityCommand.spec,
        LetterCommand.spec,
        ScenarioCommand.spec,
        RiskCommand.spec,
        Iv3Command.spec,
        KadernotaCommand.spec,
        SettlementCommand.spec,
        AppropriationCommand.spec,
        AdvancesCommand.spec,
        AdvancesCommand.finalAccountSpec,
        BookingsCommand.spec,
        InterimCommand.spec,
        CodesCommand.spec,
        NextYearCommand.spec,
        CheckCommand.spec,
        ImportCommand.spec,
        NewCommand.spec,
    ]

    /// Runs `zvh` with the given arguments (without the program name).
    /// - Returns: the exit status.
    static func run(
        arguments: [String], stdout: inout some UTF8OutputStream, stderr: inout some TextOutputStream,
        environment: Environment = .plain
    ) -> Int32 {
        var context = CommandContext(environment: environment)
        // A streamed report passes its parts on while the command runs; the pointer is
        // used only inside this call.
        let status = withUnsafeMutablePointer(to: &stdout) { standardOutput in
            context.standardOutput = { standardOutput.pointee.write($0) }
            context.standardOutputUTF8 = { standardOutput.pointee.write(utf8: $0) }
            defer {
                context.standardOutput = nil
                context.standardOutputUTF8 = nil
            }
            return dispatch(arguments, context: &context)
        }
        stdout.write(context.output)
        stderr.write(context.errors)
        return status
    }

    static func dispatch(_ arguments: [String], context: inout CommandContext) -> Int32 {
        guard let first = arguments.first else {
            context.out(HelpFormatter.mainHelp(commands: commands))
            return ExitCode.success
        }
        switch first {
        case "-h", "--help":
            context.out(HelpFormatter.mainHelp(commands: commands))
            return ExitCode.success
        case "--version":
            context.out("zvh \(version)\n")
            return ExitCode.success
        case "help":
            guard arguments.count > 1 else {
                context.out(HelpFormatter.mainHelp(commands: commands))
                return ExitCode.success
            }
            if arguments[1] == "help" {
                context.out(HelpFormatter.helpOfHelp)
                return ExitCode.success
            }
            guard let command = command(named: arguments[1]) else {
                return usageError("onbekend subcommando '\(arguments[1])'\(suggestion(for: arguments[1]))", usage: "zvh help \(HelpFormatter.subcommand)", context: &context)
            }
            context.out(HelpFormatter.help(for: command))
            return ExitCode.success
        default:
            break
        }
        guard let command = command(named: first) else {
            let what = first.hasPrefix("-") ? "onbekende optie '\(first)'" : "onbekend subcommando '\(first)'"
            return usageError(what + suggestion(for: first), usage: "zvh \(HelpFormatter.subcommand)", context: &context)
        }
        switch ArgumentParser.parse(Array(arguments.dropFirst()), for: command) {
        case .help:
            context.out(HelpFormatter.help(for: command))
            return ExitCode.success
        case .failure(let message):
            return usageError(message, usage: HelpFormatter.usage(of: command), context: &context, command: command.name)
        case .parsed(let commandLine):
            if let refused = ReportCommandOptions.binaryRefusal(for: commandLine, of: command, context: &context) { return refused }
            if let refused = OutputFile.refusal(for: commandLine, of: command, context: &context) { return refused }
            return command.run(commandLine, command, &context)
        }
    }

    static func command(named name: String) -> CommandSpec? {
        commands.first { $0.name == name || $0.aliases.contains(name) }
    }

    static func suggestion(for word: String) -> String {
        let names = commands.flatMap { [$0.name] + $0.aliases } + ["help"]
        let bare = word.hasPrefix("--") ? String(word.dropFirst(2)) : word
        return Spelling.closest(to: bare, among: names).map { "; bedoelde u '\($0)'?" } ?? ""
    }

    static func usageError(_ message: String, usage: String, context: inout CommandContext, command: String? = nil) -> Int32 {
        context.err(HelpFormatter.usageError(ControlCharacters.escaped(message), usage: usage, command: command))
        return ExitCode.usage
    }
}
