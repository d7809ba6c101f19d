import ZVHFinance

/// A report's text delivered as it is made: to standard output part by part (each part
/// escaped for the terminal as ``ReportCommandOptions/deliver(_:invocation:inputs:context:)``
/// escapes a whole report), or, with `--uitvoer`, gathered and written to the file at
/// once at the end (atomically, as every report).
struct StreamedReport {
    /// The `--uitvoer` file, if any.
    let path: String?
    /// Whether colours stay (only `tekst` on a terminal).
    let keepsColours: Bool
    /// The text for the file, with `--uitvoer`.
    private var gathered = ""

    init(_ invocation: Invocation, format: ReportFormat, context: CommandContext) {
        path = invocation.options["uitvoer"]?.last
        keepsColours = context.environment.colorsOutput && format == .tekst
    }

    /// Delivers one part of the report.
    mutating func write(_ text: String, context: inout CommandContext) {
        guard path == nil else {
            gathered += text
            return
        }
        context.out(ReportCommandOptions.terminalText(text, keepingColours: keepsColours))
        context.flushOutput()
    }

    /// Ends the report: writes the `--uitvoer` file.
    /// - Returns: the exit status of the delivery (see ``ReportCommandOptions/deliver(_:invocation:inputs:context:)``).
    func finish(_ invocation: Invocation, inputs: [String], context: inout CommandContext) -> Int32 {
        guard path != nil else { return ExitCode.success }
        return ReportCommandOptions.deliver(.success(.text(gathered)), invocation: invocation, inputs: inputs, context: &context)
    }
}
