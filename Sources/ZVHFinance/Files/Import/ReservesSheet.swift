/// The sheet `reserves` of the import layout: ``BudgetSheets/reserveHeader``, one row
/// per reserve.
struct ReservesSheet {
    /// The reserves, in order.
    var reserves: [Reserve] = []

    /// No sheet: no reserves.
    init() {}

    /// Reads the sheet.
    /// - Complexity: O(rows).
    init(_ sheet: inout ImportSheet) {
        for row in sheet.dataRows {
            guard let name = sheet.field(row: row, "naam") else { continue }
            let kindName = sheet.field(row: row, "soort") ?? ""
            guard let kind = Reserve.Kind(rawValue: kindName) else {
                let names = Reserve.Kind.allCases.map(\.rawValue)
                sheet.problem(row: row, column: sheet.columns["soort"] ?? 1, "soort \"\(kindName)\" onbekend\(Spelling.hint(for: kindName, among: names)) (kies uit \(names.joined(separator: ", ")))")
                continue
            }
            let opening = sheet.columns["stand-begin"].flatMap { sheet.amount(row: row, column: $0) } ?? .zero
            let cap = sheet.columns["plafond"].flatMap { sheet.amount(row: row, column: $0) }
            reserves.append(Reserve(
                name: name, kind: kind, openingBalance: opening, cap: cap, purpose: sheet.field(row: row, "doel"),
                endDate: sheet.field(row: row, "einddatum"), decision: sheet.field(row: row, "besluit")))
        }
    }
}
