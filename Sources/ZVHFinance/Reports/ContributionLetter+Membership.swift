/// A letter under a scenario in which members leave or join (`zvh brief --scenario`):
/// the begroting as the scenario changes it, and the member's uittreedsom or
/// toetreedsom with its derivation. Both are the ``MemberExit`` and ``MemberEntry``
/// values the scenario report renders; the letter recomputes nothing of them.
extension ContributionLetter {
    /// Creates the letter for one member of a begroting as a scenario changes it.
    /// - Parameters:
    ///   - municipality: a member under the scenario, spelled as the files spell it: one
    ///     that stays, one that joins, or one that leaves in the budget year (its letter
    ///     holds its remaining settlement and its uittreedsom).
    ///   - file: the begroting's file.
    ///   - entries: the report contents of the begroting and of the other files read
    ///     (the begroting's findings and settlement basis stay those of the file).
    ///   - variant: the scenario applied to the begroting, from ``ScenarioComparison``.
    ///   - details: the letter's date, reference and sender's profile.
    /// - Returns: nil when the file is not among the entries or the municipality is
    ///   no member under the scenario.
    /// - Complexity: O(lines + entries × members).
    public init?(_ municipality: String, begroting file: String, entries: [BudgetReportContent], variant: ScenarioComparison.Variant, details: LetterDetails = LetterDetails()) {
        guard let index = entries.firstIndex(where: { $0.budget.file == file }) else { return nil }
        let original = entries[index]
        var changed = BudgetReportContent(AnalysedBudget(variant.budget), showsContributions: true, findings: original.findings)
        changed.settledYear = original.settledYear
        var replaced = entries
        replaced[index] = changed
        self.init(municipality, begroting: file, entries: replaced, details: details)
        scenario = variant.scenario
        exit = variant.exits.first { $0.municipality == municipality }
        joining = variant.entries.first { $0.municipality == municipality }
    }

    /// What the letter says in its body about the scenario, the leaving or the joining.
    func membershipParagraphs() -> [String] {
        guard let scenario else { return [] }
        // The first paragraph names the scenario; here what it is, in the scenario's words.
        var paragraphs = scenario.description.map { ["Het scenario \"\(scenario.name)\": \($0)" + ($0.hasSuffix(".") ? "" : ".")] } ?? []
        if let exit {
            var sentence = "De gemeente \(municipality) treedt per 1 januari \(exit.year) uit en betaalt vanaf dan geen bijdrage meer; zij houdt haar deel van de verrekening van de jaren waaraan zij deelnam."
            if exit.rule != nil {
                sentence += " Daarnaast betaalt zij een uittreedsom van \(Self.euro(exit.compensation)); die staat los van het betalingsschema hieronder. De berekening staat in de bijlage."
            }
            paragraphs.append(sentence)
        }
        if let joining {
            paragraphs.append("De gemeente \(municipality) treedt toe en betaalt eenmalig een toetreedsom van \(Self.euro(joining.amount)); die staat los van het betalingsschema hieronder. De berekening staat in de bijlage.")
        }
        return paragraphs
    }

    /// The appendix's section on the uittreedsom or toetreedsom: the terms, the exact
    /// sum and its one rounding, as ``MemberExit/terms`` and ``MemberEntry`` hold them.
    func membershipSections() -> [ReportSection] {
        var sections: [ReportSection] = []
        if let exit, exit.rule != nil, let exact = exit.exact {
            var table = ReportTable(caption: "Uittreedsom", columns: [.init("onderdeel", alignsRight: false), .init("kosten", alignsRight: false), .init("uw aandeel", alignsRight: false)])
            for term in exit.terms {
                table.rows.append(ReportTable.Row([.text(term.label), .text(term.costs.dutch()), .text(term.exact.dutch())]))
            }
            table.rows.append(ReportTable.Row([.text("Samen, exact"), .empty, .text(exact.dutch())], style: .subtotal))
            table.rows.append(ReportTable.Row([.text("Uittreedsom (één keer afgerond, rekenkundig)"), .empty, .amount(exit.compensation)], style: .total))
            sections.append(ReportSection(heading: "Uittreding: uw uittreedsom", table: table, paragraphs: ["Regel: \(exit.rule?.dutchDescription ?? "").", "Een gemeente die uittreedt houdt haar deel van de verrekening van het jaar waaraan zij deelnam; zij betaalt geen bijdrage meer."] + exit.derivation))
        }
        if let joining {
            var table = ReportTable(caption: "Toetreedsom", columns: [.init("onderdeel", alignsRight: false), .init("waarde", alignsRight: false)])
            table.rows = [
                ReportTable.Row([.text("regel"), .text(joining.rule.dutchDescription)]),
                ReportTable.Row([.text("uw aandeel in de bijdragen van het jaar van toetreding"), .text(joining.share.percentText(decimals: 4))]),
                ReportTable.Row([.text("exact"), .text(joining.exact.dutch())]),
                ReportTable.Row([.text("Toetreedsom (één keer afgerond, rekenkundig)"), .amount(joining.amount)], style: .total),
            ]
            sections.append(ReportSection(heading: "Toetreding: uw toetreedsom", table: table, paragraphs: [
                joining.derivation, "Een gemeente die toetreedt krijgt geen deel van de verrekening van eerdere jaren; de toetreedsom staat naast de bijdrage, niet erin.",
            ]))
        }
        return sections
    }

    /// The scenario, the leaving and the joining as JSON members of the letter.
    var membershipJSON: [JSONOutput.Member] {
        [
            .init("scenario", scenario.map { .object(["naam": .string($0.name), "bestand": .optional($0.file.isEmpty ? nil : $0.file)]) } ?? .null),
            .init("uittreding", exit?.json ?? .null),
            .init("toetreding", joining?.json ?? .null),
        ]
    }
}
