import Foundation
import ZVHFinance

/// The options every report command shares.
enum ReportCommandOptions {
    static let format = OptionSpec(long: "formaat", valueName: "formaat", help: "Uitvoerformaat.", allowed: ReportFormat.names, defaultValue: "tekst")
    static let output = OptionSpec(long: "uitvoer", valueName: "bestand", help: "Schrijf naar dit bestand (atomair; nooit over een invoerbestand) in plaats van naar de standaarduitvoer.")
    static let cents = FlagSpec(long: "centen", help: "Toon bedragen in euro's en centen in plaats van afgerond op hele euro's.")
    static let explain = FlagSpec(long: "uitleg", help: "Leg per gemeente uit hoe haar bijdrage tot stand komt.")

    static func format(_ invocation: Invocation, _ spec: CommandSpec) -> ReportFormat {
        ReportFormat(rawValue: invocation.option("formaat", in: spec) ?? "tekst") ?? .tekst
    }

    /// Renders a report's content in the chosen format with the chosen options: text,
    /// or the bytes of a workbook (`xlsx`), or the reason a workbook cannot be written.
    /// - Parameter colorsSeverities: whether the text marks findings' severities in
    ///   colour (`zvh check` on a terminal).
    static func render(_ content: some ReportContent, _ invocation: Invocation, _ spec: CommandSpec, colorsSeverities: Bool = false) -> Result<ReportOutput, SpreadsheetError> {
        var options = reportOptions(invocation)
        options.colorsSeverities = colorsSeverities
        return Result { () throws(SpreadsheetError) -> ReportOutput in try format(invocation, spec).output(content, options: options) }
    }

    /// Refuses a binary format (`xlsx`, `pdf`) without `--uitvoer`: a workbook or a
    /// PDF file is never sent to a terminal or a pipe.
    /// - Returns: the exit status (64) when refused, nil otherwise.
    static func binaryRefusal(for invocation: Invocation, of command: CommandSpec, context: inout CommandContext) -> Int32? {
        guard command.options.contains(where: { $0.long == "formaat" }),
              let name = invocation.options["formaat"]?.last, let format = ReportFormat(rawValue: name), format.isBinary,
              invocation.options["uitvoer"] == nil else { return nil }
        let kind: String
        switch format {
        case .pdf: kind = "een PDF-bestand"
        case .tekst, .markdown, .csv, .json, .html, .xlsx: kind = "een werkmap"
        }
        return ZVH.usageError("--formaat \(name) schrijft \(kind) (binair) en vraagt om --uitvoer BESTAND.\(name)", usage: HelpFormatter.usage(of: command), context: &context, command: command.name)
    }

    static func reportOptions(_ invocation: Invocation) -> ReportOptions {
        ReportOptions(unit: invocation.flags.contains("centen") ? .cent : .euro, explains: invocation.flags.contains("uitleg"))
    }

    /// Delivers rendered output: to the `--uitvoer` file, or to standard output —
    /// nothing at all when an input failed to load (all or nothing: a result is never
    /// shown for part of the inputs).
    /// - Returns: the exit status (65 or 66 for a failed input, 64 for a refused
    ///   `--uitvoer`, 73 when the file cannot be written).
    static func deliver(_ rendered: Result<ReportOutput, SpreadsheetError>, invocation: Invocation, inputs: [String], context: inout CommandContext) -> Int32 {
        if let failure = context.inputFailure { return failure }
        let path = invocation.options["uitvoer"]?.last
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
            let format = invocation.options["formaat"]?.last
            // Colour (only `tekst` on a terminal) is the one escape sequence a renderer writes.
            let keepsColours = context.environment.colorsOutput && (format ?? "tekst") == ReportFormat.tekst.rawValue
            context.out(terminalText(text, keepingColours: keepsColours))
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
