import Foundation

/// A sheet `lasten` or `baten` of the import layout. With a column `niveau`: one row per
/// group (`groep`, its depth in `niveau`) or line (`naam`), a line belonging to the last
/// group one level up; amounts in the columns after the fixed ones, printed amounts in
/// the columns `<kolom> vermeld`. Without it (the first layout): `groep | naam | soort |
/// gemeente | kolommen…`, consecutive lines with the same `groep` forming a group.
struct LinesSheet {
    /// The entries, in order.
    var items: [BudgetItem] = []

    /// Reads the sheet.
    /// - Parameters:
    ///   - kinds: the line kinds of this side.
    ///   - members: the members' names (of ``MembersSheet``).
    ///   - columns: the budget's columns; an amount column the header sheet does not name
    ///     is added as a budgeted one.
    ///   - rates: the rates of ``RatesSheet``, for a capacity line.
    /// - Complexity: O(rows × columns).
    init(_ sheet: inout ImportSheet, side kinds: [LineKind], members: Set<String>, columns: inout [Column], rates: [Rate]) {
        guard let header = sheet.table.rows.first else { return }
        let levelled = sheet.columns["niveau"] != nil
        let fixed: Set<String> = levelled ? Set(BudgetSheets.lineHeader) : ["groep", "naam", "soort", "gemeente"]
        var amountColumns: [(index: Int, name: String, stated: Bool)] = []
        for index in header.indices {
            guard let name = ImportSheet.text(header[index]) else { continue }
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
        let groupColumn = sheet.columns["groep"] ?? 0, nameColumn = sheet.columns["naam"] ?? 1, kindColumn = sheet.columns["soort"] ?? 2, memberColumn = sheet.columns["gemeente"] ?? 3
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
        for row in sheet.dataRows {
            let groupName = sheet.text(row: row, column: groupColumn)
            var stated = ByColumn<StatedAmount>()
            var amounts = ByColumn<Money>()
            for column in amountColumns {
                guard let money = sheet.amount(row: row, column: column.index) else { continue }
                if column.stated { stated[column.name] = StatedAmount(money) } else { amounts[column.name] = money }
            }
            var depth = 1
            if levelled, let levelColumn = sheet.columns["niveau"] {
                if let level = sheet.text(row: row, column: levelColumn) {
                    if let value = Int(level), (1...20).contains(value), value <= open.count + 1 || sheet.text(row: row, column: nameColumn) == nil && value <= open.count + 1 {
                        depth = value
                    } else {
                        sheet.problem(row: row, column: levelColumn, "niveau \"\(level)\" past hier niet (1 tot en met \(open.count + 1): een regel of groep staat in de groep erboven of op een hoger niveau)")
                        continue
                    }
                } else if groupName != nil || sheet.text(row: row, column: nameColumn) != nil {
                    sheet.problem(row: row, column: levelColumn, "geef het niveau (1 = bovenste)")
                    continue
                }
            }
            guard let name = sheet.text(row: row, column: nameColumn) else {
                if levelled, let groupName {
                    close(to: depth - 1)
                    var theme: Theme?
                    if let keyName = sheet.field(row: row, "thema-sleutel") {
                        let only = ImportSheet.list(sheet.field(row: row, "deelnemers")), except = ImportSheet.list(sheet.field(row: row, "zonder"))
                        theme = Theme(keyName: keyName, participation: !only.isEmpty ? .only(only) : !except.isEmpty ? .except(except) : .all)
                    }
                    if !amounts.isEmpty {
                        sheet.problem(row: row, column: amountColumns.first { !$0.stated && amounts[$0.name] != nil }?.index ?? 0,
                                "een groep heeft geen eigen bedragen (die volgen uit haar regels); een gedrukt subtotaal hoort in de kolom '<kolom>\(BudgetSheets.statedSuffix)'")
                    }
                    var group = BudgetGroup(name: groupName, items: [], stated: stated, theme: theme)
                    group.code = sheet.field(row: row, "code")
                    open.append(group)
                    continue
                }
                if groupName != nil || !amounts.isEmpty || !stated.isEmpty {
                    sheet.problem(row: row, column: nameColumn, "een regel heeft een naam")
                }
                continue
            }
            if levelled, groupName != nil {
                sheet.problem(row: row, column: groupColumn, "een rij is een groep (alleen 'groep') of een regel ('naam'), niet allebei")
                continue
            }
            var kind: LineKind?
            if let kindName = sheet.text(row: row, column: kindColumn) {
                kind = kinds.first { $0.rawValue == kindName }
                if kind == nil {
                    sheet.problem(row: row, column: kindColumn, "soort \"\(kindName)\" past niet bij \(sheet.name.lowercased()) (kies uit \(kinds.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            let municipality = sheet.text(row: row, column: memberColumn)
            if let municipality, !members.contains(municipality) {
                sheet.problem(row: row, column: memberColumn, "\"\(municipality)\" staat niet in het werkblad gemeenten\(Spelling.hint(for: municipality, among: Array(members).sorted()))")
            } else if municipality != nil, kind != .municipalContribution {
                sheet.problem(row: row, column: memberColumn, "alleen een regel van soort gemeentelijke-bijdrage hoort bij een gemeente")
            } else if municipality == nil, kind == .municipalContribution {
                sheet.problem(row: row, column: memberColumn, "een gemeentelijke bijdrage noemt de gemeente")
            }
            var capacity: Capacity?
            if let function = sheet.field(row: row, "functie") {
                let fte = sheet.columns["fte"].flatMap { sheet.quantity(row: row, column: $0) }
                if let fte {
                    capacity = Capacity(fte: fte, function: function, rate: rates.first { $0.function == function }?.amount ?? .zero)
                } else {
                    sheet.problem(row: row, column: sheet.columns["fte"] ?? nameColumn, "een capaciteitsregel (functie \(function)) noemt de fte")
                }
            }
            var line = BudgetLine(name: name, kind: kind, municipality: municipality, amounts: amounts, stated: stated,
                                  capacity: capacity, theme: sheet.field(row: row, "thema"))
            if let passedOn = sheet.field(row: row, "doorgeven") {
                switch passedOn.lowercased() {
                case "ja": line.isPassedOn = true
                case "nee": line.isPassedOn = false
                default: sheet.problem(row: row, column: sheet.columns["doorgeven"] ?? nameColumn, "doorgeven is \"ja\" of \"nee\", niet \"\(passedOn)\"")
                }
            }
            line.code = sheet.field(row: row, "code")
            line.reserve = sheet.field(row: row, "reserve")
            line.recurrence = Self.recurrence(row: row, in: &sheet)
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
        self.items = items
    }
}

extension LinesSheet {
    /// A line's `incidenteel` cell: `ja`, `nee`, or years separated by `;`.
    static func recurrence(row: Int, in sheet: inout ImportSheet) -> Recurrence? {
        guard let text = sheet.field(row: row, "incidenteel") else { return nil }
        switch text.lowercased() {
        case "ja", "waar", "true", "x": return .incidental(years: [])
        case "nee", "onwaar", "false": return .structural
        default:
            let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let years = parts.compactMap { Int($0) }
            guard years.count == parts.count, !years.isEmpty else {
                sheet.problem(row: row, column: sheet.columns["incidenteel"] ?? 0, "incidenteel is ja, nee of de jaren (bv. 2022; 2023), niet \"\(text)\"")
                return nil
            }
            return .incidental(years: years)
        }
    }
}
