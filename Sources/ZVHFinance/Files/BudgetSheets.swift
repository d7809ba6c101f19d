/// The import layout of a budget as tables — what ``BudgetImporter`` reads and what
/// `zvh nieuw` writes as a workbook (`.xlsx`) or a CSV with titled blocks:
///
/// - `begroting`: `veld | waarde | soort | kop` with the fields `soort`, `titel`,
///   `organisatie` (code), `naam`, `jaar`, `eerste-maand`, `maanden`, `bron`, `sectie`,
///   `eenheid`, `sleutel` (`inwoners` or `gewichten`: the contributions are the lasten
///   minus the other baten of the first column, split by this key), one row `kolom` per
///   column (name, soort `begroot`/`werkelijk`/`verwacht`, kop) and rows `opmerking`;
/// - `gemeenten`: `gemeente | inwoners | peildatum | bron | gewicht`;
/// - `lasten` and `baten`: `groep | naam | soort | gemeente | <one column per kolom>`;
///   consecutive lines with the same `groep` form a group.
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

    /// The budget in the import layout.
    /// - Throws: ``Unsupported`` for groups within groups, difference columns, keys
    ///   other than one by inhabitants or weights, a settlement, stated figures or themes.
    public static func sheets(for budget: Budget) throws(Unsupported) -> [Sheet] {
        if budget.settlement != nil { throw Unsupported(reason: "een verrekening past niet in de indeling") }
        if budget.columns.contains(where: \.isDerived) { throw Unsupported(reason: "een verschilkolom past niet in de indeling (die wordt berekend)") }
        do { _ = try BudgetFileWriter.write(budget) } catch { throw Unsupported(reason: error.parts.joined(separator: ", ") + " past niet in de indeling") }
        var fields: [[XLSXCell.Content]] = [
            [.text("soort"), .text(budget.kind.rawValue)], [.text("titel"), .text(budget.title)],
            [.text("organisatie"), .text(budget.organisation.identifier)], [.text("naam"), .text(budget.organisation.name)],
            [.text("jaar"), .number(XLSXNumber(Int64(budget.period.year)))],
        ]
        if !budget.period.isFullYear {
            fields += [[.text("eerste-maand"), .number(XLSXNumber(Int64(budget.period.firstMonth)))], [.text("maanden"), .number(XLSXNumber(Int64(budget.period.months)))]]
        }
        fields.append([.text("bron"), .text(budget.source.document)])
        if let section = budget.source.section { fields.append([.text("sectie"), .text(section)]) }
        fields.append([.text("eenheid"), .text(budget.publicationUnit == .cent ? "cent" : "euro")])
        var weights: [String: Quantity] = [:]
        if let rule = budget.contributionRule {
            guard let keyName = rule.keyName, let key = budget.key(named: keyName), rule.column == budget.columns.first?.name, rule.unit == .euro,
                  budget.keys.count == 1 else {
                throw Unsupported(reason: "alleen één sleutel (inwoners of gewichten) over de eerste kolom, afgerond op euro's, past in de indeling")
            }
            switch key.kind {
            case .inhabitants(let entries) where entries.isEmpty: fields.append([.text("sleutel"), .text("inwoners")])
            case .weights(let entries):
                fields.append([.text("sleutel"), .text("gewichten")])
                for entry in entries { weights[entry.municipality] = entry.value }
            case .inhabitants, .percentages, .cases, .fixedAmountPlusInhabitants, .mix:
                throw Unsupported(reason: "sleutel \"\(key.name)\" (\(key.kind.dutchName)) past niet in de indeling")
            }
        } else if !budget.keys.isEmpty {
            throw Unsupported(reason: "sleutels zonder 'bijdragen' passen niet in de indeling")
        }
        for column in budget.columns {
            let kind = switch column.kind {
            case .budgeted: "begroot"
            case .actual: "werkelijk"
            case .expected: "verwacht"
            case .difference, .amendment: ""
            }
            fields.append([.text("kolom"), .text(column.name), .text(kind), .text(column.heading)])
        }
        fields += budget.notes.map { [.text("opmerking"), .text($0)] }

        let members: [[XLSXCell.Content]] = budget.organisation.members.map { member in
            [.text(member.name), member.inhabitants.map { .number(XLSXNumber($0.count)) } ?? .empty,
             member.inhabitants?.referenceDate.map(XLSXCell.Content.text) ?? .empty, member.inhabitants?.source.map(XLSXCell.Content.text) ?? .empty,
             weights[member.name].flatMap { XLSXNumber($0.jsonNumber) }.map(XLSXCell.Content.number) ?? .empty]
        }
        let columnNames = budget.columns.map(\.name)
        func rows(_ items: [BudgetItem]) throws(Unsupported) -> [[XLSXCell.Content]] {
            var result: [[XLSXCell.Content]] = []
            func row(_ line: BudgetLine, group: String?) -> [XLSXCell.Content] {
                [group.map(XLSXCell.Content.text) ?? .empty, .text(line.name), line.kind.map { .text($0.rawValue) } ?? .empty,
                 line.municipality.map(XLSXCell.Content.text) ?? .empty]
                    + columnNames.map { name in line.amounts[name].map { .number(XLSXNumber($0)) } ?? .empty }
            }
            for item in items {
                switch item {
                case .line(let line): result.append(row(line, group: nil))
                case .group(let group):
                    for inner in group.items {
                        guard case .line(let line) = inner else { throw Unsupported(reason: "een groep binnen groep \"\(group.name)\" past niet in de indeling") }
                        result.append(row(line, group: group.name))
                    }
                }
            }
            return result
        }
        let lineHeader = ["groep", "naam", "soort", "gemeente"] + columnNames
        return [
            Sheet(name: "begroting", header: ["veld", "waarde", "soort", "kop"], rows: fields),
            Sheet(name: "gemeenten", header: ["gemeente", "inwoners", "peildatum", "bron", "gewicht"], rows: members),
            Sheet(name: "lasten", header: lineHeader, rows: try rows(budget.costs)),
            Sheet(name: "baten", header: lineHeader, rows: try rows(budget.income)),
        ]
    }

    /// The sheets as a workbook, with lists of the allowed kinds (and members) as drop-downs.
    public static func workbook(_ sheets: [Sheet], members: [String], title: String) -> XLSXWorkbook {
        XLSXWorkbook(sheets: sheets.map { sheet in
            var validations: [XLSXDataValidation] = []
            switch sheet.name {
            case "lasten": validations.append(XLSXDataValidation(range: "C2:C1000", values: LineKind.costKinds.map(\.rawValue)))
            case "baten":
                validations.append(XLSXDataValidation(range: "C2:C1000", values: LineKind.incomeKinds.map(\.rawValue)))
                if members.joined(separator: ",").count <= 255, !members.contains(where: { $0.contains(",") || $0.contains("\"") }) {
                    validations.append(XLSXDataValidation(range: "D2:D1000", values: members))
                }
            default: break
            }
            let header = sheet.header.map { XLSXCell.text($0, style: .header) }
            let rows = sheet.rows.map { $0.map { content -> XLSXCell in
                if case .number(let number) = content, sheet.name == "lasten" || sheet.name == "baten", number.money != nil { return XLSXCell(content, style: .amount) }
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
        var output = CSVRenderer.byteOrderMark
        for (index, sheet) in sheets.enumerated() {
            if index > 0 { output += "\r\n" }
            output += sheet.name + "\r\n" + sheet.header.map(DutchCSV.field).joined(separator: ";") + "\r\n"
            for row in sheet.rows {
                output += row.map { content -> String in
                    switch content {
                    case .empty: return ""
                    case .text(let text): return DutchCSV.field(text)
                    case .number(let number): return number.text.replacingOccurrences(of: ".", with: ",")
                    case .formula(_, let cached): return cached.spreadsheetNumber
                    }
                }.joined(separator: ";") + "\r\n"
            }
        }
        return output
    }
}
