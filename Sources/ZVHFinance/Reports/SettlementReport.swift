/// The content of `zvh verrekening`: the result of a closed year by component, what is
/// settled with the members (split by the key, with the derivation) and what goes to a
/// reserve.
public struct SettlementReport: ReportContent {
    /// The derivation, computed once.
    public var derivation: SettlementDerivation
    /// The year in the organisation's settlement ledger: the begrotingen that settle it.
    public var ledgerYear: SettlementLedger.ResultYear?

    /// Creates the content.
    /// - Parameters:
    ///   - derivation: the settlement derived from the jaarrekening.
    ///   - ledgerYear: the year in the settlement ledger of the books read, if any.
    public init(_ derivation: SettlementDerivation, ledgerYear: SettlementLedger.ResultYear? = nil) {
        self.derivation = derivation
        self.ledgerYear = ledgerYear
    }

    /// Whether the result is final (a `werkelijk` column) or a forecast.
    public var status: SettlementLedger.ResultStatus { SettlementLedger.ResultStatus(column: derivation.realisationColumn) }

    /// What the begrotingen in the books settle of this result together (zero when none does).
    public var settledInBooks: Money { ledgerYear?.settled ?? .zero }

    /// What settling the whole result still asks after the begrotingen in the books
    /// (the nacalculatie): the settled result negated minus what they settle.
    public var remainingToSettle: Money { -derivation.settledResult - settledInBooks }

    /// Where the result is settled, and what remains, in words.
    var ledgerParagraphs: [String] {
        let year = derivation.budget.period.year
        let settlings = ledgerYear?.settlings ?? []
        guard !settlings.isEmpty else {
            return ["Dit resultaat (\(status.rawValue)) wordt in geen van de gelezen begrotingen verrekend; hieronder de verrekening zoals ze in een begroting opgenomen kan worden (zvh volgend-jaar --jaarrekening)."]
        }
        let settled = settledInBooks
        let remaining = remainingToSettle
        var lines = settlings.map { "Al verrekend in \($0.title) (\($0.file)): \($0.amount.signedDutch)." }
        lines.append(
            remaining.isZero
                ? "Het resultaat \(year) is daarmee precies verrekend; deze afleiding verrekent het niet nog eens."
                : "Nog te verrekenen (nacalculatie): \(remaining.signedDutch) = \((-derivation.settledResult).signedDutch) − \(settled.signedDutch) (zvh volgend-jaar … --nacalculatie); de verdeling hieronder is die van het hele te verrekenen resultaat, ter vergelijking.")
        return lines
    }

    public func presentation(_ options: ReportOptions) -> Report {
        let derivation = derivation
        let budget = derivation.budget
        let year = budget.period.year
        var report = Report(
            title: "Verrekening \(year) — \(budget.organisation.name)",
            context: BudgetReportContent.context(of: budget, options: options)
                + ["Resultaat uit \"\(derivation.realisationColumn.heading)\" tegen \"\(derivation.budgetColumn.heading)\" (\(status == .definitief ? "definitief" : "voorlopig: de kolom is een verwachting, geen afgesloten jaar")); resultaat + = voordeel, verrekening − = terug naar de gemeenten."])
        var table = ReportTable(caption: "Resultaat \(year) naar component", columns: [
            ReportTable.Column("component", alignsRight: false), ReportTable.Column("code", alignsRight: false), ReportTable.Column("begroot"),
            ReportTable.Column("werkelijk"), ReportTable.Column("resultaat"), ReportTable.Column("verrekening"), ReportTable.Column("behandeling", alignsRight: false),
        ])
        for component in derivation.components {
            table.rows.append(ReportTable.Row([
                .text(component.name), .text(component.identifier), component.budgeted.map(ReportTable.Cell.amount) ?? .empty,
                component.actual.map(ReportTable.Cell.amount) ?? .empty, .result(component.result),
                component.isSettled ? .amount(component.settlementAmount) : .empty,
                .text(Self.treatment(component)),
            ]))
        }
        table.rows.append(ReportTable.Row([
            .text("Resultaat \(year)"), .empty, .empty, .empty, .result(derivation.result), .amount(derivation.settlement.total), .empty,
        ], style: .total))
        let check = derivation.componentsAddUp ? "✓" : "✗ KLOPT NIET"
        var paragraphs = [
            "Controle (exact): de componenten tellen op tot het resultaat \(derivation.result.resultNotation) \(check).",
            "Verrekend met de gemeenten: \(derivation.settledResult.resultNotation) (verrekening \(derivation.settlement.total.dutch())); niet verrekend: \(derivation.unsettledResult.resultNotation)"
                + (derivation.unsettledResult.isZero ? "." : derivation.settlement.reserveParts.isEmpty
                    ? " (\(Self.reserveText(derivation.unsettledResult)))."
                    : " (" + derivation.settlement.reserveParts.map { "\($0.name) → reserve \($0.reserve): \($0.amount.dutch())" }.joined(separator: "; ") + ")."),
        ]
        for component in derivation.components {
            paragraphs.append("\(component.name): \(component.explanation) = \(component.result.resultNotation)" + (component.appropriationText.map { "; \($0)" } ?? "") + ".")
        }
        if let adoption = derivation.adoption {
            paragraphs.append("Volgt de \(adoption.dutchDescription): per component gaat het vastgestelde deel naar de reserve en wordt de rest verrekend (reserve + verrekend = resultaat per component); in de begroting die het jaar verrekent staat het als 'naar-reserves' en in het verloop van de reserve.")
        }
        report.sections.append(ReportSection(heading: "Componenten", table: table, paragraphs: paragraphs))
        report.sections.append(ReportSection(heading: "Waar het resultaat verrekend wordt", paragraphs: ledgerParagraphs))

        let settled = derivation.components.filter(\.isSettled)
        var perMember = ReportTable(
            caption: "Verrekening \(year) per gemeente",
            columns: [ReportTable.Column("gemeente", alignsRight: false)] + settled.map { ReportTable.Column($0.identifier) } + [ReportTable.Column("totaal")])
        for (index, member) in derivation.members.enumerated() {
            let parts = settled.map { $0.split?.parts[index] ?? .zero }
            perMember.rows.append(ReportTable.Row([.text(member)] + parts.map(ReportTable.Cell.amount) + [.amount(derivation.settlement(of: member))]))
        }
        perMember.rows.append(ReportTable.Row([.text("Totaal")] + settled.map { .amount($0.settlementAmount) } + [.amount(derivation.settlement.total)], style: .total))
        let key = derivation.key
        var keyText = "Verdeelsleutel \"\(key.description)\" (\(key.kind.dutchName)\(key.source.map { ", bron: \($0)" } ?? ""))"
        keyText += derivation.keyIsDerived ? ": de bijdragen van dat jaar als gewicht." : "."
        var memberParagraphs = [keyText + " Elke component wordt apart verdeeld met de grootste-restmethode; elke verdeling telt exact op tot haar component."]
        for component in settled {
            guard let split = component.split, let sum = component.splitSum else { continue }
            memberParagraphs.append("\(component.identifier): som \(sum.dutch()) = \(component.settlementAmount.dutch()) \(sum == component.settlementAmount ? "✓" : "✗ KLOPT NIET").")
            if options.explains {
                for (index, member) in derivation.members.enumerated() {
                    memberParagraphs.append("\(member), \(component.identifier): " + split.explanation(of: index, what: "het aandeel").joined(separator: " "))
                }
            }
        }
        report.sections.append(ReportSection(heading: "Per gemeente", table: perMember, paragraphs: memberParagraphs))
        report.primarySection = 1
        report.describe(budget)
        return report
    }

    /// How a component is treated: settled, partly or wholly to a named reserve, or
    /// (`--niet-verrekenen`) to an unnamed reserve.
    static func treatment(_ component: SettlementDerivation.Component) -> String {
        if let reserve = component.reserve, !component.reservedPart.isZero {
            let movement = component.reservedPart.isNegative ? "onttrokken aan reserve \(reserve)" : "naar reserve \(reserve)"
            return component.settledPart.isZero ? "niet verrekend: \(movement)" : "deels verrekend; \(component.reservedPart.magnitude.dutch()) \(movement)"
        }
        return component.isSettled ? "verrekend" : reserveText(component.result)
    }

    /// "toegevoegd aan een reserve" or "onttrokken aan een reserve".
    static func reserveText(_ result: Money) -> String {
        result.isNegative ? "niet verrekend: onttrokken aan een reserve" : "niet verrekend: toegevoegd aan een reserve"
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        let derivation = derivation
        let budget = derivation.budget
        let components: [JSONOutput] = derivation.components.map { component in
            var fields: [JSONOutput.Member] = [
                .init("code", .string(component.identifier)),
                .init("naam", .string(component.name)),
                .init("begroot", component.budgeted.map(JSONOutput.amount) ?? .null),
                .init("werkelijk", component.actual.map(JSONOutput.amount) ?? .null),
                .init("resultaat", .amount(component.result)),
                .init("verrekend", .bool(component.isSettled)),
                .init("verrekening", component.isSettled ? .amount(component.settlementAmount) : .amount(.zero)),
                .init("naar-reserve", .amount(component.reservedPart)),
                .init("reserve", .optional(component.reserve)),
                .init("toelichting", .string(component.explanation)),
            ]
            if let split = component.split {
                fields.append(.init("methode", .string(split.method.rawValue)))
                fields.append(.init("verdeling", .array(derivation.members.indices.map { index in
                    .object([
                        "gemeente": .string(derivation.members[index]),
                        "bedrag": .amount(split.parts[index]),
                        "exact": .string(split.derivations[index].exact.dutch()),
                        "afleiding": .string(split.shortDerivation(of: index)),
                    ])
                })))
            }
            return .object(fields)
        }
        return .object([
            "bestand": .string(budget.file),
            "organisatie": .string(budget.organisation.identifier),
            "jaar": .integer(budget.period.year),
            "kolom-begroot": .string(derivation.budgetColumn.name),
            "kolom-werkelijk": .string(derivation.realisationColumn.name),
            "resultaat": .amount(derivation.result),
            "status": .string(status.rawValue),
            "verrekend-in": .array((ledgerYear?.settlings ?? []).map { settling in
                .object(["bestand": .string(settling.file), "titel": .string(settling.title), "verrekening": .amount(settling.amount)])
            }),
            "nog-te-verrekenen": .amount(remainingToSettle),
            "resultaatbestemming": derivation.adoption.map { .object(["datum": .string($0.date), "besluit": .string($0.decision)]) } ?? .null,
            "naar-reserves": .array(derivation.settlement.reserveParts.map { .object(["naam": .string($0.name), "reserve": .string($0.reserve), "bedrag": .amount($0.amount)]) }),
            "componenten-tellen-op": .bool(derivation.componentsAddUp),
            "componenten": .array(components),
            "verrekend-resultaat": .amount(derivation.settledResult),
            "niet-verrekend-resultaat": .amount(derivation.unsettledResult),
            "gemeenten": .array(derivation.members.map { member in
                .object(["gemeente": .string(member), "verrekening": .amount(derivation.settlement(of: member))])
            }),
            "sleutel-afgeleid": .bool(derivation.keyIsDerived),
            "verdeelsleutels": .array([BudgetFileWriter.json(derivation.key)]),
            "verrekening": BudgetFileWriter.json(derivation.settlement),
        ])
    }
}
