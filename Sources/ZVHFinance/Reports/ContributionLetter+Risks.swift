/// The member's share of the arrangement's risks in its letter, for its own risk
/// paragraph: rendered from the ``RiskProfile``, nothing recomputed.
extension ContributionLetter {
    /// The member's line of the profile.
    var riskShare: (municipality: String, share: Share, amount: Money)? {
        risks?.members.first { $0.municipality == municipality }
    }

    /// The section, when the budget lists risks.
    func riskSection() -> ReportSection? {
        guard let risks, let share = riskShare else { return nil }
        var table = ReportTable(caption: "Risico's en weerstandsvermogen", columns: [.init("onderdeel", alignsRight: false), .init("waarde", alignsRight: false)])
        table.rows = [
            ReportTable.Row([.text("benodigde capaciteit (alle gemeenten)"), .text(risks.required.dutch())]),
            ReportTable.Row([.text("beschikbare weerstandscapaciteit"), .text(risks.availableTotal.dutch())]),
            ReportTable.Row([.text("weerstandsratio"), .text(risks.ratioText ?? "–")]),
            ReportTable.Row([.text("klasse"), .text(risks.normClass.map { "\($0.letter) (\($0.judgement))" } ?? "–")]),
            ReportTable.Row([.text("uw aandeel in de benodigde capaciteit"), .text("\(share.amount.dutch()) (\(share.share.percentText(decimals: 2)))")]),
        ]
        return ReportSection(heading: "Risico's: uw aandeel voor de eigen risicoparagraaf", table: table, paragraphs: [
            "Benodigde capaciteit = Σ kans × gevolg van de risico's in de begroting; uw aandeel naar de verdeelsleutel van de bijdragen. Zie zvh risicos voor de risico's zelf.",
        ])
    }

    /// The same as JSON, or null without risks.
    var riskJSON: JSONOutput {
        guard let risks, let share = riskShare else { return .null }
        return .object([
            "benodigde-capaciteit": .amount(risks.requiredInCents),
            "beschikbare-capaciteit": .amount(risks.availableTotal),
            "ratio": risks.ratioText.map { .number($0.replacingAll(",", with: ".")) } ?? .null,
            "klasse": .optional(risks.normClass?.letter),
            "aandeel": share.share.json,
            "bedrag": .amount(share.amount),
        ])
    }
}
