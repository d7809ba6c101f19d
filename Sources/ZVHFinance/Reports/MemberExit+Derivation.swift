/// Leaving and joining in words: every figure is one the library recorded.
extension MemberExit {
    /// The uittreedsom's derivation as sentences (none without a rule).
    public var derivation: [String] {
        guard let rule, let exact else { return [] }
        let share = self.share.percentText(decimals: 4)
        var sentences: [String] = []
        switch rule.method {
        case .flat(let years):
            sentences.append("\(municipality): uittreedsom = \(years) × \(share) × \(remainingCosts.dutch(alwaysCents: !remainingCosts.isMultiple(of: .euro))) = \(exact.dutch()) → \(compensation.dutch()) (aandeel in de bijdragen van de basis × de blijvende kosten, één keer afgerond).")
        case .declining:
            sentences.append("\(municipality): aflopende uittreedsom, per jaar een percentage van het aandeel (\(share) van de bijdragen van de basis) in de blijvende kosten \(remainingCosts.dutch(alwaysCents: !remainingCosts.isMultiple(of: .euro))), vanaf \(year):")
        case .actualLoss:
            sentences.append("\(municipality): uittreedsom naar het werkelijke verlies: het aandeel (\(share) van de bijdragen van de basis) in de frictiekosten die doorlopen na uittreding per 1 januari \(year) (per maand tot de einddatum):")
        }
        switch rule.method {
        case .flat: break
        case .declining, .actualLoss:
            for term in terms { sentences.append("– \(term.label): \(term.costs.dutch()) × \(share) = \(term.exact.dutch())") }
            sentences.append("Samen exact \(exact.dutch()), één keer afgerond (rekenkundig): uittreedsom \(compensation.dutch()).")
        }
        return sentences
    }
}

extension MemberEntry {
    /// The toetreedsom's derivation in a sentence.
    public var derivation: String {
        switch rule {
        case .fixed(let amount): "\(municipality): toetreedsom vast bedrag \(amount.dutch())."
        case .shareOf(let amount, let description):
            "\(municipality): toetreedsom = aandeel in de bijdragen van het jaar van toetreding \(share.percentText(decimals: 4)) × \(description) \(amount.dutch()) = \(exact.dutch()) → \(self.amount.dutch()) (één keer afgerond)."
        }
    }
}

extension ScenarioReport {
    /// The members that join with a toetreedsom.
    static func entrySection(_ comparison: ScenarioComparison) -> ReportSection? {
        let entries = comparison.scenarios.flatMap { variant in variant.entries.map { (variant.name, $0) } }
        guard !entries.isEmpty else { return nil }
        var table = ReportTable(caption: "Toetreding", columns: [
            ReportTable.Column("variant", alignsRight: false), ReportTable.Column("gemeente", alignsRight: false),
            ReportTable.Column("toetreedsom"), ReportTable.Column("regel", alignsRight: false),
        ])
        for (name, entry) in entries {
            table.rows.append(ReportTable.Row([.text(name), .text(entry.municipality), .amount(entry.amount), .text(entry.rule.dutchDescription)]))
        }
        let rule = "Een gemeente die toetreedt krijgt geen deel van de verrekening van eerdere jaren; de toetreedsom staat naast de bijdrage, niet erin."
        return ReportSection(heading: "Toetreding: toetreedsom", table: table, paragraphs: [rule] + entries.map(\.1.derivation))
    }
}

extension MemberExit {
    /// The leaving as JSON, as the scenario report and the member's letter show it:
    /// `gemeente`, `verrekening`, `uittreedsom` (null without a rule), `regel`,
    /// `blijvende-kosten`, `aandeel`, `methode`, `exact`, `termen` and `afleiding`.
    public var json: JSONOutput {
        .object([
            "gemeente": .string(municipality),
            "verrekening": .amount(settlement),
            "uittreedsom": rule == nil ? .null : .amount(compensation),
            "regel": .optional(rule?.dutchDescription),
            "blijvende-kosten": rule == nil ? .null : .amount(remainingCosts),
            "aandeel": rule == nil ? .null : share.json,
            "methode": .optional(rule?.method.dutchName),
            "exact": .optional(exact?.dutch()),
            "termen": .array(terms.map { term in
                .object(["omschrijving": .string(term.label), "kosten": .string(term.costs.dutch()), "aandeel": .string(term.exact.dutch())])
            }),
            "afleiding": .array(derivation.map(JSONOutput.string)),
        ])
    }
}

extension MemberEntry {
    /// The joining as JSON, as the scenario report and the member's letter show it:
    /// `gemeente`, `regel`, `aandeel`, `exact`, `toetreedsom` and `afleiding`.
    public var json: JSONOutput {
        .object([
            "gemeente": .string(municipality),
            "regel": .string(rule.dutchDescription),
            "aandeel": share.json,
            "exact": .string(exact.dutch()),
            "toetreedsom": .amount(amount),
            "afleiding": .string(derivation),
        ])
    }
}
