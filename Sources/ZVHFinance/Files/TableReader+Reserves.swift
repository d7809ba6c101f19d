/// Reading the reserves sheet and a line's `incidenteel` cell of the import layout.
import Foundation

extension TableReader {
    /// The sheet `reserves`: ``BudgetSheets/reserveHeader``, one row per reserve.
    mutating func readReserves() -> [Reserve] {
        guard let table = table("reserves") else { return [] }
        let columnsOf = Self.headerIndex(table)
        var reserves: [Reserve] = []
        for row in table.rows.indices.dropFirst() {
            guard let name = Self.field(table, columnsOf, row: row, "naam") else { continue }
            let kindName = Self.field(table, columnsOf, row: row, "soort") ?? ""
            guard let kind = Reserve.Kind(rawValue: kindName) else {
                let names = Reserve.Kind.allCases.map(\.rawValue)
                problem(table, row: row, column: columnsOf["soort"] ?? 1, "soort \"\(kindName)\" onbekend\(Spelling.hint(for: kindName, among: names)) (kies uit \(names.joined(separator: ", ")))")
                continue
            }
            let opening = columnsOf["stand-begin"].flatMap { amount(table, row: row, column: $0) } ?? .zero
            let cap = columnsOf["plafond"].flatMap { amount(table, row: row, column: $0) }
            reserves.append(Reserve(
                name: name, kind: kind, openingBalance: opening, cap: cap, purpose: Self.field(table, columnsOf, row: row, "doel"),
                endDate: Self.field(table, columnsOf, row: row, "einddatum"), decision: Self.field(table, columnsOf, row: row, "besluit")))
        }
        return reserves
    }

    /// A line's `incidenteel` cell: `ja`, `nee`, or years separated by `;`.
    mutating func recurrence(_ table: BudgetImporter.Table, _ columnsOf: [String: Int], row: Int) -> Recurrence? {
        guard let text = Self.field(table, columnsOf, row: row, "incidenteel") else { return nil }
        switch text.lowercased() {
        case "ja", "waar", "true", "x": return .incidental(years: [])
        case "nee", "onwaar", "false": return .structural
        default:
            let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let years = parts.compactMap { Int($0) }
            guard years.count == parts.count, !years.isEmpty else {
                problem(table, row: row, column: columnsOf["incidenteel"] ?? 0, "incidenteel is ja, nee of de jaren (bv. 2022; 2023), niet \"\(text)\"")
                return nil
            }
            return .incidental(years: years)
        }
    }
}
