/// The running totals while an export is read: per line per month, per rule, and what
/// is left out; nothing per booking except the listed unassigned ones.
struct BookingTally {
    let through: BookingDate?
    let year: Int
    let monthRange: ClosedRange<Int>
    /// Per line × 12 months, in cents, oriented by side.
    var totals: [Int64]
    var sides: [Bool]
    var ruleHits: [Int]
    var unassigned: [BookingActuals.UnassignedBooking] = []
    var unassignedCount = 0
    var unassignedCents: Int64 = 0
    var outside = (count: 0, cents: Int64(0))
    var after = (count: 0, cents: Int64(0))
    var count = 0
    var sumCents: Int64 = 0
    /// The parts of the last split booking: one storage for every split.
    var splitParts: [Money] = []
    let plan: BookingPlan

    init(plan: BookingPlan, budget: Budget, through: BookingDate?) {
        self.plan = plan
        self.through = through
        year = budget.period.year
        monthRange = budget.period.firstMonth...(budget.period.firstMonth + budget.period.months - 1)
        totals = [Int64](repeating: 0, count: plan.lines.count * 12)
        sides = plan.lines.map { $0.side == .lasten }
        ruleHits = [Int](repeating: 0, count: plan.rules.count)
    }

    @inline(__always) static func add(_ value: Int64, to total: inout Int64, line: Int, file: String) throws(CSVFileError) {
        let (sum, overflow) = total.addingReportingOverflow(value)
        guard !overflow, sum.magnitude <= UInt64(Money.largestFileSum.cents) else {
            throw .invalid(file: file, line: line, column: 1, message: "de som van de boekingen wordt groter dan 10^12 euro; is dit wel een export van boekingen?")
        }
        total = sum
    }

    mutating func add(_ booking: BookingRecord, file: String) throws(CSVFileError) {
        let amount = booking.debitMinusCredit
        count += 1
        try Self.add(amount, to: &sumCents, line: booking.line, file: file)
        let date = booking.date
        guard date.year == year, monthRange.contains(date.month) else {
            outside.count += 1
            try Self.add(amount, to: &outside.cents, line: booking.line, file: file)
            return
        }
        if let through, through < date {
            after.count += 1
            try Self.add(amount, to: &after.cents, line: booking.line, file: file)
            return
        }
        guard let index = plan.rule(for: booking) else {
            unassignedCount += 1
            try Self.add(amount, to: &unassignedCents, line: booking.line, file: file)
            if unassigned.count < BookingActuals.listedUnassignedLimit {
                unassigned.append(BookingActuals.UnassignedBooking(
                    line: booking.line, date: date, account: booking.account, costCentre: String(decoding: booking.costCentre, as: UTF8.self),
                    description: String(String(decoding: booking.description, as: UTF8.self).prefix(120)), amount: Money(cents: amount)))
            }
            return
        }
        ruleHits[index] += 1
        let rule = plan.rules[index]
        let month = date.month - 1
        if rule.targets.count == 1 {
            let target = rule.targets[0]
            try Self.add(sides[target] ? amount : -amount, to: &totals[target * 12 + month], line: booking.line, file: file)
            return
        }
        // A split: exact, by the project's largest-remainder allocation, to the cent.
        do throws(AllocationError) {
            try Allocation.split(Money(cents: amount), by: rule.weights, unit: .cent, into: &splitParts)
        } catch {
            throw .invalid(file: file, line: booking.line, column: 1, message: "de boeking kan niet verdeeld worden: \(error.localizedDescription)")
        }
        for (part, target) in zip(splitParts, rule.targets) {
            try Self.add(sides[target] ? part.cents : -part.cents, to: &totals[target * 12 + month], line: booking.line, file: file)
        }
    }

    func actuals(plan: BookingPlan, budget: Budget, rules: BookingRules, exportFile: String) -> BookingActuals {
        let budgetColumn = budget.columns.first { $0.kind == .budgeted } ?? budget.columns[0]
        let actualColumn = budget.columns.first { $0.kind == .actual }
        let lastMonth = through.map { $0.month } ?? monthRange.upperBound
        var prognosis: Column.Prognosis?
        if let through, let day = Column.dayOfYear(through.iso) {
            prognosis = Column.Prognosis(actual: "werkelijk", budget: budgetColumn.name, elapsedDays: day.day, yearDays: day.days)
        }
        let targets = plan.lines.enumerated().map { index, line in
            let perMonth = (0..<12).map { Money(cents: totals[index * 12 + $0]) }
            let budgeted = line.line.amount(in: budgetColumn.name)
            let estimate = prognosis.map { $0.estimate(actual: perMonth.sum(), budgeted: budgeted, kind: line.line.kind) }
            var target = BookingActuals.Target(
                name: line.name, side: line.side, municipality: line.line.kind == .municipalContribution ? line.line.municipality : nil,
                budgeted: budgeted, perMonth: perMonth, statedActual: actualColumn.flatMap { line.line.amounts[$0.name] },
                prognosis: estimate?.amount)
            target.prognosisBasis = estimate?.basis
            target.code = line.line.code
            return target
        }
        let printed = Set(budget.stated.instalments.map(\.amounts.count))
        let instalments = printed.count == 1 ? printed.first! : AdvanceSchedule.defaultCount
        let members = targets.compactMap { target -> BookingActuals.MemberReceipts? in
            guard let member = target.municipality else { return nil }
            let schedule = AdvanceSchedule.instalments(of: target.budgeted, count: instalments)
            // Instalment i of n falls due in month 1 + i × 12 / n (monthly: every month; quarterly: January, April …).
            let due = schedule.indices.filter { 1 + $0 * 12 / instalments <= lastMonth }
            return BookingActuals.MemberReceipts(
                municipality: member, budgeted: target.budgeted, advancesDue: due.map { schedule[$0] }.sum(), instalmentsDue: due.count,
                instalments: instalments, received: target.actual)
        }
        return BookingActuals(
            budget: budget, budgetColumn: budgetColumn, rulesFile: rules.file, rulesSource: rules.source, exportFile: exportFile, through: through,
            months: monthRange.lowerBound...max(monthRange.lowerBound, min(lastMonth, monthRange.upperBound)), targets: targets,
            ruleUses: zip(rules.rules, ruleHits).map { BookingActuals.RuleUse(name: $0.name, bookings: $1, origin: $0.origin) },
            unassigned: unassigned, unassignedCount: unassignedCount, unassignedAmount: Money(cents: unassignedCents),
            outsidePeriod: BookingActuals.Excluded(count: outside.count, amount: Money(cents: outside.cents)),
            afterThrough: BookingActuals.Excluded(count: after.count, amount: Money(cents: after.cents)),
            bookingCount: count, bookingSum: Money(cents: sumCents), members: members)
    }
}
