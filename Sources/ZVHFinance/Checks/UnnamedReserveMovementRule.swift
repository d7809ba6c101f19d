/// `reservemutatie-zonder-reserve`: a toevoeging or onttrekking that names no reserve,
/// so no reserve schedule can hold it.
public struct UnnamedReserveMovementRule: CheckRule {
    public let name = "reservemutatie-zonder-reserve"
    public let summary = "een toevoeging of onttrekking die geen reserve noemt"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        return context.analysed.reserveSchedule.unassigned.map { line in
            context.finding(
                name, .error, at: line.origin,
                "\"\(line.name)\" is een reservemutatie maar noemt geen reserve",
                found: budget.amount(of: line, in: budget.mainColumn, side: .income),
                hint: budget.reserves.isEmpty
                    ? "beschrijf de reserve onder 'reserves' (naam, soort, stand-begin) en noem haar bij de regel met \"reserve\""
                    : "noem de reserve bij de regel met \"reserve\" (een van: \(budget.reserves.map(\.name).joined(separator: ", ")))")
        }
    }
}
