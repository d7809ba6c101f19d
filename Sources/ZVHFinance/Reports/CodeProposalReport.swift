/// The content of `zvh codes`: per file every line and group without a code with the
/// code proposed for it and why, for the controller to confirm.
public struct CodeProposalReport: ReportContent {
    /// The proposal, computed once.
    public var proposal: CodeProposal
    /// The files looked at.
    public var files: [String]

    /// Creates the content.
    public init(_ proposal: CodeProposal, files: [String]) {
        self.proposal = proposal
        self.files = files
    }

    public func presentation(_ options: ReportOptions) -> Report {
        var report = Report(
            title: "Voorgestelde codes",
            context: [
                "\(files.count) bestand(en); \(proposal.entries.count) regel(s) en groep(en) zonder code.",
                "Een voorstel, geen wijziging: bevestig de codes in de bestanden (met --toepassen MAP schrijft zvh codes kopieën mét de codes in MAP).",
            ])
        var table = ReportTable(
            caption: "Regels en groepen zonder code, met de voorgestelde code",
            columns: [
                ReportTable.Column("bestand", alignsRight: false), ReportTable.Column("plaats", alignsRight: false), ReportTable.Column("naam", alignsRight: false),
                ReportTable.Column("code", alignsRight: false), ReportTable.Column("reden", alignsRight: false), ReportTable.Column("tegenhanger", alignsRight: false),
            ])
        for entry in proposal.entries {
            table.rows.append(ReportTable.Row([
                .text(entry.file), .text((entry.origin.map { $0.lineAndColumn + " " } ?? "") + entry.path), .text(entry.name), .text(entry.code),
                .text(entry.reason.rawValue), entry.counterpart.map(ReportTable.Cell.text) ?? .empty,
            ]))
        }
        report.sections.append(ReportSection(heading: "Codes", table: table, paragraphs: proposal.entries.isEmpty ? ["Elke regel en groep heeft al een code."] : []))
        report.primarySection = 0
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        .object([
            "bestanden": .array(files.map(JSONOutput.string)),
            "voorstellen": .array(proposal.entries.map { entry in
                .object([
                    "bestand": .string(entry.file), "pad": .string(entry.path), "regelnummer": entry.origin.map { .integer($0.location.line) } ?? .null,
                    "kolom": entry.origin.map { .integer($0.location.column) } ?? .null, "naam": .string(entry.name), "code": .string(entry.code),
                    "reden": .string(entry.reason.rawValue), "tegenhanger": .optional(entry.counterpart),
                ])
            }),
        ])
    }
}
