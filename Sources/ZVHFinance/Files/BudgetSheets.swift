/// The import layout of a budget as tables — what ``BudgetImporter`` reads, what
/// `zvh nieuw` writes as a workbook (`.xlsx`) or a CSV with titled blocks, and what the
/// workbook of a begroting/jaarrekening report carries after its own sheets. It holds
/// the whole budget (README, "Import layout"):
///
/// - `begroting`: `veld | waarde | soort | kop | maanden | van | ten-opzichte-van |
///   begroot | tot | wijzigingen`: the fields, one row `kolom` per column, the
///   contribution rule (`sleutel`, `bijdragen-kolom`, `afronding`, `methode`), the settlement's
///   `verrekening-jaar`/`-omschrijving`, rows `opmerking`;
/// - `gemeenten`: `gemeente | inwoners | peildatum | bron`; `tarieven`: `functie | bedrag | bron | aanname`;
/// - `reserves`: ``reserveHeader``, one row per reserve;
/// - `lasten`, `baten`: ``lineHeader`` then the columns and `<kolom> vermeld`: one row per
///   group or line with its `niveau`;
/// - `verdeelsleutels`: `sleutel | soort | omschrijving | bron | vast-bedrag | gemeente | deel | waarde`;
/// - `verrekening`: `naam | bedrag | sleutel | toelichting`;
/// - `vermeld`: `wat | naam | kolom | bedrag | soorten | regels`, the printed figures
///   (`afronding`: the published afronding line of a column).
public enum BudgetSheets {
    /// A table to write: a name, a header and rows of cells.
    public struct Sheet: Hashable, Sendable {
        /// The sheet's name.
        public var name: String
        /// The column headers.
        public var header: [String]
        /// The rows.
        public var rows: [[XLSXCell.Content]]
    }

    /// Why a budget does not fit the layout.
    public struct Unsupported: Error, Hashable, Sendable {
        /// What does not fit, in Dutch.
        public var reason: String
    }

    /// A starter budget: the usual cost groups and income kinds as zeros, the members
    /// with an inhabitants key (counts to be filled in), contributions computed.
    /// - Parameters:
    ///   - code: the organisation's code (`midden-limburg`).
    ///   - name: the organisation's name.
    ///   - members: the member municipalities.
    ///   - year: the budget's year.
    public static func starter(code: String, name: String, members: [String], year: Int) -> Budget {
        let column = "begroot"
        func line(_ name: String, _ kind: LineKind) -> BudgetItem { .line(BudgetLine(name: name, kind: kind, amounts: [column: .zero])) }
        return Budget(
            file: "", kind: .begroting, title: "Begroting \(year)",
            organisation: Organisation(identifier: code, name: name, members: members.map {
                Municipality(name: $0, inhabitants: Inhabitants(count: 1, referenceDate: "\(year - 2)-01-01", source: "in te vullen: CBS, inwoners op 1 januari"))
            }),
            period: Period(year: year, firstMonth: 1, months: 12),
            source: SourceReference(document: "in te vullen: het document waaruit de cijfers komen"),
            columns: [Column(name: column, heading: "begroting \(year)", kind: .budgeted, months: 12)],
            costs: [
                .group(BudgetGroup(name: "Personele kosten", items: [line("Formatie vast personeel", .personnel), line("Ingeleend personeel", .personnel)])),
                .group(BudgetGroup(name: "Inhuur", items: [line("Uitbestede werkzaamheden", .material), line("Studie- en reiskosten", .material)])),
                .group(BudgetGroup(name: "Materiële kosten", items: [
                    line("Huur", .material), line("Overige diensten", .material), line("Facilitair", .material),
                    line("Representatie", .material), line("Onvoorzien", .material),
                ])),
            ],
            income: [
                line("Rijksbijdrage (J&V)", .nationalGrant), line("POK-gelden (VWS)", .pokFunds),
                line("Centrumgemeente", .hostMunicipality), line("Ketenpartners", .chainPartners),
            ],
            keys: [DistributionKey(name: "inwoners", description: "inwoners per gemeente (werkblad gemeenten)", kind: .inhabitants([]))],
            contributionRule: ContributionRule(keyName: "inwoners", column: column),
            notes: ["Startbegroting van zvh nieuw: vul de bedragen, de inwoners (nu 1 per gemeente) en de bron in."])
    }

    /// The names of the layout's sheets, in the order they are written.
    public static let sheetNames = ["begroting", "gemeenten", "tarieven", "reserves", "lasten", "baten", "verdeelsleutels", "verrekening", "vermeld"]

    /// The budget in the import layout: everything the budget holds, printed figures
    /// included, so that ``BudgetImporter`` reads back the same budget.
    /// - Complexity: O(n) in the size of the budget.
    public static func sheets(for budget: Budget) -> [Sheet] {
        typealias Cell = XLSXCell.Content
        func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
        func money(_ value: Money?) -> Cell { value.map { .number(XLSXNumber($0)) } ?? .empty }
        func quantity(_ value: Quantity) -> Cell { XLSXNumber(value.jsonNumber).map(Cell.number) ?? .text(value.jsonNumber) }
        func integer(_ value: Int) -> Cell { .number(XLSXNumber(Int64(value))) }
        func list(_ names: [String]) -> Cell { names.isEmpty ? .empty : .text(names.joined(separator: "; ")) }

        var fields: [[Cell]] = [
            [.text("soort"), .text(budget.kind.rawValue)], [.text("titel"), .text(budget.title)],
            [.text("organisatie"), .text(budget.organisation.identifier)], [.text("naam"), .text(budget.organisation.name)],
            [.text("jaar"), integer(budget.period.year)],
        ]
        if !budget.period.isFullYear {
            fields += [[.text("eerste-maand"), integer(budget.period.firstMonth)], [.text("maanden"), integer(budget.period.months)]]
        }
        fields.append([.text("bron"), .text(budget.source.document)])
        if let section = budget.source.section { fields.append([.text("sectie"), .text(section)]) }
        fields.append([.text("eenheid"), .text(budget.publicationUnit.rawValue)])
        for column in budget.columns {
            var from = "", against = "", budgeted = "", changes: [String] = []
            switch column.kind {
            case .budgeted:
                if let amendment = column.amendment { from = amendment.base; changes = amendment.changes }
            case .amendment, .actual: break
            case .expected:
                if let prognosis = column.prognosis { from = prognosis.actual; budgeted = prognosis.budget }
            case .difference(let compared, let base): from = compared; against = base
            }
            fields.append([.text("kolom"), .text(column.name), .text(column.kindName.rawValue), .text(column.heading), integer(column.months),
                           from.isEmpty ? .empty : .text(from), against.isEmpty ? .empty : .text(against), budgeted.isEmpty ? .empty : .text(budgeted),
                           text(column.through), list(changes)])
        }
        if let rule = budget.contributionRule {
            if let key = rule.keyName { fields.append([.text("sleutel"), .text(key)]) }
            for column in [rule.column] + rule.otherColumns { fields.append([.text("bijdragen-kolom"), .text(column)]) }
            fields.append([.text("afronding"), .text(rule.unit.rawValue)])
            fields.append([.text("methode"), .text(rule.method.rawValue)])
        }
        if let settlement = budget.settlement {
            if let year = settlement.settledYear { fields.append([.text("verrekening-jaar"), integer(year)]) }
            fields.append([.text("verrekening-omschrijving"), .text(settlement.description)])
        }
        fields += budget.notes.map { [.text("opmerking"), .text($0)] }

        let members: [[Cell]] = budget.organisation.members.map { member in
            [.text(member.name), member.inhabitants.map { .number(XLSXNumber($0.count)) } ?? .empty,
             text(member.inhabitants?.referenceDate), text(member.inhabitants?.source)]
        }
        let rates: [[Cell]] = budget.rates.map { rate in
            [.text(rate.function), money(rate.amount), text(rate.source), rate.isAssumption ? .text("ja") : .empty]
        }

        func lineSheet(_ name: String, _ items: [BudgetItem]) -> Sheet {
            var amountColumns = budget.columns.filter { !$0.isDerived }.map(\.name)
            let statedColumns = budget.columns.map(\.name).filter { column in
                func has(_ item: BudgetItem) -> Bool {
                    if item.stated[column] != nil { return true }
                    if case .group(let group) = item { return group.items.contains(where: has) }
                    return false
                }
                return items.contains(where: has)
            }
            var header = lineHeader
            var columnOrder: [(name: String, stated: Bool)] = []
            for column in budget.columns.map(\.name) {
                if amountColumns.contains(column) { columnOrder.append((column, false)) }
                if statedColumns.contains(column) { columnOrder.append((column, true)) }
            }
            amountColumns = []
            header += columnOrder.map { $0.stated ? $0.name + Self.statedSuffix : $0.name }
            var rows: [[Cell]] = []
            func add(_ item: BudgetItem, depth: Int) {
                switch item {
                case .group(let group):
                    var theme: [Cell] = [.empty, .empty, .empty]
                    if let value = group.theme {
                        theme[0] = .text(value.keyName)
                        switch value.participation {
                        case .all: break
                        case .only(let names): theme[1] = list(names)
                        case .except(let names): theme[2] = list(names)
                        }
                    }
                    rows.append([integer(depth), .text(group.name), .empty, .empty, .empty, .empty] + theme + [.empty, .empty, .empty, text(group.code), .empty, .empty]
                        + columnOrder.map { $0.stated ? money(group.stated[$0.name]?.amount) : .empty })
                    for inner in group.items { add(inner, depth: depth + 1) }
                case .line(let line):
                    rows.append([integer(depth), .empty, .text(line.name), text(line.kind?.rawValue), text(line.municipality), text(line.theme),
                                 .empty, .empty, .empty, line.capacity.map { quantity($0.fte) } ?? .empty, text(line.capacity?.function),
                                 line.isPassedOn ? .text("ja") : .empty,
                                 text(line.code), text(line.reserve), text(recurrenceText(line.recurrence))]
                        + columnOrder.map { $0.stated ? money(line.stated[$0.name]?.amount) : money(line.amounts[$0.name]) })
                }
            }
            for item in items { add(item, depth: 1) }
            return Sheet(name: name, header: header, rows: rows)
        }

        var keys: [[Cell]] = []
        for key in budget.keys {
            let head: [Cell] = [.text(key.name), .text(key.kind.dutchName), key.description == key.name ? .empty : .text(key.description), text(key.source)]
            var entryRows: [[Cell]] = []
            let fixed = money(key.kind.fixedAmount)
            if let phaseIn = key.kind.phaseIn {
                // A phased key is described, not laid out: the file (JSON) holds its terms.
                entryRows = [[.empty, .text(phaseIn.toKey), .text(phaseIn.dutchDescription)]]
            } else if key.kind.name == .mix {
                entryRows = key.kind.mixParts.map { [.empty, .text($0.keyName), quantity($0.percentage)] }
            } else {
                entryRows = key.kind.entries.map { [.text($0.municipality), .empty, quantity($0.value)] }
            }
            if entryRows.isEmpty { entryRows = [[.empty, .empty, .empty]] }
            for (index, entry) in entryRows.enumerated() {
                keys.append((index == 0 ? head + [fixed] : [.text(key.name), .empty, .empty, .empty, .empty]) + entry)
            }
        }
        let settlement: [[Cell]] = (budget.settlement?.components ?? []).map { component in
            [.text(component.name), money(component.amount), .text(component.keyName), text(component.explanation)]
        }

        // vermeld: wat | naam | kolom | bedrag | soorten | regels
        var stated: [[Cell]] = []
        let figures = budget.stated
        for (what, amounts) in [("totaal-lasten", figures.totalCosts), ("totaal-baten", figures.totalIncome), ("resultaat", figures.result)] {
            for entry in amounts { stated.append([.text(what), .empty, .text(entry.column), money(entry.value.amount)]) }
        }
        for total in figures.totals {
            let entries = total.amounts.isEmpty ? [(column: "", amount: nil as Money?)] : total.amounts.map { (column: $0.column, amount: Optional($0.value.amount)) }
            for (index, entry) in entries.enumerated() {
                stated.append([.text("totaal"), .text(total.name), entry.column.isEmpty ? .empty : .text(entry.column), money(entry.amount)]
                    + (index == 0 ? [list(total.kinds.map(\.rawValue)), list(total.lineNames)] : []))
            }
        }
        for entry in figures.contributions {
            for (field, amount) in [("bijdrage", entry.contribution), ("verrekening", entry.settlement), ("definitief", entry.final)] {
                if let amount { stated.append([.text("bijdrage"), .text(entry.municipality), .text(field), money(amount.amount)]) }
            }
        }
        if let settlementFigures = figures.settlement {
            stated.append([.text("verrekening"), .empty, text(settlementFigures.column), money(settlementFigures.total.amount)])
            for line in settlementFigures.perLine { stated.append([.text("verrekening"), .text(line.name), .empty, money(line.amount.amount)]) }
        }
        for entry in figures.instalments {
            for amount in entry.amounts { stated.append([.text("termijn"), .text(entry.municipality), .empty, money(amount.amount)]) }
        }
        for entry in figures.roundingDifference { stated.append([.text("afronding"), .empty, .text(entry.column), money(entry.value.amount)]) }

        return [
            Sheet(name: "begroting", header: ["veld", "waarde", "soort", "kop", "maanden", "van", "ten-opzichte-van", "begroot", "tot", "wijzigingen"], rows: fields),
            Sheet(name: "gemeenten", header: ["gemeente", "inwoners", "peildatum", "bron"], rows: members),
            Sheet(name: "tarieven", header: ["functie", "bedrag", "bron", "aanname"], rows: rates),
            Sheet(name: "reserves", header: reserveHeader, rows: budget.reserves.map { reserve in
                [.text(reserve.name), .text(reserve.kind.rawValue), money(reserve.openingBalance), money(reserve.cap), text(reserve.purpose),
                 text(reserve.endDate), text(reserve.decision)]
            }),
            lineSheet("lasten", budget.costs),
            lineSheet("baten", budget.income),
            Sheet(name: "verdeelsleutels", header: ["sleutel", "soort", "omschrijving", "bron", "vast-bedrag", "gemeente", "deel", "waarde"], rows: keys),
            Sheet(name: "verrekening", header: ["naam", "bedrag", "sleutel", "toelichting"], rows: settlement),
            Sheet(name: "vermeld", header: ["wat", "naam", "kolom", "bedrag", "soorten", "regels"], rows: stated),
        ]
    }

    /// The fixed columns of a lasten or baten sheet; the amount columns follow.
    public static let lineHeader = [
        "niveau", "groep", "naam", "soort", "gemeente", "thema", "thema-sleutel", "deelnemers", "zonder", "fte", "functie", "doorgeven", "code", "reserve", "incidenteel",
    ]
    /// The columns of the `reserves` sheet.
    public static let reserveHeader = ["naam", "soort", "stand-begin", "plafond", "doel", "einddatum", "besluit"]

    /// How a line's `incidenteel` is written in a cell: `ja`, `nee`, or the years (`2022; 2023`).
    static func recurrenceText(_ recurrence: Recurrence?) -> String? {
        switch recurrence {
        case nil: nil
        case .structural: "nee"
        case .incidental(let years): years.isEmpty ? "ja" : years.map(String.init).joined(separator: "; ")
        }
    }
    /// The ending of a column header with printed amounts (`verschil vermeld`).
    public static let statedSuffix = " vermeld"

    /// The sheets as a workbook, with lists of the allowed kinds (and members) as drop-downs.
    public static func workbook(_ sheets: [Sheet], members: [String], title: String) -> XLSXWorkbook {
        XLSXWorkbook(sheets: sheets.map { sheet in
            var validations: [XLSXDataValidation] = []
            switch sheet.name {
            case "lasten": validations.append(XLSXDataValidation(range: "D2:D1000", values: LineKind.costKinds.map(\.rawValue)))
            case "baten":
                validations.append(XLSXDataValidation(range: "D2:D1000", values: LineKind.incomeKinds.map(\.rawValue)))
                if members.joined(separator: ",").count <= 255, !members.contains(where: { $0.contains(",") || $0.contains("\"") }) {
                    validations.append(XLSXDataValidation(range: "E2:E1000", values: members))
                }
            default: break
            }
            let header = sheet.header.map { XLSXCell.text($0, style: .header) }
            let amountColumns: Set<Int> = switch sheet.name {
            case "lasten", "baten": Set(lineHeader.count..<max(lineHeader.count, sheet.header.count))
            case "tarieven", "verrekening": [1]
            case "reserves": [2, 3]
            case "vermeld": [3]
            case "verdeelsleutels": [4]
            default: []
            }
            let rows = sheet.rows.map { $0.enumerated().map { column, content -> XLSXCell in
                if case .number(let number) = content, amountColumns.contains(column), number.money != nil { return XLSXCell(content, style: .amount) }
                return XLSXCell(content)
            } }
            let widths = sheet.header.indices.map { column in
                min(60, max(10, ([sheet.header[column].count] + sheet.rows.map { row in
                    guard column < row.count else { return 0 }
                    switch row[column] {
                    case .text(let text): return text.count
                    case .number(let number): return number.text.count + 4
                    case .empty, .formula: return 0
                    }
                }).max()! + 2))
            }
            return XLSXSheet(name: sheet.name, rows: [header] + rows, columnWidths: widths, dataValidations: validations)
        }, title: title)
    }

    /// The sheets as CSV with titled blocks (BOM, `;`, decimal comma, CRLF).
    public static func csv(_ sheets: [Sheet]) -> String {
        var output = DutchCSV.byteOrderMark
        for (index, sheet) in sheets.enumerated() {
            if index > 0 { output += "\r\n" }
            output += sheet.name + "\r\n" + sheet.header.map(DutchCSV.field).joined(separator: ";") + "\r\n"
            for row in sheet.rows {
                output += row.map { content -> String in
                    switch content {
                    case .empty: return ""
                    case .text(let text): return DutchCSV.field(text)
                    case .number(let number): return number.text.replacingOccurrences(of: ".", with: ",")
                    case .formula(_, let cached): return cached.text.replacingOccurrences(of: ".", with: ",")
                    }
                }.joined(separator: ";") + "\r\n"
            }
        }
        return output
    }
}
