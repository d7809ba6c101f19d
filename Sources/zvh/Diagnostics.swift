import ZVHFinance

/// Writes errors about input files as `bestand:regel:kolom: fout: melding` and picks
/// the exit status.
enum Diagnostics {
    /// Reports a file error on standard error.
    /// - Returns: 66 when the file could not be read, 65 when its content is wrong.
    static func report(_ error: BudgetFileError, context: inout CommandContext) -> Int32 {
        context.err((error.errorDescription ?? "\(error.file): fout") + "\n")
        return error.isUnreadable ? ExitCode.noInput : ExitCode.dataError
    }

    /// A severity coloured for a terminal (ANSI): the only place colour is decided.
    static func colored(_ severity: Finding.Severity) -> String {
        let code: String
        switch severity {
        case .error: code = "1;31"
        case .warning: code = "33"
        case .info: code = "36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
