/// The sheet `tarieven` of the import layout: `functie | bedrag | bron | aanname`, the
/// cost of one FTE per function.
struct RatesSheet {
    /// The rates, in order.
    var rates: [Rate] = []

    /// No sheet: no rates.
    init() {}

    /// Reads the sheet.
    /// - Complexity: O(rows).
    init(_ sheet: inout ImportSheet) {
        for row in sheet.dataRows {
            guard let function = sheet.field(row: row, "functie") else { continue }
            guard let column = sheet.columns["bedrag"], let money = sheet.amount(row: row, column: column) else {
                sheet.problem(row: row, column: sheet.columns["bedrag"] ?? 1, "een tarief heeft een bedrag")
                continue
            }
            let assumption = sheet.field(row: row, "aanname")?.lowercased()
            rates.append(Rate(function: function, amount: money, source: sheet.field(row: row, "bron"),
                              isAssumption: ["ja", "waar", "true", "1", "x"].contains(assumption ?? "")))
        }
    }
}
