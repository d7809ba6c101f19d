/// Reading the figures as printed in the source (`vermeld`).
extension DocumentReader {
    mutating func readStated() throws(BudgetFileError) -> StatedFigures {
        var stated = StatedFigures()
        guard let object = try top.object("vermeld") else { return stated }
        try object.requireKnownKeys(["totaal-lasten", "totaal-baten", "resultaat", "totalen", "bijdragen", "verrekening", "termijnen", "afronding"])
        stated.instalments = try readInstalments(object.object("termijnen"))
        stated.roundingDifference = try readRoundingDifference(object.object("afronding"))
        stated.totalCosts = try readAmounts(object.object("totaal-lasten"), allowDerived: true)
        stated.totalIncome = try readAmounts(object.object("totaal-baten"), allowDerived: true)
        stated.result = try readAmounts(object.object("resultaat"), allowDerived: true)
        for element in try object.array("totalen") ?? [] {
            let total = try ObjectReader(element, file: file)
            try total.requireKnownKeys(["naam", "soorten", "regels", "bedragen", "verrekening", "definitief"])
            var kinds: [LineKind] = []
            for (index, kindName) in (try total.stringArray("soorten") ?? []).enumerated() {
                guard let kind = LineKind(rawValue: kindName), LineKind.incomeKinds.contains(kind) else {
                    let hint = Spelling.hint(for: kindName, among: LineKind.incomeKinds.map(\.rawValue))
                    throw .invalidValue(file: file, at: FieldLocation(path: total.childPath("soorten") + "[\(index)]", location: total.origin(of: "soorten").location), message: "onbekende soort baten \"\(kindName)\"\(hint)")
                }
                kinds.append(kind)
            }
            let lineNames = try total.stringArray("regels") ?? []
            guard !kinds.isEmpty || !lineNames.isEmpty else {
                throw .invalidValue(file: file, at: total.origin, message: "een vermeld totaal noemt de 'soorten' of 'regels' die het omvat")
            }
            var amounts = try readAmounts(total.requiredObject("bedragen"), allowDerived: true)
            for extra in ["verrekening", "definitief"] {
                if let amount = try total.money(extra) {
                    try count(amount, at: total.origin(of: extra))
                    amounts[extra] = StatedAmount(amount, origin: total.origin(of: extra))
                }
            }
            stated.totals.append(StatedTotal(name: try total.requiredString("naam"), kinds: kinds, lineNames: lineNames, amounts: amounts, origin: total.origin))
        }
        if let contributions = try object.object("bijdragen") {
            for member in contributions.members {
                let entry = try ObjectReader(member.value, path: contributions.childPath(member.key), file: file)
                try entry.requireKnownKeys(["bijdrage", "verrekening", "definitief"])
                let name = member.key.trimmingSpaces
                guard memberNames.contains(name) else {
                    throw .unknownKey(file: file, key: member.key, at: FieldLocation(path: contributions.path, location: member.keyLocation), suggestion: Spelling.closest(to: member.key, among: members.map(\.name)))
                }
                func printed(_ key: String) throws(BudgetFileError) -> StatedAmount? {
                    guard let amount = try entry.money(key) else { return nil }
                    try count(amount, at: entry.origin(of: key))
                    return StatedAmount(amount, origin: entry.origin(of: key))
                }
                stated.contributions.append(
                    StatedContribution(municipality: name, contribution: try printed("bijdrage"), settlement: try printed("verrekening"), final: try printed("definitief"), origin: entry.origin))
            }
        }
        if let settlement = try object.object("verrekening") {
            try settlement.requireKnownKeys(["kolom", "totaal", "regels"])
            guard let total = try settlement.money("totaal") else { throw .missingKey(file: file, key: "totaal", at: settlement.origin) }
            try count(total, at: settlement.origin(of: "totaal"))
            var perLine: [NamedStatedAmount] = []
            if let lines = try settlement.object("regels") {
                for member in lines.members {
                    let amount = try lines.moneyValue(member.value, path: lines.childPath(member.key))
                    try count(amount, at: FieldLocation(path: lines.childPath(member.key), location: member.value.location))
                    perLine.append(NamedStatedAmount(name: member.key, amount: StatedAmount(amount, origin: FieldLocation(path: lines.childPath(member.key), location: member.value.location))))
                }
            }
            let column = try settlement.string("kolom")
            if let column, !columns.contains(where: { $0.name == column }) {
                throw .invalidValue(file: file, at: settlement.origin(of: "kolom"), message: "de kolom \"\(column)\" bestaat niet")
            }
            stated.settlement = StatedSettlement(column: column, total: StatedAmount(total, origin: settlement.origin(of: "totaal")), perLine: perLine, origin: settlement.origin)
        }
        return stated
    }
}
