/// `dubbele-periode`: two files of one organisation for the same period and kind, so
/// that comparisons between periods (and an overview) would count a year twice.
public struct DuplicatePeriodRule: CheckRule {
    public let name = "dubbele-periode"
    public let summary = "twee bestanden van één organisatie voor dezelfde periode en soort"

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let budget = context.budget
        let twins = context.othersInSamePeriod.filter { $0.budget.kind == budget.kind }
        guard let first = twins.first?.budget else { return [] }
        return [
            context.finding(
                name, .warning, at: budget.organisation.members.first?.origin,
                "\(budget.kind.rawValue) \(budget.period.dutchDescription) van \(budget.organisation.name) staat ook in \(twins.map(\.budget.file).joined(separator: ", "))",
                relatedFile: first.file,
                hint: "houd één bestand per organisatie, periode en soort; verplaats een variant naar voorbeelden/ of scenarios/")
        ]
    }
}
