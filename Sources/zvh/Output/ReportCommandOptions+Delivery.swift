import Foundation
import ZVHFinance

/// How a report command renders and delivers what it made, with its shared options
/// (``ReportCommandOptions``).
extension ReportCommandOptions {
    /// Renders a report's content in the chosen format with the chosen options: text,
    /// or the bytes of a workbook (`xlsx`), or the reason a workbook cannot be written.
    /// - Parameter colorsSeverities: whether the text marks findings' severities in
    ///   colour (`zvh check` on a terminal).
    func render(_ content: some ReportContent, colorsSeverities: Bool = false) -> Result<ReportOutput, SpreadsheetError> {
        var options = rendering
        options.colorsSeverities = colorsSeverities
        return Result { () throws(SpreadsheetError) -> ReportOutput in try format.output(content, options: options) }
    }

    /// Refuses a binary format (`xlsx`, `pdf`) without `--uitvoer`: a workbook or a
    /// PDF file is never sent to a terminal or a pipe. Checked on the parsed command
    /// line before the options value is read, for every command that declares a
    /// `--formaat` (also `zvh nieuw`, whose formats are its own).
    /// - Returns: the exit status (64) when refused, nil otherwise.
    static func binaryRefusal(for commandLine: ParsedCommandLine, of command: CommandSpec, context: inout CommandContext) -> Int32? {
        guard let formatOption = command.options.first(where: { $0.long == Self.format.spec.long }),
              let name = commandLine.texts(of: formatOption).last, let chosen = ReportFormat(rawValue: name), chosen.isBinary,
              commandLine.texts(of: Self.output.spec).isEmpty else { return nil }
        let kind: String
        switch chosen {
        case .pdf: kind = "een PDF-bestand"
        case .tekst, .markdown, .csv, .json, .html, .xlsx: kind = "een werkmap"
        }
        return ZVH.usageError("--formaat \(name) schrijft \(kind) (binair) en vraagt om --uitvoer BESTAND.\(name)", usage: HelpFormatter.usage(of: command), context: &context, command: command.name)
    }

    /// Delivers rendered output: to the `--uitvoer` file, or to standard output —
    /// nothing at all when an input failed to load (all or nothing: a result is never
    /// shown for part of the inputs).
    /// - Returns: the exit status (65 or 66 for a failed input, 64 for a refused
    ///   `--uitvoer`, 73 when the file cannot be written).
    func deliver(_ rendered: Result<ReportOutput, SpreadsheetError>, inputs: [String], context: inout CommandContext) -> Int32 {
        if let failure = context.inputFailure { return failure }
        let path = output
        let text: String
        switch rendered {
        case .failure(let error):
            Diagnostics.line("\(path ?? "-"): fout: de werkmap kan niet geschreven worden: \(error.localizedDescription)", context: &context)
            return ExitCode.cannotCreate
        case .success(.bytes(let bytes)):
            guard let path else { return ExitCode.usage }  // refused before the command ran: binaryRefusal
            do {
                try OutputFile.write(bytes: bytes, to: path, protecting: inputs + context.inputPaths)
                return ExitCode.success
            } catch {
                Diagnostics.line("\(path): fout: \(error.message)", context: &context)
                return error.isUsage ? ExitCode.usage : ExitCode.cannotCreate
            }
        case .success(.text(let rendered)):
            text = rendered
        }
        guard let path else {
            // Colour (only `tekst` on a terminal) is the one escape sequence a renderer writes.
            let keepsColours = context.environment.colorsOutput && format == .tekst
            context.out(Self.terminalText(text, keepingColours: keepsColours))
            return ExitCode.success
        }
        // A file gets the format's own text: each format escapes for itself (JSON as
        // `\u202E`, the others as the text report shows it), so a file zvh writes for
        // itself holds exactly what was checked against its reader.
        do {
            try OutputFile.write(text, to: path, protecting: inputs + context.inputPaths)
            return ExitCode.success
        } catch {
            Diagnostics.line("\(path): fout: \(error.message)", context: &context)
            return error.isUsage ? ExitCode.usage : ExitCode.cannotCreate
        }
    }

    /// Rendered text on its way to standard output (a terminal, or a pipe that may end
    /// in one): every control character escaped (line breaks kept; colours only when
    /// asked). Every format already escapes its text for itself, so this changes
    /// nothing in a report zvh rendered; it is the last guard of the terminal.
    static func terminalText(_ text: String, keepingColours: Bool = false) -> String {
        ControlCharacters.escapedKeepingLineBreaks(text, keepingColours: keepingColours)
    }
}
