/// `termijnen-tellen-niet-op`: a printed instalment table in which a member's
/// instalments do not add up to its final contribution.
public struct InstalmentSumRule: CheckRule {
    public let name = "termijnen-tellen-niet-op"
    public let summary = "vermelde termijnen (voorschotten) van een gemeente die niet optellen tot haar definitieve bijdrage"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        guard let statement = context.statement else { return [] }
        return context.budget.stated.instalments.compactMap { printed in
            guard let member = statement.members.first(where: { $0.municipality == printed.municipality }) else { return nil }
            let difference = printed.total - member.final
            guard !difference.isZero else { return nil }
            let alwaysCents = !difference.isMultiple(of: .euro) || !printed.total.isMultiple(of: .euro)
            return context.finding(
                name, context.severity(of: difference, within: .info), at: printed.origin,
                "de \(printed.amounts.count) termijnen van \(printed.municipality) tellen op tot \(printed.total.dutch(alwaysCents: alwaysCents)), de definitieve bijdrage is \(member.final.dutch(alwaysCents: alwaysCents)) (verschil \(difference.dutch(alwaysCents: alwaysCents)))",
                members: [printed.municipality], expected: member.final, found: printed.total,
                hint: "'zvh voorschotten \(context.budget.file) --termijnen \(printed.amounts.count)' geeft termijnen die exact optellen")
        }
    }
}
