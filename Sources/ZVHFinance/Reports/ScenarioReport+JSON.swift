/// The scenario report as JSON: the figures of ``ScenarioFigures`` as they are, exact.
extension ScenarioReport {
    /// The report as JSON.
    public static func document(_ figures: ScenarioFigures) -> JSONOutput {
        let comparison = figures.comparison, compared = figures.compared
        let budget = figures.budget
        func variants(_ figures: ComparisonFigures) -> JSONOutput {
            .array(figures.members.indices.map { row in
                .object([
                    "gemeente": .string(figures.members[row]),
                    "basis": figures.basis.finals[row].map(JSONOutput.amount) ?? .null,
                    "scenarios": .object(figures.scenarios.map { variant in
                        JSONOutput.Member(variant.name, .object([
                            "bedrag": variant.finals[row].map(JSONOutput.amount) ?? .null,
                            "verschil": .amount(variant.differences[row]),
                        ]))
                    }),
                ])
            })
        }
        var members: [JSONOutput.Member] = [
            .init("bestand", .string(budget.file)),
            .init("organisatie", .string(budget.organisation.identifier)),
            .init("titel", .string(budget.title)),
            .init("scenarios", .array(zip(comparison.scenarios, compared.scenarios).map { variant, shown in
                let object = JSONOutput.object([
                    "naam": .string(variant.name),
                    "omschrijving": .optional(variant.scenario?.description),
                    "bestand": .optional(variant.scenario?.file.isEmpty == false ? variant.scenario?.file : nil),
                    "wijzigingen": .array((variant.scenario?.changes ?? []).map { .string($0.dutchDescription) }),
                    "totaal": .amount(shown.total),
                    "verschil": .amount(shown.totalDifference),
                    "verschillen-tellen-op": .bool(shown.differencesAddUp),
                    "uittreding": .array(variant.exits.map(\.json)),
                    "toetreding": .array(variant.entries.map(\.json)),
                ])
                // With an afronding line (per-gemeente) the variant's line, within `totaal`.
                guard compared.hasRoundingLine, case .object(let fields) = object else { return object }
                return .object(fields + [.init("afronding", .amount(shown.roundingDifference))])
            })),
            .init("totaal-basis", .amount(compared.basis.total)),
            .init("gemeenten", variants(compared)),
        ]
        if !figures.projections.isEmpty {
            members.append(.init("meerjarenraming", .object([
                "jaren": .integer(figures.projectionParameters?.years ?? 0),
                "indexatie": .object(IndexationKind.allCases.map { kind in
                    JSONOutput.Member(kind.rawValue, .quantity(figures.projectionParameters?.indexation[kind] ?? .zero))
                }),
                "parameters": .string(figures.projectionParameters?.dutchDescription ?? "geen indexatie"),
                "prijsniveau": .string((figures.projectionParameters ?? ProjectionParameters()).priceLevel(from: budget.period)),
                "varianten": .array(figures.projections.map { variant in
                    .object([
                        "naam": .string(variant.name),
                        "jaren": .array(variant.years.map { year, statement in
                            .object([
                                "jaar": .integer(year),
                                "totaal": .amount(statement.totalWithRounding),
                                "bijdragen": .object(statement.members.map { JSONOutput.Member($0.municipality, .amount($0.final)) }),
                            ])
                        }),
                    ])
                }),
            ])))
        }
        let phaseIn = phaseInYears(figures)
        if !phaseIn.isEmpty { members.append(.init("ingroei", phaseInJSON(phaseIn))) }
        if let sensitivity = figures.sensitivity {
            members.append(.init("gevoeligheid", variants(sensitivity)))
        }
        if let sweep = figures.sweep {
            members.append(.init("reeks", .object([
                "assen": .array(sweep.axes.map { axis in .object(["naam": .string(axis.name), "waarden": .array(axis.values.map(JSONOutput.quantity))]) }),
                "gemeenten": .array(sweep.members.map(JSONOutput.string)),
                "basis": .object(zip(sweep.members, sweep.basis).map { JSONOutput.Member($0, .amount($1)) }),
                "punten": .array(sweep.points.map { point in
                    .object([
                        "waarden": .object(zip(sweep.axes, point.values).map { JSONOutput.Member($0.name, .quantity($1)) }),
                        "bijdragen": .object(zip(sweep.members, point.finals).map { JSONOutput.Member($0, .amount($1)) }),
                        "totaal": .amount(point.total),
                    ])
                }),
            ])))
        }
        return .object(members)
    }
}

extension ScenarioFigures: ReportContent {
    public func presentation(_ options: ReportOptions) -> Report {
        ScenarioReport.report(self, options: options)
    }

    public func json(_ options: ReportOptions) -> JSONOutput {
        ScenarioReport.document(self)
    }
}
