extension TableReader {
    /// The entries of a lasten or baten sheet. With a column `niveau`: one row per group
    /// (`groep`, its depth in `niveau`) or line (`naam`), a line belonging to the last
    /// group one level up; amounts in the columns after the fixed ones, printed amounts
    /// in the columns `<kolom> vermeld`. Without it (the first layout): `groep | naam |
    /// soort | gemeente | kolommen…`, consecutive lines with the same `groep` forming a group.
    mutating func items(_ table: BudgetImporter.Table, side kinds: [LineKind], members: Set<String>, columns: inout [Column], rates: [Rate]) -> [BudgetItem] {
        guard let header = table.rows.first else { return [] }
        let columnsOf = Self.headerIndex(table)
        let levelled = columnsOf["niveau"] != nil
        let fixed: Set<String> = levelled ? Set(BudgetSheets.lineHeader) : ["groep", "naam", "soort", "gemeente"]
        var amountColumns: [(index: Int, name: String, stated: Bool)] = []
        for index in header.indices {
            guard let name = Self.text(header[index]) else { continue }
            if fixed.contains(name.lowercased()) || (!levelled && index < 4) { continue }
            if name.lowercased() == "bevindingen" || name.lowercased() == "toelichting" { continue }
            if name.hasSuffix(BudgetSheets.statedSuffix) {
                amountColumns.append((index, String(name.dropLast(BudgetSheets.statedSuffix.count)), true))
                continue
            }
            if !columns.contains(where: { $0.name == name }) {
                columns.append(Column(name: name, heading: name, kind: .budgeted, months: columns.first?.months ?? 12))
            }
            amountColumns.append((index, name, false))
        }
        let groupColumn = columnsOf["groep"] ?? 0, nameColumn = columnsOf["naam"] ?? 1, kindColumn = columnsOf["soort"] ?? 2, memberColumn = columnsOf["gemeente"] ?? 3
        // Open groups by depth (levelled layout): the path from the top to the current group.
        var items: [BudgetItem] = []
        var open: [BudgetGroup] = []
        func close(to depth: Int) {
            while open.count > depth {
                let group = open.removeLast()
                if open.isEmpty { items.append(.group(group)) } else { open[open.count - 1].items.append(.group(group)) }
            }
        }
        func add(_ item: BudgetItem) {
            if open.isEmpty { items.append(item) } else { open[open.count - 1].items.append(item) }
        }
        for row in table.rows.indices.dropFirst() {
            let cells = table.rows[row]
            let groupName = Self.text(Self.cell(cells, groupColumn))
            var stated = ByColumn<StatedAmount>()
            var amounts = ByColumn<Money>()
            for column in amountColumns {
                guard let money = amount(table, row: row, column: column.index) else { continue }
                if column.stated { stated[column.name] = StatedAmount(money) } else { amounts[column.name] = money }
            }
            var depth = 1
            if levelled, let levelColumn = columnsOf["niveau"] {
                if let level = Self.text(Self.cell(cells, levelColumn)) {
                    if let value = Int(level), (1...20).contains(value), value <= open.count + 1 || Self.text(Self.cell(cells, nameColumn)) == nil && value <= open.count + 1 {
                        depth = value
                    } else {
                        problem(table, row: row, column: levelColumn, "niveau \"\(level)\" past hier niet (1 tot en met \(open.count + 1): een regel of groep staat in de groep erboven of op een hoger niveau)")
                        continue
                    }
                } else if groupName != nil || Self.text(Self.cell(cells, nameColumn)) != nil {
                    problem(table, row: row, column: levelColumn, "geef het niveau (1 = bovenste)")
                    continue
                }
            }
            guard let name = Self.text(Self.cell(cells, nameColumn)) else {
                if levelled, let groupName {
                    close(to: depth - 1)
                    var theme: Theme?
                    if let keyName = Self.field(table, columnsOf, row: row, "thema-sleutel") {
                        let only = Self.list(Self.field(table, columnsOf, row: row, "deelnemers")), except = Self.list(Self.field(table, columnsOf, row: row, "zonder"))
                        theme = Theme(keyName: keyName, participation: !only.isEmpty ? .only(only) : !except.isEmpty ? .except(except) : .all)
                    }
                    if !amounts.isEmpty {
                        problem(table, row: row, column: amountColumns.first { !$0.stated && amounts[$0.name] != nil }?.index ?? 0,
                                "een groep heeft geen eigen bedragen (die volgen uit haar regels); een gedrukt subtotaal hoort in de kolom '<kolom>\(BudgetSheets.statedSuffix)'")
                    }
                    var group = BudgetGroup(name: groupName, items: [], stated: stated, theme: theme)
                    group.code = Self.field(table, columnsOf, row: row, "code")
                    open.append(group)
                    continue
                }
                if groupName != nil || !amounts.isEmpty || !stated.isEmpty {
                    problem(table, row: row, column: nameColumn, "een regel heeft een naam")
                }
                continue
            }
            if levelled, groupName != nil {
                problem(table, row: row, column: groupColumn, "een rij is een groep (alleen 'groep') of een regel ('naam'), niet allebei")
                continue
            }
            var kind: LineKind?
            if let kindName = Self.text(Self.cell(cells, kindColumn)) {
                kind = kinds.first { $0.rawValue == kindName }
                if kind == nil {
                    problem(table, row: row, column: kindColumn, "soort \"\(kindName)\" past niet bij \(table.name.lowercased()) (kies uit \(kinds.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            let municipality = Self.text(Self.cell(cells, memberColumn))
            if let municipality, !members.contains(municipality) {
                problem(table, row: row, column: memberColumn, "\"\(municipality)\" staat niet in het werkblad gemeenten\(Spelling.hint(for: municipality, among: Array(members).sorted()))")
            } else if municipality != nil, kind != .municipalContribution {
                problem(table, row: row, column: memberColumn, "alleen een regel van soort gemeentelijke-bijdrage hoort bij een gemeente")
            } else if municipality == nil, kind == .municipalContribution {
                problem(table, row: row, column: memberColumn, "een gemeentelijke bijdrage noemt de gemeente")
            }
            var capacity: Capacity?
            if let function = Self.field(table, columnsOf, row: row, "functie") {
                let fte = columnsOf["fte"].flatMap { quantity(table, row: row, column: $0) }
                if let fte {
                    capacity = Capacity(fte: fte, function: function, rate: rates.first { $0.function == function }?.amount ?? .zero)
                } else {
                    problem(table, row: row, column: columnsOf["fte"] ?? nameColumn, "een capaciteitsregel (functie \(function)) noemt de fte")
                }
            }
            var line = BudgetLine(name: name, kind: kind, municipality: municipality, amounts: amounts, stated: stated,
                                  capacity: capacity, theme: Self.field(table, columnsOf, row: row, "thema"))
            if let passedOn = Self.field(table, columnsOf, row: row, "doorgeven") {
                switch passedOn.lowercased() {
                case "ja": line.isPassedOn = true
                case "nee": line.isPassedOn = false
                default: problem(table, row: row, column: columnsOf["doorgeven"] ?? nameColumn, "doorgeven is \"ja\" of \"nee\", niet \"\(passedOn)\"")
                }
            }
            line.code = Self.field(table, columnsOf, row: row, "code")
            line.reserve = Self.field(table, columnsOf, row: row, "reserve")
            line.recurrence = recurrence(table, columnsOf, row: row)
            if levelled {
                close(to: depth - 1)
                add(.line(line))
            } else if let group = groupName {
                if case .group(var last) = items.last, last.name == group {
                    last.items.append(.line(line))
                    items[items.count - 1] = .group(last)
                } else {
                    items.append(.group(BudgetGroup(name: group, items: [.line(line)])))
                }
            } else {
                items.append(.line(line))
            }
        }
        close(to: 0)
        return items
    }
}
