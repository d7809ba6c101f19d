/// The verloop of the reserves in a budget report: per reserve begin, toevoegingen,
/// onttrekkingen and eind of the main column, as a table and as JSON.
extension BudgetReportContent {
    /// The schedule shown, nil when the file has no reserves.
    var reserveSchedule: ReserveSchedule? {
        analysed.budget.reserves.isEmpty ? nil : analysed.reserveSchedule
    }

    /// The reserves section: one row per reserve and a total row.
    static func reserveSection(_ schedule: ReserveSchedule, year: Int) -> ReportSection {
        var table = ReportTable(
            caption: "Verloop van de reserves \(year) (kolom \(schedule.column.name))",
            columns: [
                ReportTable.Column("reserve", alignsRight: false), ReportTable.Column("soort", alignsRight: false), .init("stand begin"),
                .init("toevoegingen"), .init("onttrekkingen"), .init("stand eind"), .init("plafond"),
            ])
        for entry in schedule.entries {
            table.rows.append(ReportTable.Row([
                .text(entry.reserve.name), .text(entry.reserve.kind.rawValue), .amount(entry.openingBalance), .amount(entry.additions),
                .amount(entry.withdrawals), .amount(entry.closingBalance), entry.reserve.cap.map(ReportTable.Cell.amount) ?? .empty,
            ]))
        }
        var paragraphs = ["Stand eind = stand begin + toevoegingen − onttrekkingen; de mutaties zijn de regels die de reserve noemen en de resultaatbestemming van een verrekend jaar (buiten de exploitatie)."]
        for entry in schedule.entries {
            for part in entry.appropriations {
                paragraphs.append("\(entry.reserve.name): resultaatbestemming \(part.name): \(part.amount.isNegative ? "onttrekking" : "toevoeging") \(part.amount.magnitude.dutch())" + (part.explanation.map { " (\($0))" } ?? "") + ".")
            }
        }
        for entry in schedule.entries {
            let details = [
                entry.reserve.purpose.map { "doel: \($0)" }, entry.reserve.endDate.map { "einddatum \($0)" },
                entry.reserve.decision.map { "besluit: \($0)" },
            ].compactMap { $0 }
            if !details.isEmpty { paragraphs.append("\(entry.reserve.name): \(details.joined(separator: "; ")).") }
        }
        if !schedule.unassigned.isEmpty {
            paragraphs.append("Mutaties zonder reserve: \(schedule.unassigned.map(\.name).joined(separator: ", ")) (zie zvh check).")
        }
        return ReportSection(heading: "Verloop reserves", table: table, paragraphs: paragraphs)
    }

    /// The schedule as JSON: per reserve `naam`, `soort`, `stand-begin`, `toevoegingen`,
    /// `onttrekkingen`, `stand-eind`, `plafond` (or null) and the `mutaties`.
    static func reserveJSON(_ schedule: ReserveSchedule) -> JSONOutput {
        .object([
            "kolom": .string(schedule.column.name),
            "reserves": .array(schedule.entries.map { entry in
                .object([
                    "naam": .string(entry.reserve.name), "soort": .string(entry.reserve.kind.rawValue),
                    "stand-begin": .amount(entry.openingBalance), "toevoegingen": .amount(entry.additions),
                    "onttrekkingen": .amount(entry.withdrawals), "stand-eind": .amount(entry.closingBalance),
                    "plafond": entry.reserve.cap.map(JSONOutput.amount) ?? .null,
                    "mutaties": .array(entry.movements.map { .object(["regel": .string($0.line.name), "bedrag": .amount($0.amount)]) }),
                    "resultaatbestemming": .array(entry.appropriations.map { .object(["naam": .string($0.name), "bedrag": .amount($0.amount)]) }),
                ])
            }),
            "zonder-reserve": .array(schedule.unassigned.map { .string($0.name) }),
        ])
    }
}
