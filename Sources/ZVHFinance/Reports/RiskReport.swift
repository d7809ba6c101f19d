/// The risk paragraph of a budget (`zvh risicos`): the risks with kans × gevolg, the
/// benodigde and the available weerstandscapaciteit, the ratio and its class, and each
/// member's share of the risks by the key. A view of ``RiskProfile``; nothing here
/// computes a figure.
extension RiskProfile: ReportContent {
    public func presentation(_ options: ReportOptions) -> Report {
        var report = Report("Risico's en weerstandsvermogen", of: budget, options: options)
        report.asOf = BudgetReportContent.asOf(budget)
        var risksTable = ReportTable(caption: "Risico's", columns: [
            ReportTable.Column("risico", alignsRight: false), ReportTable.Column("soort", alignsRight: false), ReportTable.Column("kans"),
            ReportTable.Column("gevolg"), ReportTable.Column("kans × gevolg"),
        ])
        for risk in risks {
            risksTable.rows.append(ReportTable.Row([
                .text(risk.name), .text(risk.nature.rawValue), .text(risk.probability.dutch() + "%"), .amount(risk.impact), .text(risk.expectedAmount.dutch()),
            ]))
        }
        risksTable.rows.append(ReportTable.Row([.text("Benodigde capaciteit"), .empty, .empty, .empty, .text(required.dutch())], style: .total))
        var paragraphs = requiredByNature.map { "waarvan \($0.nature.rawValue): \($0.amount.dutch())" }
        if risks.isEmpty { paragraphs = ["Het bestand noemt geen risico's ('risicos')."] }
        paragraphs += risks.compactMap { risk in risk.explanation.map { "\(risk.name): \($0)" } }
        report.sections.append(ReportSection(heading: "Risico's", table: risksTable, paragraphs: paragraphs))

        var capacity = ReportTable(caption: "Beschikbare weerstandscapaciteit", columns: [ReportTable.Column("onderdeel", alignsRight: false), ReportTable.Column("bron", alignsRight: false), ReportTable.Column("bedrag")])
        for (component, amount) in available {
            let source: String
            switch component.source {
            case .amount: source = "bedrag in het bestand"
            case .line(let line): source = "begrotingsregel \"\(line)\" (kolom \(budget.mainColumn.name))"
            }
            capacity.rows.append(ReportTable.Row([.text(component.name), .text(source), .amount(amount)]))
        }
        capacity.rows.append(ReportTable.Row([.text("Totaal"), .empty, .amount(availableTotal)], style: .total))
        report.sections.append(ReportSection(heading: "Weerstandscapaciteit", table: capacity))

        var ratioTable = ReportTable(caption: "Weerstandsratio", columns: [ReportTable.Column("", alignsRight: false), ReportTable.Column("waarde", alignsRight: false)])
        ratioTable.rows = [
            ReportTable.Row([.text("beschikbare capaciteit"), .text(availableTotal.dutch())]),
            ReportTable.Row([.text("benodigde capaciteit"), .text(required.dutch())]),
            ReportTable.Row([.text("ratio (beschikbaar / benodigd)"), .text(ratioText ?? "– (geen risico's)")]),
            ReportTable.Row([.text("klasse"), .text(normClass.map { "\($0.letter) (\($0.judgement))" } ?? "–")]),
        ]
        report.sections.append(ReportSection(heading: "Weerstandsratio", table: ratioTable, paragraphs: [
            "Normtabel: \(norm.source): \(norm.dutchDescription). De ratio is exact berekend en voor de weergave op twee decimalen afgerond; de klasse volgt uit de exacte ratio.",
        ]))
        report.primarySection = report.sections.count - 1

        if let split = memberShares {
            var shares = ReportTable(caption: "Aandeel van elke gemeente in de benodigde capaciteit", columns: [
                ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("aandeel"), ReportTable.Column("benodigde capaciteit"),
            ])
            for member in members {
                shares.rows.append(ReportTable.Row([.text(member.municipality), .percent(member.share, decimals: 2), .amount(member.amount)]))
            }
            shares.rows.append(ReportTable.Row([.text("Totaal"), .empty, .amount(requiredInCents)], style: .total))
            report.sections.append(ReportSection(heading: "Aandeel per gemeente (voor de eigen risicoparagraaf)", table: shares, paragraphs: [
                "De benodigde capaciteit \(requiredInCents.dutch(alwaysCents: true)) (exact \(required.dutch()), op centen afgerond) verdeeld naar verdeelsleutel \"\(split.key.description)\" met de grootste resten; de delen tellen exact op tot het totaal.",
            ]))
        }
        return report
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        var members: [JSONOutput.Member] = [
            .init("bestand", .string(budget.file)),
            .init("organisatie", .string(budget.organisation.identifier)),
            .init("titel", .string(budget.title)),
            .init("risicos", .array(risks.map { risk in
                .object([
                    "naam": .string(risk.name), "soort": .string(risk.nature.rawValue), "kans": .quantity(risk.probability),
                    "gevolg": .amount(risk.impact), "kans-maal-gevolg": .string(risk.expectedAmount.dutch()),
                ])
            })),
            .init("benodigde-capaciteit", .amount(requiredInCents)),
            .init("benodigde-capaciteit-exact", .string(required.dutch())),
            .init("benodigd-per-soort", .object(requiredByNature.map { JSONOutput.Member($0.nature.rawValue, .string($0.amount.dutch())) })),
            .init("weerstandscapaciteit", .array(available.map { component, amount in
                .object(["naam": .string(component.name), "bedrag": .amount(amount)])
            })),
            .init("beschikbare-capaciteit", .amount(availableTotal)),
            .init("ratio", ratioText.map { .number($0.replacingAll(",", with: ".")) } ?? .null),
            .init("klasse", .optional(normClass?.letter)),
            .init("oordeel", .optional(normClass?.judgement)),
            .init("normtabel", .object([
                "bron": .string(norm.source),
                "klassen": .array(norm.classes.map { .object(["klasse": .string($0.letter), "vanaf": .quantity($0.lowerBound), "oordeel": .string($0.judgement)]) }),
            ])),
        ]
        if let split = memberShares {
            members.append(.init("gemeenten", .array(self.members.map { member in
                .object(["gemeente": .string(member.municipality), "aandeel": member.share.json, "benodigde-capaciteit": .amount(member.amount)])
            })))
            members.append(.init("sleutel", .string(split.key.name)))
        }
        return .object(members)
    }
}
