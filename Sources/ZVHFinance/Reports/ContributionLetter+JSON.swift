/// The letter for programs: every figure the letter shows, amounts exact.
extension ContributionLetter {
    /// The letter as JSON: addressee, `bijdrage`, `verrekening-per-component` (per
    /// component the member's part, the total and the key with its recorded derivation),
    /// `verrekening`, `definitief`, `voorschotten` (each instalment with its amount and due date, adding up to the definitief), `datum` and `kenmerk` (null when not given), the
    /// derivation per financing part, the short steps, `vergelijking` (the change split
    /// into `bijdrage`, `verrekening`, `definitief`, or null) `bevindingen`, and, only under `zvh brief --scenario`, the `scenario`,
    /// `uittreding` and `toetreding` (null when the member neither leaves nor joins).
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
        let letter = JSONOutput.object([
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
            "voorschotten": .array(payments.payments.map { payment in
                .object(["termijn": .integer(payment.instalment), "bedrag": .amount(payment.amount), "vervaldatum": payment.dueDate.map { .string($0.iso) } ?? .null])
            }),
            "datum": details.date.map { .string($0.iso) } ?? .null,
            "kenmerk": .optional(details.reference),
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
        guard scenario != nil, case .object(let fields) = letter else { return letter }
        return .object(fields + membershipJSON)
    }
}
