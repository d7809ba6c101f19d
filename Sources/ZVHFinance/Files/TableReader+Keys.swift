extension TableReader {
    /// Reads the sheet `verdeelsleutels`: `sleutel | soort | omschrijving | bron |
    /// vast-bedrag | gemeente | deel | waarde`, one row per entry, every row naming its
    /// key; the first row of a key has its `soort`.
    /// - Complexity: O(rows).
    mutating func readKeys() -> [DistributionKey] {
        var keys: [DistributionKey] = []
        guard let keysTable = table("verdeelsleutels") else { return keys }
        let columnsOf = Self.headerIndex(keysTable)
        var order: [String] = []
        var heads: [String: (kind: String, description: String?, source: String?, fixed: Money?, row: Int)] = [:]
        var entries: [String: [KeyEntry]] = [:]
        var parts: [String: [MixPart]] = [:]
        for row in keysTable.rows.indices.dropFirst() {
            guard let name = Self.field(keysTable, columnsOf, row: row, "sleutel") else {
                if (keysTable.rows[row]).contains(where: { Self.text($0) != nil }) { problem(keysTable, row: row, column: 0, "een rij noemt de sleutel") }
                continue
            }
            if heads[name] == nil {
                guard let kindName = Self.field(keysTable, columnsOf, row: row, "soort") else {
                    problem(keysTable, row: row, column: columnsOf["soort"] ?? 1, "de eerste rij van sleutel \"\(name)\" noemt de soort")
                    continue
                }
                let fixed = columnsOf["vast-bedrag"].flatMap { amount(keysTable, row: row, column: $0) }
                heads[name] = (kindName, Self.field(keysTable, columnsOf, row: row, "omschrijving"), Self.field(keysTable, columnsOf, row: row, "bron"), fixed, row)
                order.append(name)
            }
            let value = columnsOf["waarde"].flatMap { quantity(keysTable, row: row, column: $0) }
            if let member = Self.field(keysTable, columnsOf, row: row, "gemeente") {
                guard let value else { problem(keysTable, row: row, column: columnsOf["waarde"] ?? 7, "geef de waarde voor \(member)"); continue }
                entries[name, default: []].append(KeyEntry(municipality: member, value: value))
            } else if let part = Self.field(keysTable, columnsOf, row: row, "deel") {
                guard let value else { problem(keysTable, row: row, column: columnsOf["waarde"] ?? 7, "geef het aandeel (procent) van \(part)"); continue }
                parts[name, default: []].append(MixPart(percentage: value, keyName: part))
            }
        }
        for name in order {
            let head = heads[name]!
            let list = entries[name] ?? []
            guard let kindName = KeyKindName(rawValue: head.kind), kindName.isImportable,
                  let kind = DistributionKey.Kind(kindName, entries: list, fixedAmount: head.fixed ?? .zero, parts: parts[name] ?? []) else {
                let names = KeyKindName.allCases.filter(\.isImportable).map(\.rawValue)
                problem(keysTable, row: head.row, column: columnsOf["soort"] ?? 1, "soort sleutel \"\(head.kind)\" onbekend (\(names.dropLast().joined(separator: ", ")) of \(names.last ?? ""))")
                continue
            }
            keys.append(DistributionKey(name: name, description: head.description, source: head.source, kind: kind))
        }
        return keys
    }

    /// The contribution rule of the sheet `begroting` (`sleutel`, `bijdragen-kolom`,
    /// `afronding`, `methode`). In the first layout `sleutel` names no key of the sheet
    /// `verdeelsleutels` but `inwoners` or `gewichten` of the sheet `gemeenten`: that key
    /// is added to `keys`.
    mutating func contributionRule(
        _ stated: HeaderSheet, header: BudgetImporter.Table, columns: [Column], keys: inout [DistributionKey], weights: [KeyEntry]
    ) -> ContributionRule? {
        let fields = stated.fields, contributionColumns = stated.contributionColumns
        var rule: ContributionRule?
        if fields["sleutel"] != nil || !contributionColumns.isEmpty {
            var keyName = fields["sleutel"]?.value
            if let key = fields["sleutel"], !keys.contains(where: { $0.name == key.value }) {
                // The first layout: a key by inhabitants or by the weights of the sheet gemeenten.
                switch key.value {
                case "inwoners": keys.append(DistributionKey(name: "inwoners", description: "inwoners per gemeente (werkblad gemeenten)", kind: .inhabitants([])))
                case "gewichten": keys.append(DistributionKey(name: "gewichten", description: "gewichten per gemeente (werkblad gemeenten)", kind: .weights(weights)))
                default:
                    problem(header, row: key.row, column: 1, "sleutel \"\(key.value)\" staat niet in het werkblad verdeelsleutels\(Spelling.hint(for: key.value, among: keys.map(\.name)))")
                    keyName = nil
                }
            }
            let names = contributionColumns.map(\.value)
            if let first = names.first ?? columns.first(where: { $0.kind == .budgeted })?.name ?? columns.first?.name {
                var value = ContributionRule(keyName: keyName, column: first)
                value.otherColumns = Array(names.dropFirst())
                if let entry = fields["afronding"] {
                    if let unit = RoundingUnit(rawValue: entry.value) {
                        value.unit = unit
                    } else {
                        problem(header, row: entry.row, column: 1, "afronding \"\(entry.value)\" onbekend (euro of cent)")
                    }
                } else {
                    value.unit = .euro
                }
                if let method = fields["methode"] {
                    if let known = AllocationMethod(rawValue: method.value) {
                        value.method = known
                    } else {
                        let names = AllocationMethod.allCases.map(\.rawValue)
                        problem(header, row: method.row, column: 1, "methode \"\(method.value)\" onbekend\(Spelling.hint(for: method.value, among: names)) (\(names.joined(separator: " of ")))")
                    }
                }
                rule = value
            }
        }
        return rule
    }
}
