/// The content of `zvh check`: the findings of the files checked. For people, grouped
/// by file like compiler diagnostics (``writeText(_:to:)``, the `tekst` format of
/// ``ReportFormat``); for programs, JSON; both write each finding with its one formatter
/// (``Finding/diagnosticLine(severityText:)``, ``Finding/json``).
public struct CheckReport: ReportContent {
    /// The findings, in report order.
    public var findings: [Finding]
    /// The files that were checked (to say which were clean).
    public var files: [String]
    /// The other files of their organisations read with them (compared with, not
    /// reported on: `zvh check` on their folder reports them).
    public var alsoRead: [String]

    /// Creates the content.
    public init(findings: [Finding], files: [String], alsoRead: [String] = []) {
        self.findings = findings
        self.files = files
        self.alsoRead = alsoRead
    }

    /// The line that names the files read beside the ones checked, if any.
    var alsoReadLine: String? {
        alsoRead.isEmpty ? nil : "Meegelezen (andere bestanden van dezelfde organisatie, om mee te vergelijken): " + alsoRead.joined(separator: ", ")
    }

    /// The text format: the findings grouped by file, each as a compiler diagnostic
    /// line (``Finding/diagnosticLine(severityText:)``) with its details under it; the
    /// severity in colour when the options ask for it (a terminal).
    ///
    /// Text from a file (file names, labels, member and key names in messages, hints
    /// and details) is escaped (``ControlCharacters/escaped(_:)``), so a label with a
    /// newline cannot forge a `bestand:regel:kolom: fout:` line; only the colours of a
    /// terminal are written as escape sequences.
    public func writeText(_ options: ReportOptions, to output: inout some TextOutputStream) {
        let colors = options.colorsSeverities
        let severityText: (Finding.Severity) -> String = { colors ? Finding.colored($0) : $0.rawValue }
        output.write("Controle van \(files.count) bestand(en)\n")
        if let alsoReadLine { output.write(ControlCharacters.escaped(alsoReadLine) + "\n") }
        var byFile: [String: [Finding]] = [:]
        for finding in findings { byFile[finding.file, default: []].append(finding) }
        for file in files {
            let own = byFile[file] ?? []
            output.write("\n\(ControlCharacters.escaped(file))\n")
            if own.isEmpty {
                output.write("  geen bevindingen\n")
                continue
            }
            for finding in own {
                output.write(finding.diagnosticLine(severityText: severityText) + "\n")
                for detail in finding.detailLines { output.write("    \(ControlCharacters.escaped(detail))\n") }
            }
        }
        output.write("\n" + Self.summary(findings, fileCount: files.count) + "\n")
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

    /// The findings as a report (Markdown, HTML): per file, one block per finding (a
    /// two-column table of its fields, so it prints whole on A4); CSV exports the one
    /// table of all findings.
    public func presentation(_ options: ReportOptions) -> Report {
        var report = Report(
            title: "Controle van \(files.count) bestand(en)",
            context: [Self.summary(findings, fileCount: files.count)] + files.map { "Bestand: \($0)" } + (alsoReadLine.map { [$0] } ?? []))
        report.asOf = "Stand van de gegevens: de bestanden " + files.joined(separator: ", ")
        var byFile: [String: [Finding]] = [:]
        for finding in findings { byFile[finding.file, default: []].append(finding) }
        var number = 0
        for file in files {
            let own = byFile[file] ?? []
            guard !own.isEmpty else {
                report.sections.append(ReportSection(heading: file, paragraphs: ["Geen bevindingen."]))
                continue
            }
            report.sections.append(ReportSection(heading: file, paragraphs: ["\(own.count) bevinding(en)."]))
            for finding in own {
                number += 1
                report.sections.append(ReportSection(table: block(finding, number: number)))
            }
        }
        report.exportTable = table()
        return report
    }

    /// One finding as a block: its fields as rows, empty fields left out.
    func block(_ finding: Finding, number: Int) -> ReportTable {
        let place = finding.place.map { "\(finding.file):\($0.location.line):\($0.location.column) (\($0.path))" } ?? finding.file
        var table = ReportTable(
            caption: "\(number). \(finding.severity.rawValue) [\(finding.rule)]", columns: [.init("veld", alignsRight: false), .init("waarde", alignsRight: false)])
        let fields: [(String, ReportTable.Cell?)] = [
            ("melding", .text(finding.message)), ("plaats", .text(place)),
            ("gemeenten", finding.municipalities.isEmpty ? nil : .text(finding.municipalities.joined(separator: ", "))),
            ("vergeleken met", finding.relatedFile.map(ReportTable.Cell.text)),
            ("verwacht", finding.expected.map(ReportTable.Cell.amount)), ("gevonden", finding.found.map(ReportTable.Cell.amount)),
            ("verschil", finding.difference.map(ReportTable.Cell.amount)), ("hint", finding.hint.map(ReportTable.Cell.text)),
        ]
        for (label, cell) in fields {
            guard let cell else { continue }
            table.rows.append(ReportTable.Row([.text(label), cell], style: finding.severity == .error && label == "melding" ? .subtotal : .line))
        }
        return table
    }

    /// All findings as one table, for CSV.
    func table() -> ReportTable {
        var table = ReportTable(
            caption: "Bevindingen",
            columns: [
                .init("bestand", alignsRight: false), .init("regelnummer"), .init("ernst", alignsRight: false),
                .init("regel", alignsRight: false), .init("plaats", alignsRight: false), .init("gemeenten", alignsRight: false),
                .init("melding", alignsRight: false), .init("verwacht"), .init("gevonden"), .init("verschil"), .init("hint", alignsRight: false),
            ])
        for finding in findings {
            table.rows.append(
                ReportTable.Row([
                    .text(finding.file), finding.place.map { .text(String($0.location.line)) } ?? .empty, .text(finding.severity.rawValue),
                    .text(finding.rule), finding.place.map { .text($0.path) } ?? .empty, .text(finding.municipalities.joined(separator: ", ")),
                    .text(finding.message), finding.expected.map(ReportTable.Cell.amount) ?? .empty,
                    finding.found.map(ReportTable.Cell.amount) ?? .empty, finding.difference.map(ReportTable.Cell.amount) ?? .empty,
                    finding.hint.map(ReportTable.Cell.text) ?? .empty,
                ]))
        }
        return table
    }

    /// `{"bevindingen": [finding…], "bestanden": […], "samenvatting": {fout, waarschuwing, info}}`.
    public func json(_ options: ReportOptions) -> JSONOutput {
        .object([
            "bevindingen": .array(findings.map(\.json)),
            "bestanden": .array(files.map(JSONOutput.string)),
            "meegelezen": .array(alsoRead.map(JSONOutput.string)),
            "samenvatting": .object([
                "fout": .integer(findings.filter { $0.severity == .error }.count),
                "waarschuwing": .integer(findings.filter { $0.severity == .warning }.count),
                "info": .integer(findings.filter { $0.severity == .info }.count),
            ]),
        ])
    }
}
