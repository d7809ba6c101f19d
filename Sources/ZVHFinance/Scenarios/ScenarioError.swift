import Foundation

/// Why a scenario cannot be applied to a budget.
public enum ScenarioError: Error, Equatable, Sendable, LocalizedError {
    /// A change names a line the budget does not have.
    case unknownLine(name: String, suggestion: String?, at: FieldLocation)
    /// A change names a function without a rate.
    case unknownFunction(name: String, suggestion: String?, at: FieldLocation)
    /// A change names a theme the budget does not have.
    case unknownTheme(name: String, suggestion: String?, at: FieldLocation)
    /// A change names a key neither the budget nor the scenario defines.
    case unknownKey(name: String, suggestion: String?, at: FieldLocation)
    /// A change names a member the budget does not have.
    case unknownMember(name: String, suggestion: String?, at: FieldLocation)
    /// A joining member is already a member.
    case alreadyMember(name: String, at: FieldLocation)
    /// A change names a settlement component the budget does not have.
    case unknownSettlementComponent(name: String, at: FieldLocation)
    /// The scenario is meant for another organisation.
    case otherOrganisation(scenario: String, budget: String, at: FieldLocation)
    /// The last member cannot leave.
    case noMembersLeft(at: FieldLocation)
    /// The amounts grow beyond what can be held.
    case overflow(at: FieldLocation)

    /// Where the problem is in the scenario file.
    public var at: FieldLocation {
        switch self {
        case .unknownLine(_, _, let at), .unknownFunction(_, _, let at), .unknownTheme(_, _, let at), .unknownKey(_, _, let at),
            .unknownMember(_, _, let at), .alreadyMember(_, let at), .unknownSettlementComponent(_, let at),
            .otherOrganisation(_, _, let at), .noMembersLeft(let at), .overflow(let at):
            at
        }
    }

    public var errorDescription: String? {
        func hint(_ suggestion: String?) -> String { Spelling.hint(suggestion) }
        switch self {
        case .unknownLine(let name, let suggestion, _): return "de begroting heeft geen regel \"\(name)\"\(hint(suggestion))"
        case .unknownFunction(let name, let suggestion, _):
            return "voor de functie \"\(name)\" is geen tarief bekend (geef 'tarief' op of voeg de functie toe aan 'tarieven')\(hint(suggestion))"
        case .unknownTheme(let name, let suggestion, _): return "de begroting heeft geen thema \"\(name)\"\(hint(suggestion))"
        case .unknownKey(let name, let suggestion, _): return "de verdeelsleutel \"\(name)\" staat niet in de begroting of het scenario\(hint(suggestion))"
        case .unknownMember(let name, let suggestion, _): return "\"\(name)\" is geen gemeente van deze organisatie\(hint(suggestion))"
        case .alreadyMember(let name, _): return "\(name) is al lid"
        case .unknownSettlementComponent(let name, _): return "de begroting heeft geen verrekeningscomponent \"\(name)\""
        case .otherOrganisation(let scenario, let budget, _): return "dit scenario is voor organisatie \"\(scenario)\", de begroting is van \"\(budget)\""
        case .noMembersLeft: return "na het uittreden blijft er geen gemeente over om te betalen"
        case .overflow: return "de bedragen worden te groot om exact te rekenen (te hoge indexatie of te veel jaren?)"
        }
    }
}
