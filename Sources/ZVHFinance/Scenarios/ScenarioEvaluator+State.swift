extension ScenarioEvaluator {
    /// The amounts of one evaluation: the plan's arrays as the changes so far left
    /// them (copied when first changed), and the FTE lines the changes added.
    struct State {
        /// An FTE line a change added (a personnel capacity line with an amount in
        /// every non-derived column).
        struct AddedLine {
            var part: Int?
            /// The top-level entry it stands in; nil when it is one itself.
            var topLevelName: String?
            var fte: Quantity
            var function: String
            var rate: Money
            /// Its amount, the same in every non-derived column.
            var amount: Money
        }

        var costAmounts: [Int64]
        var incomeAmounts: [Int64]
        var capacityRates: [Int64]
        /// The budget's rates (per function), in its order.
        var rates: [Money]
        var added: [AddedLine] = []

        init(_ plan: Plan) {
            costAmounts = plan.costAmounts
            incomeAmounts = plan.incomeAmounts
            capacityRates = plan.capacityRates
            rates = plan.budget.rates.map(\.amount)
        }

        /// Indexes as ``Budget/index(by:at:)`` does; false where it would refuse.
        mutating func index(by indexation: Indexation, plan: Plan) -> Bool {
            var overflowed = false
            func grown(_ cents: Int64, _ percentage: Quantity) -> Money {
                let result = Budget.indexed(Money(cents: cents), by: percentage)
                if result.magnitude > Money.largestFileSum { overflowed = true }
                return result
            }
            for (index, line) in plan.costLines.enumerated() {
                let percentage = indexation[line.indexation]
                guard !percentage.isZero else { continue }
                if let capacity = line.capacity {
                    let rate = grown(capacityRates[index], percentage)
                    capacityRates[index] = rate.cents
                    let amount = Capacity(fte: capacity.fte, function: capacity.function, rate: rate).amount.cents
                    for position in line.amountRange { costAmounts[position] = amount }
                } else {
                    for position in line.amountRange { costAmounts[position] = grown(costAmounts[position], percentage).cents }
                }
            }
            if !indexation.personnel.isZero {
                for index in added.indices {
                    added[index].rate = grown(added[index].rate.cents, indexation.personnel)
                    added[index].amount = Capacity(fte: added[index].fte, function: added[index].function, rate: added[index].rate).amount
                }
            }
            if !indexation.nationalGrant.isZero {
                for line in plan.incomeLines where line.isNationalGrant {
                    for position in line.amountRange { incomeAmounts[position] = grown(incomeAmounts[position], indexation.nationalGrant).cents }
                }
            }
            for index in rates.indices { rates[index] = grown(rates[index].cents, indexation.personnel) }
            return !overflowed
        }

        /// Adds an FTE line as ``Budget/applying(_:year:appliesIndexation:)`` does;
        /// false where it would refuse.
        mutating func addFTE(function requested: String, delta: Quantity, theme requestedTheme: String?, rate: Money?, plan: Plan) -> Bool {
            let lowered = requested.lowercased()
            let rateIndex = plan.budget.rates.firstIndex { $0.function.lowercased() == lowered }
            guard let price = rate ?? rateIndex.map({ rates[$0] }) else { return false }
            let function = rateIndex.map { plan.budget.rates[$0].function } ?? requested
            var theme: String?
            if let requestedTheme {
                guard let name = plan.themeNames.first(where: { $0 == requestedTheme }) ?? plan.themeNames.first(where: { $0.lowercased() == requestedTheme.lowercased() })
                else { return false }
                theme = name
            }
            guard delta <= Budget.largestFTEChange, delta >= Quantity.zero - Budget.largestFTEChange, !price.isNegative, price.magnitude <= Money.largestFileSum
            else { return false }
            var present = Quantity.zero
            for line in plan.costLines {
                guard let capacity = line.capacity, capacity.function == function, theme.map({ line.topLevelName == $0 }) ?? true else { continue }
                present = present + capacity.fte
            }
            for line in added where line.function == function && (theme.map { line.topLevelName == $0 } ?? true) { present = present + line.fte }
            guard !(present + delta).isNegative else { return false }
            let amount = Capacity(fte: delta, function: function, rate: price).amount
            if let theme {
                guard let target = plan.groupTargets[theme] else { return false }
                added.append(AddedLine(part: target.part, topLevelName: target.topLevelName, fte: delta, function: function, rate: price, amount: amount))
            } else {
                // A line beside the themes is a general cost: only when there is a general part already.
                guard plan.hasGeneralPart else { return false }
                added.append(AddedLine(part: 0, topLevelName: nil, fte: delta, function: function, rate: price, amount: amount))
            }
            return true
        }

        /// Whether every column's amounts, per side, stay within
        /// ``Money/largestFileSum`` (``Budget/requireBoundedAmounts(at:)``).
        func isWithinBound(_ plan: Plan) -> Bool {
            let bound = Int128(Money.largestFileSum.cents)
            return withUnsafeTemporaryAllocation(of: Int128.self, capacity: plan.columnNames.count) { totals in
                totals.initialize(repeating: 0)
                for (position, column) in plan.costColumns.enumerated() { totals[column] += Int128(costAmounts[position].magnitude) }
                for line in added {
                    for column in plan.amountColumns { totals[column] += Int128(line.amount.cents.magnitude) }
                }
                guard totals.allSatisfy({ $0 <= bound }) else { return false }
                totals.initialize(repeating: 0)
                for (position, column) in plan.incomeColumns.enumerated() { totals[column] += Int128(incomeAmounts[position].magnitude) }
                return totals.allSatisfy { $0 <= bound }
            }
        }

        /// Each part's amount to distribute, split by its key, summed per member, with
        /// the basis's settlement; nil where the budget's path would refuse the variant
        /// (a negative amount to distribute that is not declared, an impossible split).
        func outcome(_ plan: Plan) -> Outcome? {
            var costs = [Int64](repeating: 0, count: plan.parts.count)
            var otherIncome = costs
            var passedOn = costs
            for line in plan.costLines {
                guard let part = line.part, let position = line.amountRange.first(where: { plan.costColumns[$0] == plan.ruleColumn }) else { continue }
                costs[part] += costAmounts[position]
            }
            if plan.amountColumns.contains(plan.ruleColumn) {
                for line in added { if let part = line.part { costs[part] += line.amount.cents } }
            }
            for line in plan.incomeLines {
                guard let part = line.part, let position = line.amountRange.first(where: { plan.incomeColumns[$0] == plan.ruleColumn }) else { continue }
                otherIncome[part] += incomeAmounts[position]
                if line.isPassedOn { passedOn[part] += incomeAmounts[position] }
            }
            let members = plan.budget.organisation.members
            var contributions = [Int64](repeating: 0, count: plan.payingMembers)
            var parts: [Money] = []
            for (index, part) in plan.parts.enumerated() {
                let amount = costs[index] - otherIncome[index]
                guard amount >= 0 || amount + passedOn[index] >= 0 else { return nil }
                let total = Money(cents: amount)
                if let weights = part.weights {
                    do throws(AllocationError) {
                        try Allocation.split(total, by: weights, unit: total.isMultiple(of: plan.rule.unit) ? plan.rule.unit : .cent, into: &parts)
                    } catch {
                        return nil
                    }
                } else {
                    guard let split = try? part.key.split(
                        total, over: part.participants, members: members, unit: plan.rule.unit, keys: plan.budget.keys, method: plan.rule.method,
                        year: plan.budget.period.year)
                    else { return nil }
                    parts = split.parts
                }
                for (position, member) in part.memberIndices.enumerated() { contributions[member] += parts[position].cents }
            }
            var finals = plan.settlements
            var total = Money.zero
            for index in finals.indices {
                if index < contributions.count { finals[index] = finals[index] + Money(cents: contributions[index]) }
                total += finals[index]
            }
            return Outcome(finals: finals, total: total)
        }
    }
}
