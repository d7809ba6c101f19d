/// The sheet `verdeelsleutels` of the import layout: `sleutel | soort | omschrijving |
/// bron | vast-bedrag | gemeente | deel | waarde`, one row per entry, every row naming
/// its key; the first row of a key has its `soort` (a ``KeyKindName`` that the layout
/// can hold).
struct KeysSheet {
    /// The keys, in the order of their first row.
    var keys: [DistributionKey] = []

    /// No sheet: no keys.
    init() {}

    /// Reads the sheet.
    /// - Complexity: O(rows).
    init(_ sheet: inout ImportSheet) {
        var order: [String] = []
        var heads: [String: (kind: String, description: String?, source: String?, fixed: Money?, row: Int)] = [:]
        var entries: [String: [KeyEntry]] = [:]
        var parts: [String: [MixPart]] = [:]
        let kindColumn = sheet.columns["soort"] ?? 1, valueColumn = sheet.columns["waarde"] ?? 7
        for row in sheet.dataRows {
            guard let name = sheet.field(row: row, "sleutel") else {
                if sheet.hasText(row: row) { sheet.problem(row: row, column: 0, "een rij noemt de sleutel") }
                continue
            }
            if heads[name] == nil {
                guard let kindName = sheet.field(row: row, "soort") else {
                    sheet.problem(row: row, column: kindColumn, "de eerste rij van sleutel \"\(name)\" noemt de soort")
                    continue
                }
                let fixed = sheet.columns["vast-bedrag"].flatMap { sheet.amount(row: row, column: $0) }
                heads[name] = (kindName, sheet.field(row: row, "omschrijving"), sheet.field(row: row, "bron"), fixed, row)
                order.append(name)
            }
            let value = sheet.columns["waarde"].flatMap { sheet.quantity(row: row, column: $0) }
            if let member = sheet.field(row: row, "gemeente") {
                guard let value else { sheet.problem(row: row, column: valueColumn, "geef de waarde voor \(member)"); continue }
                entries[name, default: []].append(KeyEntry(municipality: member, value: value))
            } else if let part = sheet.field(row: row, "deel") {
                guard let value else { sheet.problem(row: row, column: valueColumn, "geef het aandeel (procent) van \(part)"); continue }
                parts[name, default: []].append(MixPart(percentage: value, keyName: part))
            }
        }
        for name in order {
            let head = heads[name]!
            guard let kindName = KeyKindName(rawValue: head.kind), kindName.isImportable,
                  let kind = DistributionKey.Kind(kindName, entries: entries[name] ?? [], fixedAmount: head.fixed ?? .zero, parts: parts[name] ?? []) else {
                let names = KeyKindName.allCases.filter(\.isImportable).map(\.rawValue)
                sheet.problem(row: head.row, column: kindColumn, "soort sleutel \"\(head.kind)\" onbekend (\(names.dropLast().joined(separator: ", ")) of \(names.last ?? ""))")
                continue
            }
            keys.append(DistributionKey(name: name, description: head.description, source: head.source, kind: kind))
        }
    }
}
