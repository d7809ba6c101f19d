/// The summary sheet of `zvh brief --alle`: per member the letter written, its
/// addressee, the definitief and its instalments, with the total; so the sender sees
/// at a glance what went out and that the letters add up to the begroting.
public struct LetterSummary: ReportContent {
    /// The letters, one per member, in the begroting's order.
    public var letters: [ContributionLetter]
    /// The name of each letter's file, in the order of `letters` (``LetterFileNames``).
    public var fileNames: [String]

    /// Creates the summary of letters written under `fileNames`.
    public init(_ letters: [ContributionLetter], fileNames: [String]) {
        self.letters = letters
        self.fileNames = fileNames
    }

    /// The definitief of every letter together: the begroting's contributions.
    public var total: Money { letters.map(\.payments.total).sum() }

    /// Whether each letter's instalments add up to its definitief.
    public var everyLetterAddsUp: Bool { letters.allSatisfy(\.payments.addsUp) }

    /// The summary's file name (no extension): `bijdragebrieven-midden-limburg-2022-overzicht`.
    public var fileStem: String {
        guard let budget = letters.first?.budget else { return "bijdragebrieven-overzicht" }
        return "bijdragebrieven-\(budget.organisation.identifier)-\(budget.period.year)-overzicht"
    }

    public func presentation(_ options: ReportOptions) -> Report {
        guard let first = letters.first else { return Report(title: "Bijdragebrieven: geen") }
        let budget = first.budget
        var report = Report(
            title: "Bijdragebrieven \(budget.period.dutchDescription) — \(first.sender)",
            context: [
                "Datum van de brieven: " + (first.details.date?.longDutch ?? "(niet opgegeven)"),
                "Kenmerk: " + (first.details.reference ?? "(niet opgegeven)"),
                "Volgens de \(budget.title)" + (first.scenario.map { ", gewijzigd met het scenario \"\($0.name)\"" } ?? ""),
            ])
        report.describe(budget)
        report.asOf = "Stand van de gegevens: \(budget.title) (\(budget.period.dutchDescription)), bron: \(budget.source.dutchDescription)"
        let count = first.payments.payments.count
        var table = ReportTable(
            caption: "Verstuurde brieven",
            columns: [.init("gemeente", alignsRight: false), .init("aan", alignsRight: false), .init("definitief"), .init("termijnen"), .init("brief", alignsRight: false)])
        for (letter, fileName) in zip(letters, fileNames) {
            table.rows.append(ReportTable.Row([
                .text(letter.municipality), .text(letter.letterhead.addressee.joined(separator: ", ")), .amount(letter.payments.total),
                .text(String(letter.payments.payments.count)), .text(fileName),
            ]))
        }
        table.rows.append(ReportTable.Row([.text("Totaal"), .empty, .amount(total), .text(String(count)), .empty], style: .total))
        report.sections.append(ReportSection(table: table, paragraphs: [
            "De termijnen van elke brief tellen op tot de definitieve bijdrage van die gemeente: \(everyLetterAddsUp ? "ja" : "NEE, controleer de brieven").",
            "Samen: \(total.dutch()), de definitieve bijdragen van alle gemeenten volgens de \(budget.title).",
        ] + membershipSums))
        report.primarySection = 0
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        let summary = JSONOutput.object([
            "brieven": .array(zip(letters, fileNames).map { letter, fileName in
                .object([
                    "gemeente": .string(letter.municipality), "bestand": .string(fileName),
                    "definitief": .amount(letter.payments.total), "termijnen": .integer(letter.payments.payments.count),
                ])
            }),
            "totaal": .amount(total),
            "datum": letters.first?.details.date.map { .string($0.iso) } ?? .null,
            "kenmerk": .optional(letters.first?.details.reference),
        ])
        guard let scenario = letters.first?.scenario, case .object(let fields) = summary else { return summary }
        return .object(fields + [
            .init("scenario", .string(scenario.name)),
            .init("uittreedsommen", .object(letters.compactMap { letter in letter.exit?.rule == nil ? nil : .init(letter.municipality, .amount(letter.exit?.compensation ?? .zero)) })),
            .init("toetreedsommen", .object(letters.compactMap { letter in letter.joining.map { .init(letter.municipality, .amount($0.amount)) } })),
        ])
    }

    /// Under a scenario: each uittreedsom and toetreedsom, beside the contributions (the
    /// letters' own ``MemberExit`` and ``MemberEntry`` values).
    var membershipSums: [String] {
        letters.compactMap { letter in
            if let exit = letter.exit, exit.rule != nil { return "Uittreedsom \(letter.municipality): \(exit.compensation.dutch()) (naast de bijdrage; zie de bijlage van de brief)." }
            if let joining = letter.joining { return "Toetreedsom \(letter.municipality): \(joining.amount.dutch()) (naast de bijdrage; zie de bijlage van de brief)." }
            return nil
        }
    }
}
