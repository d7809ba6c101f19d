import ZVHFinance

/// The options every report command shares.
enum ReportCommandOptions {
    static let format = OptionSpec(long: "formaat", valueName: "formaat", help: "Uitvoerformaat.", allowed: ReportFormat.names, defaultValue: "tekst")
    static let output = OptionSpec(long: "uitvoer", valueName: "bestand", help: "Schrijf naar dit bestand (atomair; nooit over een invoerbestand) in plaats van naar stdout.")
    static let cents = FlagSpec(long: "centen", help: "Toon bedragen in euro's en centen in plaats van afgerond op hele euro's.")
    static let explain = FlagSpec(long: "uitleg", help: "Leg per gemeente uit hoe haar bijdrage tot stand komt.")

    static func format(_ invocation: Invocation, _ spec: CommandSpec) -> ReportFormat {
        ReportFormat(rawValue: invocation.option("formaat", in: spec) ?? "tekst") ?? .tekst
    }

    /// Renders a report's content in the chosen format with the chosen options.
    static func render(_ content: some ReportContent, _ invocation: Invocation, _ spec: CommandSpec) -> String {
        format(invocation, spec).rendered(content, options: reportOptions(invocation))
    }

    static func reportOptions(_ invocation: Invocation) -> ReportOptions {
        ReportOptions(unit: invocation.flags.contains("centen") ? .cent : .euro, explains: invocation.flags.contains("uitleg"))
    }

    /// Delivers rendered output: to the `--uitvoer` file, or to standard output.
    /// - Returns: the exit status (73 when the file cannot be written).
    static func deliver(_ text: String, invocation: Invocation, inputs: [String], context: inout CommandContext) -> Int32 {
        guard let path = invocation.options["uitvoer"]?.last else {
            context.out(text)
            return ExitCode.success
        }
        do {
            try OutputFile.write(text, to: path, protecting: inputs)
            return ExitCode.success
        } catch {
            context.err("\(path): fout: \(error.message)\n")
            return error.isUsage ? ExitCode.usage : ExitCode.cannotCreate
        }
    }
}
