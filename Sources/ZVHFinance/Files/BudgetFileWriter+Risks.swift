/// Writing the risks, the weerstandscapaciteit and the regeling as a budget file holds them.
extension BudgetFileWriter {
    /// `risicos`, `weerstandscapaciteit` and `regeling`, when the budget has them.
    static func riskMembers(_ budget: Budget) -> [JSONOutput.Member] {
        var members: [JSONOutput.Member] = []
        if !budget.risks.isEmpty {
            members.append(.init("risicos", .array(budget.risks.map { risk in
                var fields: [JSONOutput.Member] = [
                    .init("naam", .string(risk.name)), .init("kans", .quantity(risk.probability)), .init("gevolg", .amount(risk.impact)),
                    .init("soort", .string(risk.nature.rawValue)),
                ]
                if let explanation = risk.explanation { fields.append(.init("toelichting", .string(explanation))) }
                return .object(fields)
            })))
        }
        if let capacity = budget.resistanceCapacity {
            members.append(.init("weerstandscapaciteit", .array(capacity.components.map { component in
                switch component.source {
                case .amount(let amount): .object(["naam": .string(component.name), "bedrag": .amount(amount)])
                case .line(let line): .object(["naam": .string(component.name), "regel": .string(line)])
                }
            })))
        }
        let arrangement = budget.arrangement
        if arrangement != Arrangement() {
            var fields: [JSONOutput.Member] = []
            if let name = arrangement.name { fields.append(.init("naam", .string(name))) }
            if arrangement.resistanceNorm != .standard {
                fields.append(.init("weerstandsnorm", .array(arrangement.resistanceNorm.classes.map { entry in
                    // The reader accepts a class without `oordeel` (kept as ""), but refuses an empty one.
                    .object([.init("klasse", .string(entry.letter)), .init("vanaf", .quantity(entry.lowerBound))]
                        + (entry.judgement.isEmpty ? [] : [.init("oordeel", .string(entry.judgement))]))
                })))
            }
            if !arrangement.cycle.isEmpty {
                fields.append(.init("cyclus", .object(arrangement.cycle.map { JSONOutput.Member($0.step.rawValue, .string($0.date)) })))
            }
            members.append(.init("regeling", .object(fields)))
        }
        return members
    }
}
