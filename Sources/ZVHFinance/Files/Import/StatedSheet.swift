/// The sheet `vermeld` of the import layout: `wat | naam | kolom | bedrag | soorten |
/// regels`, one row per printed amount; consecutive rows of one total or one member
/// belong together.
struct StatedSheet {
    /// What a row of the sheet states, in the order a message lists them.
    enum What: String, CaseIterable {
        case totalCosts = "totaal-lasten"
        case totalIncome = "totaal-baten"
        case result = "resultaat"
        case total = "totaal"
        case contribution = "bijdrage"
        case settlement = "verrekening"
        case instalment = "termijn"
        case roundingDifference = "afronding"
    }

    /// The printed figures.
    var stated = StatedFigures()

    /// No sheet: nothing printed.
    init() {}

    /// Reads the sheet.
    /// - Parameter members: the members' names (of ``MembersSheet``).
    /// - Complexity: O(rows).
    init(_ sheet: inout ImportSheet, members: Set<String>) {
        let whats = What.allCases.map(\.rawValue)
        let nameColumn = sheet.columns["naam"] ?? 1, kindColumn = sheet.columns["kolom"] ?? 2, amountColumn = sheet.columns["bedrag"] ?? 3
        for row in sheet.dataRows {
            guard let whatText = sheet.field(row: row, "wat")?.lowercased() else {
                if sheet.hasText(row: row) { sheet.problem(row: row, column: 0, "een rij noemt in 'wat' wat er vermeld is") }
                continue
            }
            let name = sheet.field(row: row, "naam")
            let column = sheet.field(row: row, "kolom")
            let money = sheet.amount(row: row, column: amountColumn)
            func need<T>(_ value: T?, _ what: String, column: Int) -> T? {
                if value == nil { sheet.problem(row: row, column: column, what) }
                return value
            }
            /// A total of one column: the row names the column and the amount.
            func columnTotal() -> (column: String, amount: StatedAmount)? {
                guard let column = need(column, "geef de kolom", column: kindColumn), let money = need(money, "geef het bedrag", column: amountColumn) else { return nil }
                return (column, StatedAmount(money))
            }
            guard let what = What(rawValue: whatText) else {
                sheet.problem(row: row, column: 0, "\"\(whatText)\" onbekend\(Spelling.hint(for: whatText, among: whats)) (kies uit \(whats.joined(separator: ", ")))")
                continue
            }
            switch what {
            case .totalCosts: if let total = columnTotal() { stated.totalCosts[total.column] = total.amount }
            case .totalIncome: if let total = columnTotal() { stated.totalIncome[total.column] = total.amount }
            case .result: if let total = columnTotal() { stated.result[total.column] = total.amount }
            case .roundingDifference: if let total = columnTotal() { stated.roundingDifference[total.column] = total.amount }
            case .total:
                guard let name = need(name, "een vermeld totaal heeft een naam", column: nameColumn) else { continue }
                let kindNames = ImportSheet.list(sheet.field(row: row, "soorten"))
                let lineNames = ImportSheet.list(sheet.field(row: row, "regels"))
                var kinds: [LineKind] = []
                for kindName in kindNames {
                    guard let kind = LineKind(rawValue: kindName), LineKind.incomeKinds.contains(kind) else {
                        let hint = Spelling.hint(for: kindName, among: LineKind.incomeKinds.map(\.rawValue))
                        sheet.problem(row: row, column: sheet.columns["soorten"] ?? 4, "onbekende soort baten \"\(kindName)\"\(hint)")
                        continue
                    }
                    kinds.append(kind)
                }
                let continues = row > 1 && sheet.field(row: row - 1, "wat")?.lowercased() == What.total.rawValue
                    && sheet.field(row: row - 1, "naam") == name && kindNames.isEmpty && lineNames.isEmpty
                if !continues { stated.totals.append(StatedTotal(name: name, kinds: kinds, lineNames: lineNames, amounts: [:])) }
                if let column, let money { stated.totals[stated.totals.count - 1].amounts[column] = StatedAmount(money) }
            case .contribution:
                guard let name = need(name, "geef de gemeente", column: nameColumn), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                guard members.contains(name) else {
                    sheet.problem(row: row, column: nameColumn, "\"\(name)\" staat niet in het werkblad gemeenten\(Spelling.hint(for: name, among: members.sorted()))")
                    continue
                }
                if stated.contributions.last?.municipality != name { stated.contributions.append(StatedContribution(municipality: name)) }
                let index = stated.contributions.count - 1
                switch column ?? "bijdrage" {
                case "bijdrage": stated.contributions[index].contribution = StatedAmount(money)
                case "verrekening": stated.contributions[index].settlement = StatedAmount(money)
                case "definitief": stated.contributions[index].final = StatedAmount(money)
                case let other: sheet.problem(row: row, column: kindColumn, "\"\(other)\": een vermelde bijdrage is bijdrage, verrekening of definitief")
                }
            case .settlement:
                guard let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                if let name {
                    guard stated.settlement != nil else { sheet.problem(row: row, column: 0, "eerst de rij met het totaal van de verrekening (zonder naam)"); continue }
                    stated.settlement!.perLine.append(NamedStatedAmount(name: name, amount: StatedAmount(money)))
                } else {
                    stated.settlement = StatedSettlement(column: column, total: StatedAmount(money), perLine: [])
                }
            case .instalment:
                guard let name = need(name, "geef de gemeente", column: nameColumn), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                if stated.instalments.last?.municipality != name { stated.instalments.append(StatedInstalments(municipality: name, amounts: [])) }
                stated.instalments[stated.instalments.count - 1].amounts.append(StatedAmount(money))
            }
        }
    }
}
