import Foundation

/// What the command line needs from its surroundings, passed in so tests can set it.
struct Environment: Sendable {
    /// Whether standard output is a terminal (colour and wide tables only then).
    var outputIsTerminal: Bool
    /// Whether standard error is a terminal.
    var errorIsTerminal: Bool
    /// Whether `NO_COLOR` is set (https://no-color.org).
    var noColor: Bool
    /// Whether the run ends the process (the `zvh` executable, not a test calling
    /// ``ZVH/run(arguments:stdout:stderr:environment:)``): what a command read is then
    /// left to the system to take back at exit (``ProcessLifetime``).
    var endsWithProcess = false

    /// The environment of this process. `NO_COLOR` is read with `getenv`: Foundation's
    /// `ProcessInfo.environment` copies every variable into a dictionary first, a third
    /// of the instructions of `zvh help` in the static build.
    static func current() -> Environment {
        Environment(
            outputIsTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1,
            noColor: getenv("NO_COLOR").map { $0.pointee != 0 } ?? false, endsWithProcess: true)
    }

    /// A plain environment: no terminal, no colour.
    static let plain = Environment(outputIsTerminal: false, errorIsTerminal: false, noColor: true)

    /// Whether standard output may be coloured.
    var colorsOutput: Bool { outputIsTerminal && !noColor }
}
