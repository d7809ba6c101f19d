/// The phase-in of a key in the scenario report: per variant and year the split the
/// phased key recorded (old key, new key, exact blend, cap, part).
extension ScenarioReport {
    /// One financing part split by a phased key in one year of one variant.
    public struct PhaseInYear: Sendable {
        /// The variant's name.
        public var variant: String
        /// The year.
        public var year: Int
        /// The financing part ("bijdrage", "algemeen" or a theme).
        public var part: FinancingPart
    }

    /// Every part split by a phased key, per variant and year: from the meerjarenraming
    /// when there is one, else from the budget year.
    public static func phaseInYears(_ figures: ScenarioFigures) -> [PhaseInYear] {
        var result: [PhaseInYear] = []
        if figures.projections.isEmpty {
            for variant in [figures.comparison.basis] + figures.comparison.scenarios {
                for part in variant.statement.parts where part.split.phaseIn != nil {
                    result.append(PhaseInYear(variant: variant.name, year: variant.budget.period.year, part: part))
                }
            }
        } else {
            for variant in figures.projections {
                for (year, statement) in variant.years {
                    for part in statement.parts where part.split.phaseIn != nil {
                        result.append(PhaseInYear(variant: variant.name, year: year, part: part))
                    }
                }
            }
        }
        return result
    }

    /// The section: one row per year and participant.
    static func phaseInSection(_ years: [PhaseInYear]) -> ReportSection? {
        guard !years.isEmpty else { return nil }
        var table = ReportTable(caption: "Ingroei van de verdeelsleutel per jaar", columns: [
            ReportTable.Column("variant", alignsRight: false), ReportTable.Column("jaar"), ReportTable.Column("stap", alignsRight: false),
            ReportTable.Column("gemeente", alignsRight: false), ReportTable.Column("oude sleutel"), ReportTable.Column("nieuwe sleutel"),
            ReportTable.Column("exact", alignsRight: true), ReportTable.Column("plafondruimte", alignsRight: true), ReportTable.Column("deel"),
            ReportTable.Column("verschil met oud"),
        ])
        var descriptions: [String] = []
        for entry in years {
            guard let phase = entry.part.split.phaseIn, let old = entry.part.split.phaseInOld, let new = entry.part.split.phaseInNew,
                let changes = entry.part.split.phaseInChanges else { continue }
            let description = "\(entry.variant)\(entry.part.name == "bijdrage" ? "" : ", \(entry.part.name)"): ingroei \(phase.phaseIn.dutchDescription)."
            if !descriptions.contains(description) { descriptions.append(description) }
            for (index, member) in entry.part.participants.enumerated() {
                let part = entry.part.split.parts[index]
                table.rows.append(ReportTable.Row([
                    .text(entry.variant), .text(String(entry.year)), .text("\(phase.step) (\(phase.weightText))"), .text(member),
                    .amount(old.parts[index]), .amount(new.parts[index]), .text(phase.exact[index].dutch()),
                    .text(phase.allowances[index].map { $0.dutch() + (phase.isCapped[index] ? " (bereikt)" : "") } ?? "–"),
                    .amount(part), .amount(changes[index]),
                ]))
            }
        }
        let rule = "Jaar k van N: elk deel is exact (N − k)/N × het deel naar de oude sleutel + k/N × het deel naar de nieuwe sleutel (beide sleutels verdelen hetzelfde bedrag van dat jaar, elk met zijn eigen aandelen), één keer afgerond met de grootste resten; de delen van elk jaar tellen exact op tot het bedrag. Met een plafond betaalt een gemeente in jaar k hoogstens k × het plafond meer dan naar de oude sleutel; het meerdere dragen de andere gemeenten naar de nieuwe sleutel. Na jaar N geldt de nieuwe sleutel geheel (een plafond begrenst dan nog)."
        return ReportSection(heading: "Ingroei van de verdeelsleutel", table: table, paragraphs: descriptions + [rule])
    }

    /// The phase-in as JSON: per variant, year and part the recorded derivation.
    static func phaseInJSON(_ years: [PhaseInYear]) -> JSONOutput {
        .array(years.compactMap { entry in
            guard let phase = entry.part.split.phaseIn, let old = entry.part.split.phaseInOld, let new = entry.part.split.phaseInNew else { return nil }
            return .object([
                "variant": .string(entry.variant),
                "deel": .string(entry.part.name),
                "afleiding": phase.json(old: old, new: new, parts: entry.part.split.parts, participants: entry.part.participants),
            ])
        })
    }
}
