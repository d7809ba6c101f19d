import ZVHFinance

/// Writes errors about input files as `bestand:regel:kolom: fout: melding` and picks
/// the exit status.
enum Diagnostics {
    /// Reports a file error on standard error.
    /// - Returns: 66 when the file could not be read, 65 when its content is wrong.
    /// The message is escaped whole (see ``ControlCharacters``), so a name or label
    /// with a newline cannot forge a second diagnostic line. The status is kept in
    /// `context.inputFailure`: a command with an input that failed shows no result.
    static func report(_ error: BudgetFileError, context: inout CommandContext) -> Int32 {
        line(error.errorDescription ?? "\(error.file): fout", context: &context)
        let status = error.isUnreadable ? ExitCode.noInput : ExitCode.dataError
        context.inputFailure = max(context.inputFailure ?? status, status)
        return status
    }

    /// Writes one diagnostic line on standard error, every control character in it
    /// escaped.
    static func line(_ text: String, context: inout CommandContext) {
        context.err(ControlCharacters.escaped(text) + "\n")
    }
}
