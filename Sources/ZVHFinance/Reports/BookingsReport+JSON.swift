extension BookingsReport {
    public func json(_ options: ReportOptions) -> JSONOutput {
        let actuals = actuals
        let months = Array(actuals.months)
        func excluded(_ value: BookingActuals.Excluded) -> JSONOutput { .object(["aantal": .integer(value.count), "bedrag": .amount(value.amount)]) }
        func unused(_ rule: BookingActuals.RuleUse) -> JSONOutput {
            .string("boekingsregel \"\(rule.name)\" (\(actuals.rulesFile)\(rule.origin.map { ":" + $0.lineAndColumn } ?? "")) kreeg geen enkele boeking")
        }
        return .object([
            "bestand": .string(actuals.budget.file),
            "boekingen": .string(actuals.exportFile),
            "boekingsregels": .string(actuals.rulesFile),
            "bron-regels": .optional(actuals.rulesSource),
            "tot": .optional(actuals.through?.iso),
            "kolom-begroot": .string(actuals.budgetColumn.name),
            "maanden": .array(months.map(JSONOutput.integer)),
            "regels": .array(actuals.targets.map { target in
                .object([
                    .init("naam", .string(target.name)), .init("zijde", .string(target.side.rawValue)),
                    .init("gemeente", .optional(target.municipality)), .init("begroot", .amount(target.budgeted)),
                    .init("werkelijk", .amount(target.actual)), .init("restant", .amount(target.remaining)),
                    .init("uitputting", target.exhaustion.json), .init("prognose", target.prognosis.map(JSONOutput.amount) ?? .null),
                    .init("werkelijk-in-bestand", target.statedActual.map(JSONOutput.amount) ?? .null),
                    .init("per-maand", .array(months.map { .amount(target.perMonth[$0 - 1]) })),
                    .init("cumulatief", .array(target.cumulative(over: actuals.months).map(JSONOutput.amount))),
                ])
            }),
            "totalen": .object([
                "lasten": .object(["begroot": .amount(actuals.totals(of: .lasten).budgeted), "werkelijk": .amount(actuals.costActuals)]),
                "baten": .object(["begroot": .amount(actuals.totals(of: .baten).budgeted), "werkelijk": .amount(actuals.incomeActuals)]),
            ]),
            "gemeenten": .array(actuals.members.map { member in
                .object([
                    "gemeente": .string(member.municipality), "begroot": .amount(member.budgeted), "termijnen": .integer(member.instalments),
                    "termijnen-verschuldigd": .integer(member.instalmentsDue), "voorschotten-verschuldigd": .amount(member.advancesDue),
                    "ontvangen": .amount(member.received), "verschil": .amount(member.difference),
                ])
            }),
            "niet-toegewezen": .object([
                "aantal": .integer(actuals.unassignedCount),
                "bedrag": .amount(actuals.unassignedAmount),
                "boekingen": .array(actuals.unassigned.map { booking in
                    .object([
                        "csv-regel": .integer(booking.line), "datum": .string(booking.date.iso), "rekening": .string(String(booking.account)),
                        "kostenplaats": .string(booking.costCentre), "omschrijving": .string(booking.description), "bedrag": .amount(booking.amount),
                    ])
                }),
            ]),
            "boekingsregels-gebruik": .array(actuals.ruleUses.map { .object(["naam": .string($0.name), "boekingen": .integer($0.bookings), "regelnummer": $0.origin.map { .integer($0.location.line) } ?? .null]) }),
            "aansluiting": .object([
                "som-boekingen": .amount(actuals.bookingSum),
                "aantal-boekingen": .integer(actuals.bookingCount),
                "lasten": .amount(actuals.costActuals),
                "baten": .amount(actuals.incomeActuals),
                "niet-toegewezen": .amount(actuals.unassignedAmount),
                "buiten-periode": excluded(actuals.outsidePeriod),
                "na-datum": excluded(actuals.afterThrough),
                "som-delen": .amount(actuals.reconciledSum),
                "sluit": .bool(actuals.reconciles),
            ]),
            "waarschuwingen": .array(
                actuals.unusedRules.map(unused)
                    + (actuals.unassignedCount > 0 ? [.string("\(actuals.unassignedCount) boeking(en) van samen \(actuals.unassignedAmount.dutch()) kregen geen regel: de werkelijke cijfers zijn onvolledig")] : [])),
        ])
    }
}
