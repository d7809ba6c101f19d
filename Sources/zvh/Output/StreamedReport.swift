import ZVHFinance

/// A report delivered part by part as its part writer writes it (``ReportPartWriter``,
/// the same writer that writes the whole report): to standard output as each part comes
/// (each part escaped for the terminal as ``ReportCommandOptions/deliver(_:inputs:context:)``
/// escapes a whole report), or, with `--uitvoer`, gathered and written to the file at
/// once at the end (atomically, as every report).
///
/// The parts are written as UTF-8 bytes (``ReportBytes``) and passed on as they are: a
/// JSON part needs no escaping (``ReportFormat/escapesItsText``), a text part is
/// checked on its bytes and made a `String` only when it holds something to escape.
struct StreamedReport<Writer: ReportPartWriter> {
    /// The `--uitvoer` file, if any.
    let path: String?
    /// Whether colours stay (only `tekst` on a terminal).
    let keepsColours: Bool
    /// Whether the format's text goes out unchecked (JSON: its writer escaped it).
    let escapesItsText: Bool
    /// The report's writer.
    private var writer: Writer
    /// The text for the file, with `--uitvoer`.
    private var gathered = ReportBytes()

    /// Starts the report: writes its head.
    init(_ writer: Writer, _ report: ReportCommandOptions, outline: Writer.Outline, context: inout CommandContext) {
        path = report.output
        keepsColours = context.environment.colorsOutput && report.format == .tekst
        escapesItsText = report.format.escapesItsText
        self.writer = writer
        var head = ReportBytes()
        self.writer.start(outline, to: &head)
        deliver(head, context: &context)
    }

    /// Writes one part of the report (or keeps it until the parts before it come).
    mutating func add(_ part: Writer.Part, context: inout CommandContext) {
        var piece = ReportBytes()
        writer.add(part, to: &piece)
        deliver(piece, context: &context)
    }

    /// Ends the report: writes its tail, and the `--uitvoer` file.
    /// - Returns: the exit status of the delivery (see ``ReportCommandOptions/deliver(_:inputs:context:)``).
    mutating func finish(_ report: ReportCommandOptions, inputs: [String], context: inout CommandContext) -> Int32 {
        var tail = ReportBytes()
        writer.finish(to: &tail)
        deliver(tail, context: &context)
        guard path != nil else { return ExitCode.success }
        return report.deliver(.success(.text(String(decoding: gathered.utf8, as: UTF8.self))), inputs: inputs, context: &context)
    }

    private mutating func deliver(_ piece: ReportBytes, context: inout CommandContext) {
        guard path == nil else {
            gathered.write(utf8: piece.utf8)
            return
        }
        guard !piece.utf8.isEmpty else { return }
        if escapesItsText || (!keepsColours && ControlCharacters.isPlainlyCleanKeepingLineBreaks(utf8: piece.utf8)) {
            context.out(utf8: piece.utf8)
        } else {
            context.out(ReportCommandOptions.terminalText(String(decoding: piece.utf8, as: UTF8.self), keepingColours: keepsColours))
        }
        context.flushOutput()
    }
}

/// Text gathered as UTF-8 bytes: a part of a report on its way out, kept as the writer
/// wrote it (strings as their bytes, bytes as they are).
struct ReportBytes: UTF8OutputStream {
    /// The text, as UTF-8.
    private(set) var utf8: [UInt8] = []

    mutating func write(_ string: String) {
        utf8.append(contentsOf: string.utf8)
    }

    mutating func write(utf8 bytes: [UInt8]) {
        if utf8.isEmpty {
            utf8 = bytes
        } else {
            utf8.append(contentsOf: bytes)
        }
    }
}
