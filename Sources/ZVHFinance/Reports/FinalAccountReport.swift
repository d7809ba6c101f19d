/// The content of `zvh afrekening`: per member what it owes over the closed year, what
/// it paid in advances, and what it pays or receives.
public struct FinalAccountReport: ReportContent {
    /// The account, computed once.
    public var account: FinalAccount

    /// Creates the content.
    public init(_ account: FinalAccount) {
        self.account = account
    }

    public func presentation(_ options: ReportOptions) -> Report {
        let account = account
        let budget = account.derivation.budget
        var report = Report(
            title: "Afrekening \(budget.period.year) — \(budget.organisation.name)",
            context: BudgetReportContent.context(of: budget, options: ReportOptions(unit: .cent))
                + ["Verschuldigd = bijdrage volgens \"\(account.derivation.realisationColumn.heading)\" + aandeel in de verrekening van het resultaat; betaald: \(account.paidSource)."])
        var table = ReportTable(caption: "Afrekening per gemeente", columns: [
            ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("bijdrage"), ReportTable.Column("verrekening"),
            ReportTable.Column("verschuldigd"), ReportTable.Column("betaald"), ReportTable.Column("saldo"), ReportTable.Column("uitkomst", alignsRight: false),
        ])
        for entry in account.entries {
            let what = entry.balance.isZero ? "quitte" : entry.balance.isNegative ? "ontvangt \(entry.balance.magnitude.dutch(alwaysCents: !entry.balance.isMultiple(of: .euro)))" : "betaalt \(entry.balance.dutch(alwaysCents: !entry.balance.isMultiple(of: .euro)))"
            table.rows.append(ReportTable.Row([
                .text(entry.municipality), .amount(entry.contribution), .amount(entry.settlement), .amount(entry.owed), .amount(entry.paid), .amount(entry.balance), .text(what),
            ]))
        }
        table.rows.append(ReportTable.Row([
            .text("Totaal"), .amount(account.totalContribution), .amount(account.totalSettlement), .amount(account.totalOwed),
            .amount(account.totalPaid), .amount(account.totalBalance), .empty,
        ], style: .total))
        report.sections.append(ReportSection(heading: "Afrekening", table: table, paragraphs: [
            "Saldo + = de gemeente betaalt bij, − = de gemeente ontvangt terug.",
            settlementText,
        ]))
        report.primarySection = 0
        report.describe(budget)
        return report
    }

    /// Where the year's result is settled, in words.
    var settlementText: String {
        let result = account.derivation.result.resultNotation
        guard !account.settledIn.isEmpty else {
            return "De verrekening is die van 'zvh verrekening' (resultaat \(result), verrekend \(account.derivation.settlement.total.dutch())); geen begroting in de boeken verrekent dit resultaat."
        }
        let places = account.settledIn.map { "\($0.title) (\($0.amount.signedDutch))" }.joined(separator: ", ")
        return "Het resultaat \(account.derivation.budget.period.year) (\(result)) wordt verrekend in \(places); de afrekening verrekent het daarom niet nog eens (kolom verrekening 0)."
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        let budget = account.derivation.budget
        return .object([
            "bestand": .string(budget.file),
            "organisatie": .string(budget.organisation.identifier),
            "jaar": .integer(budget.period.year),
            "betaald-volgens": .string(account.paidSource),
            "resultaat-verrekend-in": .array(account.settledIn.map { settling in
                .object(["bestand": .string(settling.file), "titel": .string(settling.title), "verrekening": .amount(settling.amount)])
            }),
            "gemeenten": .array(account.entries.map { entry in
                .object([
                    "gemeente": .string(entry.municipality),
                    "bijdrage": .amount(entry.contribution),
                    "verrekening": .amount(entry.settlement),
                    "verschuldigd": .amount(entry.owed),
                    "betaald": .amount(entry.paid),
                    "saldo": .amount(entry.balance),
                ])
            }),
            "totaal-saldo": .amount(account.totalBalance),
        ])
    }
}
