extension TableReader {
    /// Reads the sheet `verrekening`: `naam | bedrag | sleutel | toelichting`, one row per
    /// component, with `verrekening-jaar` and `verrekening-omschrijving` of the sheet
    /// `begroting`; nil when neither states a settlement.
    /// - Complexity: O(rows).
    mutating func readSettlement(_ stated: HeaderSheet, header: BudgetImporter.Table) -> Settlement? {
        let fields = stated.fields
        var components: [SettlementComponent] = []
        if let settlementTable = table("verrekening") {
            let columnsOf = Self.headerIndex(settlementTable)
            for row in settlementTable.rows.indices.dropFirst() {
                guard let name = Self.field(settlementTable, columnsOf, row: row, "naam") else { continue }
                guard let column = columnsOf["bedrag"], let money = amount(settlementTable, row: row, column: column) else {
                    problem(settlementTable, row: row, column: columnsOf["bedrag"] ?? 1, "een component heeft een bedrag")
                    continue
                }
                guard let key = Self.field(settlementTable, columnsOf, row: row, "sleutel") else {
                    problem(settlementTable, row: row, column: columnsOf["sleutel"] ?? 2, "een component noemt de sleutel")
                    continue
                }
                components.append(SettlementComponent(name: name, amount: money, keyName: key, explanation: Self.field(settlementTable, columnsOf, row: row, "toelichting")))
            }
        }
        if fields["verrekening-omschrijving"] != nil || fields["verrekening-jaar"] != nil || !components.isEmpty {
            let settledYear = fields["verrekening-jaar"].flatMap { integer($0.value, Period.acceptedYears, in: header, row: $0.row, column: 1) }
            return Settlement(settledYear: settledYear, description: fields["verrekening-omschrijving"]?.value ?? settledYear.map { "Verrekening \($0)" } ?? "Verrekening", components: components)
        }
        return nil
    }
}
