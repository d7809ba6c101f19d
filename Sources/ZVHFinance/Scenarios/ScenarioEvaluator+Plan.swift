extension ScenarioEvaluator {
    /// A budget prepared for evaluation: its lines as arrays of cents with their part,
    /// its financing parts with their keys, and the basis's settlement per member.
    struct Plan: Sendable {
        /// A cost or income line: where its amounts stand in the flat arrays and what
        /// decides how a change treats it.
        struct Line: Sendable {
            /// The line's amounts are `amounts[amountRange]`, their columns `columns[amountRange]`.
            var amountRange: Range<Int>
            /// The financing part whose costs or other income it counts in; nil for none.
            var part: Int?
            /// The indexation percentage that applies to it (cost lines).
            var indexation: IndexationKind
            /// For a capacity line: its FTE and function (its rate is in the state).
            var capacity: (fte: Quantity, function: String)?
            /// The name of the top-level entry it stands in (which FTE a theme counts).
            var topLevelName: String
            /// Whether it is a rijksbijdrage (indexed as such, income).
            var isNationalGrant: Bool
            /// Whether its amount is passed on to the members (income).
            var isPassedOn: Bool
        }

        /// A financing part: its key and participants, and how its split is made.
        struct Part: Sendable {
            var key: DistributionKey
            var participants: [Municipality]
            /// The member index of each participant, in participant order.
            var memberIndices: [Int]
            /// The key's weights, when the part is split by the largest remainder over
            /// weights alone (no fixed part, mix or phase): then ``Allocation/split(_:by:unit:into:)``.
            var weights: [Quantity]?
        }

        var organisation: String
        var budget: Budget
        var rule: ContributionRule
        /// The column names the lines' amounts are in; the rule's column is `ruleColumn`.
        var columnNames: [String]
        var ruleColumn: Int
        /// The budget's non-derived columns (an added capacity line has an amount in each).
        var amountColumns: [Int]
        var costLines: [Line]
        var incomeLines: [Line]
        /// The column of each amount of the flat arrays.
        var costColumns: [Int]
        var incomeColumns: [Int]
        var costAmounts: [Int64]
        var incomeAmounts: [Int64]
        /// The capacity rate of each cost line (zero for other lines).
        var capacityRates: [Int64]
        var parts: [Part]
        var hasGeneralPart: Bool
        /// The theme groups' names, in order (a theme's part is `index + generalOffset`).
        var themeNames: [String]
        /// For each group name: the part and the top-level name of the first group of
        /// that name depth first (where an FTE line for that theme is appended).
        var groupTargets: [String: (part: Int?, topLevelName: String)]
        /// The members of the statement (the organisation's, then former members).
        var statementMembers: [String]
        /// The number of members who pay a contribution (the first of `statementMembers`).
        var payingMembers: Int
        /// Each statement member's settlement of the basis.
        var settlements: [Money]

        /// Prepares `budget`; nil when this path does not apply to it.
        init?(_ source: Budget) {
            guard let budget = try? source.applying(Scenario(name: "", changes: [])), let rule = budget.contributionRule,
                let column = budget.column(named: rule.column), !column.isDerived, let statement = try? budget.contributions()
            else { return nil }
            let themes = budget.themeGroups
            let themeNames = themes.map(\.name)
            // Unique theme names, none the name an added top-level line could have.
            guard Set(themeNames).count == themeNames.count, !themeNames.contains(where: { $0.hasPrefix("Scenario: ") }) else { return nil }
            self.organisation = budget.organisation.identifier
            self.budget = budget
            self.rule = rule
            self.themeNames = themeNames
            hasGeneralPart = budget.hasGeneralPart
            let generalOffset = hasGeneralPart ? 1 : 0
            guard statement.parts.count == themes.count + generalOffset else { return nil }
            columnNames = budget.columns.map(\.name)
            amountColumns = budget.columns.indices.filter { !budget.columns[$0].isDerived }
            costLines = []
            incomeLines = []
            costColumns = []
            incomeColumns = []
            costAmounts = []
            incomeAmounts = []
            capacityRates = []
            groupTargets = [:]
            ruleColumn = 0
            parts = []
            statementMembers = []
            payingMembers = 0
            settlements = []
            for item in budget.costs {
                var part: Int? = hasGeneralPart ? 0 : nil
                if case .group(let group) = item, group.theme != nil, let index = themeNames.firstIndex(of: group.name) { part = index + generalOffset }
                addCostLines(of: item, part: part, topLevelName: item.name)
            }
            for line in BudgetItem.lines(of: budget.income) {
                var part: Int?
                if line.kind != .municipalContribution {
                    part = line.theme.map { theme in themeNames.firstIndex(of: theme).map { $0 + generalOffset } } ?? (hasGeneralPart ? 0 : nil)
                }
                let start = incomeAmounts.count
                for (name, amount) in line.amounts.entries {
                    incomeColumns.append(columnIndex(name))
                    incomeAmounts.append(amount.cents)
                }
                incomeLines.append(Line(
                    amountRange: start..<incomeAmounts.count, part: part, indexation: .rijksbijdrage, capacity: nil, topLevelName: "",
                    isNationalGrant: line.kind == .nationalGrant, isPassedOn: line.isPassedOn))
            }
            ruleColumn = columnIndex(rule.column)
            let members = budget.organisation.members
            for (index, part) in statement.parts.enumerated() {
                let participants = index < generalOffset ? members : themes[index - generalOffset].theme?.participants(among: members) ?? []
                guard part.split.participants == participants.map(\.name), let memberIndices = Self.memberIndices(of: participants, in: members) else { return nil }
                var weights: [Quantity]?
                switch part.split.key.kind {
                case .weights, .percentages, .inhabitants, .cases, .equalParts:
                    if rule.method == .largestRemainder { weights = try? part.split.key.weights(for: participants, members: members) }
                case .mix, .phased, .fixedAmountPlusInhabitants:
                    break
                }
                parts.append(Part(key: part.split.key, participants: participants, memberIndices: memberIndices, weights: weights))
            }
            statementMembers = statement.members.map(\.municipality)
            payingMembers = members.count
            guard statementMembers.prefix(members.count).elementsEqual(members.map(\.name)),
                statement.members.dropFirst(members.count).allSatisfy(\.isFormerMember)
            else { return nil }
            settlements = statement.members.map(\.settlement)
        }

        /// The index of a column name in `columnNames`, added when new.
        private mutating func columnIndex(_ name: String) -> Int {
            if let index = columnNames.firstIndex(of: name) { return index }
            columnNames.append(name)
            return columnNames.count - 1
        }

        /// Flattens the cost lines below `item` into the arrays, noting the first group
        /// of each name (depth first, as a scenario appends to it).
        private mutating func addCostLines(of item: BudgetItem, part: Int?, topLevelName: String) {
            switch item {
            case .line(let line):
                let start = costAmounts.count
                for (name, amount) in line.amounts.entries {
                    costColumns.append(columnIndex(name))
                    costAmounts.append(amount.cents)
                }
                let indexation: IndexationKind
                switch line.kind {
                case .personnel: indexation = .personeel
                case .material: indexation = .materieel
                case .other, .nationalGrant, .pokFunds, .municipalContribution, .hostMunicipality, .chainPartners, .reserveAddition, .reserveWithdrawal, nil:
                    indexation = .overig
                }
                costLines.append(Line(
                    amountRange: start..<costAmounts.count, part: part, indexation: indexation,
                    capacity: line.capacity.map { ($0.fte, $0.function) }, topLevelName: topLevelName, isNationalGrant: false, isPassedOn: false))
                capacityRates.append(line.capacity?.rate.cents ?? 0)
            case .group(let group):
                if groupTargets[group.name] == nil { groupTargets[group.name] = (part, topLevelName) }
                for child in group.items { addCostLines(of: child, part: part, topLevelName: topLevelName) }
            }
        }

        /// Each participant's index among the members, when the participants follow
        /// the member order (as a theme's do); nil otherwise.
        private static func memberIndices(of participants: [Municipality], in members: [Municipality]) -> [Int]? {
            var indices: [Int] = []
            var position = 0
            for participant in participants {
                while position < members.count, members[position].name != participant.name { position += 1 }
                guard position < members.count else { return nil }
                indices.append(position)
                position += 1
            }
            return indices
        }
    }
}
