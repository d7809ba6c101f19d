/// What a line of a budget is, which decides how it is treated: income that reduces
/// what the members pay, a member's own contribution, a reserve movement, or a cost.
public enum LineKind: String, Hashable, Sendable, CaseIterable {
    // Lasten
    /// Personnel costs (wages): indexed with the wage index.
    case personnel = "personeel"
    /// Material costs (rent, services): indexed with the price index.
    case material = "materieel"
    // Baten
    /// The national contribution of the Ministry of Justice and Security (J&V).
    case nationalGrant = "rijksbijdrage"
    /// POK funds (after the parliamentary inquiry into childcare benefits), via VWS.
    case pokFunds = "pok"
    /// A member municipality's contribution; the line names the member.
    case municipalContribution = "gemeentelijke-bijdrage"
    /// The contribution of the centrumgemeente (host municipality).
    case hostMunicipality = "centrumgemeente"
    /// Contributions of chain partners (ketenpartners).
    case chainPartners = "ketenpartners"
    /// An addition to a reserve (toevoeging): written as a negative amount.
    case reserveAddition = "reserve-toevoeging"
    /// A withdrawal from a reserve (onttrekking): written as a positive amount.
    case reserveWithdrawal = "reserve-onttrekking"
    /// Anything else.
    case other = "overig"

    /// The kinds allowed on a line of lasten.
    public static let costKinds: [LineKind] = [.personnel, .material, .other]
    /// The kinds allowed on a line of baten.
    public static let incomeKinds: [LineKind] = [
        .nationalGrant, .pokFunds, .municipalContribution, .hostMunicipality, .chainPartners,
        .reserveAddition, .reserveWithdrawal, .other,
    ]
}
