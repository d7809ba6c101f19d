/// The content of `zvh check`: the findings of the files checked. For people, grouped
/// by file like compiler diagnostics (the `tekst` format of ``ReportFormat``); for
/// programs, JSON; both written one file's part at a time by ``Writer`` (the whole
/// report as streamed one organisation at a time), each finding with its one formatter
/// (``Finding/diagnosticLine(severityText:)``, ``Finding/json``).
public struct CheckReport: PartedReportContent {
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
    var alsoReadLine: String? { Self.alsoReadLine(alsoRead) }

    /// The line that names these files read beside the ones checked, if any.
    static func alsoReadLine(_ alsoRead: [String]) -> String? {
        alsoRead.isEmpty ? nil : "Meegelezen (andere bestanden van dezelfde organisatie, om mee te vergelijken): " + alsoRead.joined(separator: ", ")
    }

    /// The text report's first lines: how many files, and which were read beside them.
    static func textHeader(fileCount: Int, alsoReadLine: String?) -> String {
        var output = "Controle van \(fileCount) bestand(en)\n"
        if let alsoReadLine { output += ControlCharacters.escaped(alsoReadLine) + "\n" }
        return output
    }

    /// One file's block of the text report: its name, then its findings (or that it has none).
    static func textBlock(file: String, findings: [Finding], severityText: (Finding.Severity) -> String) -> String {
        var output = "\n\(ControlCharacters.escaped(file))\n"
        guard !findings.isEmpty else { return output + "  geen bevindingen\n" }
        for finding in findings {
            output += finding.diagnosticLine(severityText: severityText) + "\n"
            for detail in finding.detailLines { output += "    \(ControlCharacters.escaped(detail))\n" }
        }
        return output
    }

    /// "2 fouten, 3 waarschuwingen, 1 info in 4 bestand(en)".
    public static func summary(_ findings: [Finding], fileCount: Int) -> String {
        summary(SeverityCounts(findings), fileCount: fileCount)
    }

    /// "2 fouten, 3 waarschuwingen, 1 info in 4 bestand(en)", from the counts.
    static func summary(_ counts: SeverityCounts, fileCount: Int) -> String {
        guard counts.total > 0 else { return "Geen bevindingen in \(fileCount) bestand(en)." }
        let (errors, warnings, infos) = (counts.errors, counts.warnings, counts.infos)
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

    /// `{"bevindingen": [finding…], "bestanden": […], "meegelezen": […], "samenvatting": {fout, waarschuwing, info}}`:
    /// the findings of the files in file-name order. The JSON format writes the same
    /// document part by part (``Writer``).
    public func json(_ options: ReportOptions) -> JSONOutput {
        let byFile = Dictionary(grouping: findings, by: \.file)
        let shown = Writer.jsonOrder(files).flatMap { byFile[$0] ?? [] }
        return .object([
            "bevindingen": .array(shown.map(\.json)),
            "bestanden": .array(files.map(JSONOutput.string)),
            "meegelezen": .array(alsoRead.map(JSONOutput.string)),
            "samenvatting": Self.summaryJSON(SeverityCounts(shown)),
        ])
    }

    /// `{fout, waarschuwing, info}`: the counts of the findings per severity.
    static func summaryJSON(_ counts: SeverityCounts) -> JSONOutput {
        .object(["fout": .integer(counts.errors), "waarschuwing": .integer(counts.warnings), "info": .integer(counts.infos)])
    }

    /// How many findings there are of each severity.
    struct SeverityCounts {
        var errors = 0
        var warnings = 0
        var infos = 0

        init(_ findings: [Finding] = []) {
            add(findings)
        }

        /// Every finding.
        var total: Int { errors + warnings + infos }

        /// Counts more findings.
        mutating func add(_ findings: [Finding]) {
            for finding in findings {
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
        }
    }
}
