import ZVHFinance

/// A report delivered part by part as its part writer writes it (``ReportPartWriter``,
/// the same writer that writes the whole report): to standard output as each part comes
/// (each part escaped for the terminal as ``ReportCommandOptions/deliver(_:inputs:context:)``
/// escapes a whole report), or, with `--uitvoer`, gathered and written to the file at
/// once at the end (atomically, as every report).
struct StreamedReport<Writer: ReportPartWriter> {
    /// The `--uitvoer` file, if any.
    let path: String?
    /// Whether colours stay (only `tekst` on a terminal).
    let keepsColours: Bool
    /// The report's writer.
    private var writer: Writer
    /// The text for the file, with `--uitvoer`.
    private var gathered = ""

    /// Starts the report: writes its head.
    init(_ writer: Writer, _ report: ReportCommandOptions, outline: Writer.Outline, context: inout CommandContext) {
        path = report.output
        keepsColours = context.environment.colorsOutput && report.format == .tekst
        self.writer = writer
        var head = ""
        self.writer.start(outline, to: &head)
        deliver(head, context: &context)
    }

    /// Writes one part of the report (or keeps it until the parts before it come).
    mutating func add(_ part: Writer.Part, context: inout CommandContext) {
        var text = ""
        writer.add(part, to: &text)
        deliver(text, context: &context)
    }

    /// Ends the report: writes its tail, and the `--uitvoer` file.
    /// - Returns: the exit status of the delivery (see ``ReportCommandOptions/deliver(_:inputs:context:)``).
    mutating func finish(_ report: ReportCommandOptions, inputs: [String], context: inout CommandContext) -> Int32 {
        var tail = ""
        writer.finish(to: &tail)
        deliver(tail, context: &context)
        guard path != nil else { return ExitCode.success }
        return report.deliver(.success(.text(gathered)), inputs: inputs, context: &context)
    }

    private mutating func deliver(_ text: String, context: inout CommandContext) {
        guard path == nil else {
            gathered += text
            return
        }
        guard !text.isEmpty else { return }
        context.out(ReportCommandOptions.terminalText(text, keepingColours: keepsColours))
        context.flushOutput()
    }
}
