import Foundation

/// Why a scenario cannot be applied to a budget.
public enum ScenarioError: Error, Equatable, Sendable, LocalizedError {
    /// A change names a line the budget does not have.
    case unknownLine(name: String, suggestion: String?, at: FieldLocation?)
    /// A change names a function without a rate.
    case unknownFunction(name: String, suggestion: String?, at: FieldLocation?)
    /// A change names a theme the budget does not have.
    case unknownTheme(name: String, suggestion: String?, available: [String] = [], at: FieldLocation?)
    /// A change names a key neither the budget nor the scenario defines.
    case unknownKey(name: String, suggestion: String?, available: [String] = [], at: FieldLocation?)
    /// A change names a member the budget does not have.
    case unknownMember(name: String, suggestion: String?, available: [String] = [], at: FieldLocation?)
    /// A joining member is already a member.
    case alreadyMember(name: String, at: FieldLocation?)
    /// A change names a settlement component the budget does not have.
    case unknownSettlementComponent(name: String, at: FieldLocation?)
    /// The scenario is meant for another organisation.
    case otherOrganisation(scenario: String, budget: String, at: FieldLocation?)
    /// The last member cannot leave.
    case noMembersLeft(at: FieldLocation?)
    /// A theme would be left without anyone to pay for it.
    case themeWithoutParticipants(theme: String, member: String, at: FieldLocation?)
    /// The amounts grow beyond what can be held.
    case overflow(at: FieldLocation?)
    /// An FTE change or rate outside the bounds.
    case outOfRange(what: String, at: FieldLocation?)
    /// A change would leave fewer than zero FTE of a function.
    case negativeFTE(function: String, theme: String?, present: Quantity, delta: Quantity, at: FieldLocation?)
    /// A change would make a cost line negative.
    case negativeCostLine(name: String, amount: Money, at: FieldLocation?)
    /// A phase-in to the key already in use.
    case phaseInToSameKey(name: String, at: FieldLocation?)
    /// After the changes the members would have to cover a negative amount.
    case negativeContributionBasis(part: String, amount: Money, at: FieldLocation?)
    /// A key the scenario brings cannot split the contributions (it names a
    /// non-member, lacks a member, …): told at its place in the scenario file.
    case contribution(ContributionError)

    /// Where the problem is in the scenario file.
    public var at: FieldLocation? {
        switch self {
        case .unknownLine(_, _, let at), .unknownFunction(_, _, let at), .unknownTheme(_, _, _, let at), .unknownKey(_, _, _, let at),
            .unknownMember(_, _, _, let at), .alreadyMember(_, let at), .unknownSettlementComponent(_, let at),
            .otherOrganisation(_, _, let at), .noMembersLeft(let at), .themeWithoutParticipants(_, _, let at), .overflow(let at),
            .outOfRange(_, let at), .negativeFTE(_, _, _, _, let at), .negativeCostLine(_, _, let at),
            .negativeContributionBasis(_, _, let at), .phaseInToSameKey(_, let at):
            at
        case .contribution(let error): error.origin
        }
    }

    public var errorDescription: String? {
        func hint(_ suggestion: String?) -> String { Spelling.hint(suggestion) }
        func list(_ names: [String]) -> String { names.isEmpty ? "" : " (beschikbaar: \(MessageText.list(names)))" }
        switch self {
        case .unknownLine(let name, let suggestion, _): return "de begroting heeft geen regel \"\(name)\"\(hint(suggestion))"
        case .unknownFunction(let name, let suggestion, _):
            return "voor de functie \"\(name)\" is geen tarief bekend (geef 'tarief' op of voeg de functie toe aan 'tarieven')\(hint(suggestion))"
        case .unknownTheme(let name, let suggestion, let available, _):
            return "de begroting heeft geen thema \"\(name)\"\(hint(suggestion))\(list(available))"
        case .unknownKey(let name, let suggestion, let available, _):
            return "de verdeelsleutel \"\(name)\" staat niet in de begroting of het scenario\(hint(suggestion))\(list(available))"
        case .unknownMember(let name, let suggestion, let available, _): return "\"\(name)\" is geen gemeente van deze organisatie\(hint(suggestion))\(list(available))"
        case .alreadyMember(let name, _): return "\(name) is al lid"
        case .unknownSettlementComponent(let name, _): return "de begroting heeft geen verrekeningscomponent \"\(name)\""
        case .otherOrganisation(let scenario, let budget, _): return "dit scenario is voor organisatie \"\(scenario)\", de begroting is van \"\(budget)\""
        case .noMembersLeft: return "de laatste gemeente kan niet uittreden: dan blijft er niemand over om te betalen"
        case .themeWithoutParticipants(let theme, let member, _):
            return "als \(member) uittreedt, betaalt niemand meer voor thema \"\(theme)\"; laat het thema eerst vervallen of geef het een andere sleutel"
        case .overflow: return "de bedragen worden te groot om exact te rekenen (een bedrag blijft onder een biljoen euro; te hoge indexatie, te veel jaren of te grote regels?)"
        case .outOfRange(let what, _): return "\(what) valt buiten het bereik (hoogstens 10.000 fte erbij of eraf, een tarief van nul tot een biljoen euro)"
        case .negativeFTE(let function, let theme, let present, let delta, _):
            return "\(delta.dutch()) fte \(function)\(theme.map { " in thema \($0)" } ?? "") laat \((present + delta).dutch()) fte over (nu \(present.dutch())); minder dan nul fte kan niet"
        case .negativeCostLine(let name, let amount, _):
            return "de lastenregel \"\(name)\" zou negatief worden (\(amount.dutch(alwaysCents: !amount.isMultiple(of: .euro)))); lasten zijn nul of meer"
        case .phaseInToSameKey(let name, _):
            return "de bijdragen gaan al naar verdeelsleutel \"\(name)\"; een ingroei gaat naar een andere sleutel"
        case .negativeContributionBasis(let part, let amount, _):
            return "na de wijzigingen is het te verdelen bedrag van \"\(part)\" negatief (\(amount.dutch(alwaysCents: !amount.isMultiple(of: .euro)))): de overige baten zijn hoger dan de lasten"
        case .contribution(let error):
            let path = error.origin?.path ?? ""
            return (path.isEmpty ? "" : "'\(path)': ") + (error.errorDescription ?? "de bijdragen zijn niet te berekenen")
        }
    }
}
