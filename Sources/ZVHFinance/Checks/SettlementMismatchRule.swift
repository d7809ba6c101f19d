/// `verrekening-wijkt-af`: a settlement whose total differs from the result it settles,
/// or a printed per-member settlement that differs from its key share.
public struct SettlementMismatchRule: CheckRule {
    public let name = "verrekening-wijkt-af"
    public let summary = "een verrekening die niet gelijk is aan het resultaat dat ze verrekent, of een bedrag per gemeente dat afwijkt van de sleutel"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let budget = context.budget
        if let printed = budget.stated.settlement {
            findings += compare(settlement: printed.total.amount, at: printed.total.origin, against: budget, context: context)
        }
        if let settlement = budget.settlement, let year = settlement.settledYear, let entry = context.ledger.year(year),
            let result = entry.result, entry.settled(before: budget.file).isZero,
            let account = context.lastOther(where: { $0.budget.file == result.file && $0.budget.kind == .jaarrekening })?.budget
        {
            // The first begroting that settles the year; a later one is `dubbele-verrekening`'s.
            let after = entry.settled(after: budget.file)
            let due = -(result.amount - result.toReserves)
            if !after.isZero, settlement.total + after == due, settlement.total != due {
                findings.append(provisional(settlement, entry: entry, result: result, context: context))
            } else {
                findings += compare(settlement: settlement.total, at: settlement.origin, against: account, context: context)
            }
        }
        if let statement = context.statement {
            findings += perMember(statement, context: context)
        }
        return findings
    }

    /// Compares a settlement (its effect on contributions) with the result of an account.
    func compare(settlement: Money, at place: FieldLocation?, against account: Budget, context: CheckContext) -> [Finding] {
        let column = account.mainColumn
        let result = account.result(in: column)
        // What the adopted resultaatbestemming gives to reserves is not settled with the members.
        let toReserves = account.adoptedAppropriation?.toReserves ?? .zero
        let expected = -(result - toReserves)
        let difference = settlement - expected
        guard !difference.isZero else { return [] }
        let action = settlement.isNegative ? "geeft \(settlement.magnitude.dutch()) terug aan de gemeenten" : "brengt \(settlement.dutch()) in rekening"
        let source = account.file == context.budget.file ? "" : " (\(account.title), \(account.file))"
        var message = "de verrekening \(action), maar het resultaat \(account.period.year) in kolom \(column.name) is \(result.resultNotation)\(source)"
        if !toReserves.isZero { message += ", waarvan de vastgestelde resultaatbestemming \(toReserves.dutch()) aan reserves geeft" }
        let surplus = result - toReserves
        if settlement.isNegative, surplus > .zero, settlement.magnitude > surplus {
            message += ": \((settlement.magnitude - surplus).dutch()) meer dan het \(toReserves.isZero ? "overschot" : "te verrekenen overschot")"
        }
        var hint: String?
        if let budgeted = account.columns.first(where: { $0.kind == .budgeted }) {
            let budgetResult = account.result(in: budgeted)
            if !budgetResult.isZero, difference == budgetResult {
                hint = "het verschil van \(difference.magnitude.dutch()) is precies het \(budgetResult.isNegative ? "tekort" : "overschot") van de begroting (kolom \(budgeted.name): baten \(account.totalIncome(in: budgeted).dutch()) − lasten \(account.totalCosts(in: budgeted).dutch())); verrekend is het verschil met de begroting, niet het resultaat"
            }
        }
        let related = account.file == context.budget.file ? nil : account.file
        return [context.finding(name, context.severity(of: difference), at: place, message, members: context.allMembers, relatedFile: related, expected: expected, found: settlement, hint: hint)]
    }

    /// A voorlopige verrekening that differed from the result, completed by a later
    /// nacalculatie: the year is settled once in total, so only information.
    func provisional(_ settlement: Settlement, entry: SettlementLedger.ResultYear, result: SettlementLedger.YearResult, context: CheckContext) -> Finding {
        let later = entry.settlings.filter { $0.file != context.budget.file && $0.period >= context.budget.period }
        let message = "de verrekening \(entry.year) (\(settlement.total.signedDutch)) wijkt \((settlement.total + result.amount).magnitude.dutch()) af van het resultaat \(entry.year) (\(result.amount.resultNotation), \(result.status.rawValue)); de nacalculatie in \(later.map(\.title).joined(separator: ", ")) verrekent het verschil, zodat \(entry.year) in totaal precies één keer verrekend is"
        return context.finding(
            name, .info, at: settlement.origin, message, members: context.allMembers, relatedFile: result.file, expected: -(result.amount - result.toReserves), found: settlement.total)
    }

    func perMember(_ statement: ContributionStatement, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let indexByName = Dictionary(statement.members.enumerated().map { ($1.municipality, $0) }, uniquingKeysWith: { first, _ in first })
        for printed in context.budget.stated.contributions {
            guard let stated = printed.settlement,
                let index = indexByName[printed.municipality]
            else { continue }
            let member = statement.members[index]
            let difference = stated.amount - member.settlement
            guard !difference.isZero else { continue }
            let parts = statement.settlementSplits.map { split in
                "\(split.component.name): \(split.split.shortDerivation(of: index))"
            }
            let severity = context.severity(of: difference, within: .info)
            let message =
                severity == .info
                ? "verrekening van \(printed.municipality): vermeld \(stated.amount.dutch()), volgens de sleutel \(member.settlement.dutch()); een afrondingsverschil van \(difference.magnitude.dutch()) (met de hand afgerond?)"
                : "verrekening van \(printed.municipality): vermeld \(stated.amount.dutch()), volgens de sleutel \(member.settlement.dutch())"
            findings.append(
                context.finding(
                    name, severity, at: stated.origin, message, members: [printed.municipality], expected: member.settlement, found: stated.amount,
                    hint: "grootste-restmethode per component: " + parts.joined(separator: "; ")))
        }
        return findings
    }
}
