/// The letter for programs: every figure the letter shows, amounts exact.
extension ContributionLetter {
    /// The letter as JSON: addressee, `bijdrage`, `verrekening-per-component` (per
    /// component the member's part, the total and the key with its recorded derivation),
    /// `verrekening`, `definitief`, `voorschotten` (null until a schedule exists), the
    /// derivation per financing part, the short steps, `vergelijking` (the change split
    /// into `bijdrage`, `verrekening`, `definitief`, or null) and `bevindingen`.
    public func json(_ options: ReportOptions) -> JSONOutput {
        let components = zip(statement.settlementSplits, member.settlementParts).map { split, part -> JSONOutput in
            let position = split.split.participants.firstIndex(of: municipality)
            return .object([
                "naam": .string(split.component.name), "bedrag": .amount(part), "totaal": .amount(split.component.amount),
                "sleutel": .string(split.split.key.name), "sleutel-omschrijving": .string(split.split.key.description),
                "afleiding": position.map { .string(split.split.shortDerivation(of: $0)) } ?? .null,
            ])
        }
        let parts = statement.parts.map { part -> JSONOutput in
            let position = part.participants.firstIndex(of: municipality)
            return .object([
                "naam": .string(part.name), "thema": .bool(part.isTheme), "te-verdelen": .amount(part.coverage.amountToDistribute),
                "sleutel": .string(part.split.key.name), "sleutel-omschrijving": .string(part.split.key.description), "sleutel-bron": .optional(part.split.key.source),
                "deel": position.map { .amount(part.split.parts[$0]) } ?? .null,
                "afleiding": position.map { .string(part.split.shortDerivation(of: $0)) } ?? .null,
            ])
        }
        return .object([
            "gemeente": .string(municipality),
            "aan": .string("het college van burgemeester en wethouders van de gemeente \(municipality)"),
            "organisatie": .string(budget.organisation.identifier),
            "van": .string(budget.organisation.name),
            "bestand": .string(budget.file),
            "titel": .string(budget.title),
            "periode": BudgetReportContent.period(budget.period),
            "aandeel": member.share.json,
            "bijdrage": .amount(member.contribution),
            "verrekening-per-component": .array(components),
            "verrekening-status": statement.settlementSplits.isEmpty ? .null : (entry.settledYear.map { .string($0.result?.status.rawValue ?? "onbekend") } ?? .null),
            "verrekening": .amount(member.settlement),
            "definitief": .amount(member.final),
            "voorschotten": .null,
            "afleiding": .object([
                "kolom": .string(statement.column.name),
                "totaal-bijdragen": .amount(statement.totalDistributed),
                "delen": .array(parts),
                "stappen": .array(ContributionExplanation.shortSteps(for: budget, statement: statement, member: memberIndex).map(JSONOutput.string)),
            ]),
            "vergelijking": change?.json ?? .null,
            "risicos": riskJSON,
            "bevindingen": .array(findings.map(\.json)),
        ])
    }
}
