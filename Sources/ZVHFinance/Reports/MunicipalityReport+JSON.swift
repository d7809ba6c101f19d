/// The municipality's report for programs: every figure its tables and charts show,
/// amounts exact.
extension MunicipalityReport {
    /// The report as JSON: per period the member's figures, its share (a number, the
    /// percentage of the total distributed), the change split into `bijdrage`,
    /// `verrekening` and `definitief` (``ContributionChange/json``), per theme where the
    /// budget has themes, all members, and the findings that touch it (each in the one
    /// finding format); `eigen-raming` per year when own ramingen were given.
    public func json(_ options: ReportOptions) -> JSONOutput {
        var members: [JSONOutput.Member] = [
            .init("gemeente", .string(municipality)),
            .init("perioden", .array(periods.indices.compactMap { index -> JSONOutput? in
                let period = periods[index]
                guard let figures = Figures(period, municipality) else { return nil }
                let inhabitants: JSONOutput = figures.member.inhabitants.map { .number(String($0)) } ?? .null
                let referenceDate: JSONOutput = figures.inhabitants?.referenceDate.map(JSONOutput.string) ?? .null
                let contributionPerInhabitant: JSONOutput = figures.contributionPerInhabitant.map(JSONOutput.amount) ?? .null
                let finalPerInhabitant: JSONOutput = figures.perInhabitant.map(JSONOutput.amount) ?? .null
                return .object([
                    "organisatie": .string(period.budget.organisation.identifier),
                    "bestand": .string(period.budget.file),
                    "titel": .string(period.budget.title),
                    "periode": BudgetReportContent.period(period.budget.period),
                    "bijdrage": .amount(figures.member.contribution),
                    "verrekening": .amount(figures.member.settlement),
                    "definitief": .amount(figures.member.final),
                    "aandeel": figures.member.share.json,
                    "inwoners": inhabitants,
                    "inwoners-peildatum": referenceDate,
                    "per-inwoner-bijdrage": contributionPerInhabitant,
                    "per-inwoner-structureel": figures.structuralPerInhabitant.map(JSONOutput.amount) ?? .null,
                    "structurele-bijdrage": period.entry.analysed.structuralContributions?.member(municipality).map { .amount($0.contribution) } ?? .null,
                    "per-inwoner": finalPerInhabitant,
                    "verandering": change(at: index)?.json ?? .null,
                    "per-thema": themesJSON(period),
                    "gemeenten": .array(period.statement.members.map { memberJSON($0, in: period) }),
                    "totaal": ContributionReport.totals(period.statement),
                    "bevindingen": .array(period.findings.map(\.json)),
                ])
            })),
        ]
        if !estimates.isEmpty {
            members.append(.init("eigen-raming", .array(estimates.map(\.json))))
        }
        return .object(members)
    }

    /// Per financing part of a budget with themes: name, key, participants, the amount
    /// to distribute and the member's part (null when it does not take part); null for
    /// a budget without themes.
    func themesJSON(_ period: Period) -> JSONOutput {
        let parts = period.statement.parts
        guard parts.count > 1, let member = period.statement.members.first(where: { $0.municipality == municipality }) else { return .null }
        return .array(zip(parts, member.partAmounts).map { part, amount in
            .object([
                "naam": .string(part.name), "thema": .bool(part.isTheme), "sleutel": .string(part.split.key.name),
                "deelnemers": .array(part.participants.map(JSONOutput.string)), "aantal-deelnemers": .integer(part.participants.count), "te-verdelen": .amount(part.coverage.amountToDistribute),
                "bijdrage": part.participants.contains(municipality) ? .amount(amount) : .null,
            ])
        })
    }
}
