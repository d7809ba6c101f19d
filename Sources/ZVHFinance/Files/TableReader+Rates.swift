extension TableReader {
    /// Reads the sheet `tarieven`: `functie | bedrag | bron | aanname`, the cost of one
    /// FTE per function.
    /// - Complexity: O(rows).
    mutating func readRates() -> [Rate] {
        var rates: [Rate] = []
        guard let ratesTable = table("tarieven") else { return rates }
        let columnsOf = Self.headerIndex(ratesTable)
        for row in ratesTable.rows.indices.dropFirst() {
            guard let function = Self.field(ratesTable, columnsOf, row: row, "functie") else { continue }
            guard let column = columnsOf["bedrag"], let money = amount(ratesTable, row: row, column: column) else {
                problem(ratesTable, row: row, column: columnsOf["bedrag"] ?? 1, "een tarief heeft een bedrag")
                continue
            }
            let assumption = Self.field(ratesTable, columnsOf, row: row, "aanname")?.lowercased()
            rates.append(Rate(function: function, amount: money, source: Self.field(ratesTable, columnsOf, row: row, "bron"),
                              isAssumption: ["ja", "waar", "true", "1", "x"].contains(assumption ?? "")))
        }
        return rates
    }
}
