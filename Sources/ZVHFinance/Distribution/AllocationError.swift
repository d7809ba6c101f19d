import Foundation

/// Why a total cannot be split over a set of weights.
public enum AllocationError: Error, Equatable, Sendable, LocalizedError {
    /// There is nobody to split over.
    case noWeights
    /// A weight is below zero.
    case negativeWeight(index: Int, weight: Quantity)
    /// Every weight is zero, so no share can be computed.
    case allWeightsZero
    /// The total has parts below the unit the shares are rounded to.
    case totalNotWholeUnits(total: Money, unit: RoundingUnit)

    public var errorDescription: String? {
        switch self {
        case .noWeights:
            "er is niemand om het bedrag over te verdelen (geen gewichten)"
        case .negativeWeight(let index, let weight):
            "gewicht \(index + 1) is negatief (\(weight.dutch())); een verdeelsleutel kent alleen gewichten van nul of meer"
        case .allWeightsZero:
            "alle gewichten zijn nul; met deze verdeelsleutel valt niets te verdelen"
        case .totalNotWholeUnits(let total, let unit):
            "het bedrag \(total.dutch()) is geen geheel aantal \(unit == .euro ? "euro's" : "centen"); kies afronding op centen of rond het bedrag eerst af"
        }
    }
}
