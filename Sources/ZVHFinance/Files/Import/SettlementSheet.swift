/// The sheet `verrekening` of the import layout: `naam | bedrag | sleutel | toelichting`,
/// one row per component, with `verrekening-jaar` and `verrekening-omschrijving` of the
/// sheet `begroting`.
struct SettlementSheet {
    /// The components, in order.
    var components: [SettlementComponent] = []

    /// No sheet: no components.
    init() {}

    /// Reads the sheet.
    /// - Complexity: O(rows).
    init(_ sheet: inout ImportSheet) {
        for row in sheet.dataRows {
            guard let name = sheet.field(row: row, "naam") else { continue }
            guard let column = sheet.columns["bedrag"], let money = sheet.amount(row: row, column: column) else {
                sheet.problem(row: row, column: sheet.columns["bedrag"] ?? 1, "een component heeft een bedrag")
                continue
            }
            guard let key = sheet.field(row: row, "sleutel") else {
                sheet.problem(row: row, column: sheet.columns["sleutel"] ?? 2, "een component noemt de sleutel")
                continue
            }
            components.append(SettlementComponent(name: name, amount: money, keyName: key, explanation: sheet.field(row: row, "toelichting")))
        }
    }

    /// The settlement: nil when neither this sheet nor the header states one.
    /// - Parameters:
    ///   - header: the sheet `begroting` as read, with `verrekening-jaar` and `-omschrijving`.
    ///   - headerSheet: the sheet `begroting`, where a wrong year is told.
    func settlement(_ header: HeaderSheet, in headerSheet: inout ImportSheet) -> Settlement? {
        let fields = header.fields
        guard fields["verrekening-omschrijving"] != nil || fields["verrekening-jaar"] != nil || !components.isEmpty else { return nil }
        let settledYear = fields["verrekening-jaar"].flatMap { headerSheet.integer($0.value, Period.acceptedYears, row: $0.row, column: 1) }
        return Settlement(settledYear: settledYear, description: fields["verrekening-omschrijving"]?.value ?? settledYear.map { "Verrekening \($0)" } ?? "Verrekening", components: components)
    }
}
