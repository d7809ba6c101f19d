extension TableReader {
    /// The sheet `vermeld`: `wat | naam | kolom | bedrag | soorten | regels`, one row per
    /// printed amount; consecutive rows of one total or one member belong together.
    mutating func readStated(members: Set<String>) -> StatedFigures {
        var stated = StatedFigures()
        guard let table = table("vermeld") else { return stated }
        let columnsOf = Self.headerIndex(table)
        let whats = ["totaal-lasten", "totaal-baten", "resultaat", "totaal", "bijdrage", "verrekening", "termijn", "afronding"]
        for row in table.rows.indices.dropFirst() {
            guard let what = Self.field(table, columnsOf, row: row, "wat")?.lowercased() else {
                if table.rows[row].contains(where: { Self.text($0) != nil }) { problem(table, row: row, column: 0, "een rij noemt in 'wat' wat er vermeld is") }
                continue
            }
            let name = Self.field(table, columnsOf, row: row, "naam")
            let column = Self.field(table, columnsOf, row: row, "kolom")
            let amountColumn = columnsOf["bedrag"] ?? 3
            let money = amount(table, row: row, column: amountColumn)
            func need<T>(_ value: T?, _ what: String, column: Int) -> T? {
                if value == nil { problem(table, row: row, column: column, what) }
                return value
            }
            switch what {
            case "totaal-lasten", "totaal-baten", "resultaat", "afronding":
                guard let column = need(column, "geef de kolom", column: columnsOf["kolom"] ?? 2), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                switch what {
                case "totaal-lasten": stated.totalCosts[column] = StatedAmount(money)
                case "totaal-baten": stated.totalIncome[column] = StatedAmount(money)
                case "afronding": stated.roundingDifference[column] = StatedAmount(money)
                default: stated.result[column] = StatedAmount(money)
                }
            case "totaal":
                guard let name = need(name, "een vermeld totaal heeft een naam", column: columnsOf["naam"] ?? 1) else { continue }
                let kindNames = Self.list(Self.field(table, columnsOf, row: row, "soorten"))
                let lineNames = Self.list(Self.field(table, columnsOf, row: row, "regels"))
                var kinds: [LineKind] = []
                for kindName in kindNames {
                    guard let kind = LineKind(rawValue: kindName), LineKind.incomeKinds.contains(kind) else {
                        problem(table, row: row, column: columnsOf["soorten"] ?? 4, "onbekende soort baten \"\(kindName)\"\(Spelling.hint(for: kindName, among: LineKind.incomeKinds.map(\.rawValue)))")
                        continue
                    }
                    kinds.append(kind)
                }
                let continues = row > 1 && Self.field(table, columnsOf, row: row - 1, "wat")?.lowercased() == "totaal"
                    && Self.field(table, columnsOf, row: row - 1, "naam") == name && kindNames.isEmpty && lineNames.isEmpty
                if !continues { stated.totals.append(StatedTotal(name: name, kinds: kinds, lineNames: lineNames, amounts: [:])) }
                if let column, let money { stated.totals[stated.totals.count - 1].amounts[column] = StatedAmount(money) }
            case "bijdrage":
                guard let name = need(name, "geef de gemeente", column: columnsOf["naam"] ?? 1), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                guard members.contains(name) else {
                    problem(table, row: row, column: columnsOf["naam"] ?? 1, "\"\(name)\" staat niet in het werkblad gemeenten\(Spelling.hint(for: name, among: members.sorted()))")
                    continue
                }
                if stated.contributions.last?.municipality != name { stated.contributions.append(StatedContribution(municipality: name)) }
                let index = stated.contributions.count - 1
                switch column ?? "bijdrage" {
                case "bijdrage": stated.contributions[index].contribution = StatedAmount(money)
                case "verrekening": stated.contributions[index].settlement = StatedAmount(money)
                case "definitief": stated.contributions[index].final = StatedAmount(money)
                case let other: problem(table, row: row, column: columnsOf["kolom"] ?? 2, "\"\(other)\": een vermelde bijdrage is bijdrage, verrekening of definitief")
                }
            case "verrekening":
                guard let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                if let name {
                    guard stated.settlement != nil else { problem(table, row: row, column: 0, "eerst de rij met het totaal van de verrekening (zonder naam)"); continue }
                    stated.settlement!.perLine.append(NamedStatedAmount(name: name, amount: StatedAmount(money)))
                } else {
                    stated.settlement = StatedSettlement(column: column, total: StatedAmount(money), perLine: [])
                }
            case "termijn":
                guard let name = need(name, "geef de gemeente", column: columnsOf["naam"] ?? 1), let money = need(money, "geef het bedrag", column: amountColumn) else { continue }
                if stated.instalments.last?.municipality != name { stated.instalments.append(StatedInstalments(municipality: name, amounts: [])) }
                stated.instalments[stated.instalments.count - 1].amounts.append(StatedAmount(money))
            default:
                problem(table, row: row, column: 0, "\"\(what)\" onbekend\(Spelling.hint(for: what, among: whats)) (kies uit \(whats.joined(separator: ", ")))")
            }
        }
        return stated
    }
}
