/// The exit statuses of `zvh`, following sysexits(3) where they apply.
enum ExitCode {
    /// Everything went well.
    static let success: Int32 = 0
    /// `zvh check` found at least one `fout` (or, with `--strikt`, a `waarschuwing`).
    static let findings: Int32 = 1
    /// The command line was wrong (EX_USAGE).
    static let usage: Int32 = 64
    /// An input file was read but its content is wrong (EX_DATAERR).
    static let dataError: Int32 = 65
    /// An input file could not be read (EX_NOINPUT).
    static let noInput: Int32 = 66
    /// The output file could not be written (EX_CANTCREAT).
    static let cannotCreate: Int32 = 73
    /// Standard output or standard error could not be written (EX_IOERR).
    static let ioError: Int32 = 74
}
