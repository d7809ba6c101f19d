/// The rules compiled against one budget: each rule's destinations resolved to the
/// budget's lines, conditions in the form the matching loop reads fastest.
struct BookingPlan {
    struct Line {
        var name: String
        var side: BookingActuals.Side
        var line: BudgetLine
    }

    struct CompiledRule {
        var lowers: [UInt64]
        var uppers: [UInt64]
        var costCentres: [[UInt8]]
        var patterns: [DescriptionPattern]
        /// Destinations (indexes into `lines`) and their percentages.
        var targets: [Int]
        var weights: [Quantity]
    }

    var lines: [Line]
    var rules: [CompiledRule]

    /// - Throws: a rule naming a line the budget does not have, or has more than once.
    init(budget: Budget, rules: BookingRules) throws(BookingsError) {
        lines = budget.costLines.map { Line(name: $0.name, side: .lasten, line: $0) } + budget.incomeLines.map { Line(name: $0.name, side: .baten, line: $0) }
        let names = lines.map(\.name)
        var compiled: [CompiledRule] = []
        for rule in rules.rules {
            var targets: [Int] = []
            for part in rule.parts {
                let matches = names.indices.filter { names[$0] == part.line }
                guard matches.count == 1 else {
                    let message = matches.isEmpty
                        ? "de begroting \(budget.file) heeft geen regel \"\(part.line)\"\(Spelling.hint(for: part.line, among: names)); regels: \(names.joined(separator: ", "))"
                        : "de begroting \(budget.file) heeft \(matches.count) regels \"\(part.line)\"; een boekingsregel moet één begrotingsregel aanwijzen"
                    throw .file(.invalidValue(file: rules.file, at: part.origin, message: message))
                }
                targets.append(matches[0])
            }
            compiled.append(CompiledRule(
                lowers: rule.accounts.map(\.lower), uppers: rule.accounts.map(\.upper), costCentres: rule.costCentres.map { Array($0.utf8) },
                patterns: rule.descriptions, targets: targets, weights: rule.parts.map(\.percentage)))
        }
        self.rules = compiled
    }

    /// The index of the first rule that takes a booking, or nil.
    @inline(__always) func rule(for booking: BookingRecord) -> Int? {
        ruleLoop: for index in rules.indices {
            let rule = rules[index]
            if !rule.lowers.isEmpty {
                var inRange = false
                for range in rule.lowers.indices where booking.account >= rule.lowers[range] && booking.account <= rule.uppers[range] {
                    inRange = true
                    break
                }
                if !inRange { continue ruleLoop }
            }
            if !rule.costCentres.isEmpty {
                let centre = booking.costCentre
                guard rule.costCentres.contains(where: { $0.count == centre.count && $0.elementsEqual(centre) }) else { continue ruleLoop }
            }
            if !rule.patterns.isEmpty {
                guard rule.patterns.contains(where: { $0.matches(lowercased: booking.loweredDescription) }) else { continue ruleLoop }
            }
            return index
        }
        return nil
    }
}
