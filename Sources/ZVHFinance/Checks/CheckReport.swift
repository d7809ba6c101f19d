/// Renders findings for people (grouped by file, like compiler diagnostics) and for
/// programs (JSON).
public enum CheckReport {
    /// The findings as text, grouped by file.
    ///
    /// - Parameters:
    ///   - findings: the findings, in report order.
    ///   - files: the files that were checked (to say which were clean).
    ///   - colors: whether to colour the severities (terminals only).
    public static func text(_ findings: [Finding], files: [String], colors: Bool = false) -> String {
        var output = "Controle van \(files.count) bestand(en)\n"
        for file in files {
            let own = findings.filter { $0.file == file }
            output += "\n\(file)\n"
            if own.isEmpty {
                output += "  geen bevindingen\n"
                continue
            }
            for finding in own {
                let location = finding.place.location
                let place = location.line > 0 ? "\(file):\(location.line):\(location.column)" : file
                output += "\(place): \(colored(finding.severity, colors)): [\(finding.rule)] \(finding.message)\n"
                if !finding.place.path.isEmpty { output += "    plaats: \(finding.place.path)\n" }
                if let expected = finding.expected, let found = finding.found, let difference = finding.difference {
                    output += "    verwacht: \(expected.dutch())  gevonden: \(found.dutch())  verschil: \(difference.dutch())\n"
                } else if let found = finding.found {
                    output += "    gevonden: \(found.dutch())\n"
                }
                if let hint = finding.hint { output += "    hint: \(hint)\n" }
            }
        }
        output += "\n" + summary(findings, fileCount: files.count) + "\n"
        return output
    }

    /// "2 fouten, 3 waarschuwingen, 1 info in 4 bestand(en)".
    public static func summary(_ findings: [Finding], fileCount: Int) -> String {
        guard !findings.isEmpty else { return "Geen bevindingen in \(fileCount) bestand(en)." }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let infos = findings.filter { $0.severity == .info }.count
        return "Samenvatting: \(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen"), \(infos) info in \(fileCount) bestand(en)."
    }

    /// "2 fouten en 3 waarschuwingen": the non-zero counts of errors and warnings.
    public static func seriousCounts(_ findings: [Finding]) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) \(errors == 1 ? "fout" : "fouten")") }
        if warnings > 0 { parts.append("\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")") }
        return parts.isEmpty ? "geen fouten of waarschuwingen" : parts.joined(separator: " en ")
    }

    static func colored(_ severity: Finding.Severity, _ colors: Bool) -> String {
        guard colors else { return severity.rawValue }
        let code: String
        switch severity {
        case .error: code = "1;31"
        case .warning: code = "33"
        case .info: code = "36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    /// The findings as a report (for Markdown, CSV and HTML): one table of findings.
    public static func report(_ findings: [Finding], files: [String]) -> Report {
        var table = ReportTable(
            caption: "Bevindingen",
            columns: [
                .init("bestand", alignsRight: false), .init("regelnummer"), .init("ernst", alignsRight: false),
                .init("regel", alignsRight: false), .init("plaats", alignsRight: false), .init("melding", alignsRight: false),
                .init("verwacht"), .init("gevonden"), .init("verschil"), .init("hint", alignsRight: false),
            ])
        for finding in findings {
            let line = finding.place.location.line
            table.rows.append(
                ReportTable.Row([
                    .text(finding.file), line > 0 ? .text(String(line)) : .empty, .text(finding.severity.rawValue), .text(finding.rule),
                    .text(finding.place.path), .text(finding.message), finding.expected.map(ReportTable.Cell.amount) ?? .empty,
                    finding.found.map(ReportTable.Cell.amount) ?? .empty, finding.difference.map(ReportTable.Cell.amount) ?? .empty,
                    finding.hint.map(ReportTable.Cell.text) ?? .empty,
                ]))
        }
        return Report(
            title: "Controle van \(files.count) bestand(en)", context: [summary(findings, fileCount: files.count)] + files.map { "Bestand: \($0)" },
            sections: [ReportSection(table: table)], primarySection: 0)
    }

    /// The findings as JSON: `{"bevindingen": [{regel, ernst, bestand, plaats,
    /// regelnummer, kolom, melding, verwacht, gevonden, verschil, hint}…], "samenvatting": {…}}`.
    public static func document(_ findings: [Finding], files: [String]) -> JSONOutput {
        func amount(_ money: Money?) -> JSONOutput { money.map(JSONOutput.amount) ?? .null }
        return .object([
            "bevindingen": .array(findings.map { finding in
                .object([
                    "regel": .string(finding.rule),
                    "ernst": .string(finding.severity.rawValue),
                    "bestand": .string(finding.file),
                    "plaats": .string(finding.place.path),
                    "regelnummer": finding.place.location.line > 0 ? .integer(finding.place.location.line) : .null,
                    "kolom": finding.place.location.line > 0 ? .integer(finding.place.location.column) : .null,
                    "melding": .string(finding.message),
                    "verwacht": amount(finding.expected),
                    "gevonden": amount(finding.found),
                    "verschil": amount(finding.difference),
                    "hint": .optional(finding.hint),
                ])
            }),
            "bestanden": .array(files.map(JSONOutput.string)),
            "samenvatting": .object([
                "fout": .integer(findings.filter { $0.severity == .error }.count),
                "waarschuwing": .integer(findings.filter { $0.severity == .warning }.count),
                "info": .integer(findings.filter { $0.severity == .info }.count),
            ]),
        ])
    }
}
