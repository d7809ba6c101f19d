/// Reads a phased key (`soort: ingroei` in `verdeelsleutels`) and the cap shared with
/// the scenario change `ingroei`.
///
/// ```json
/// { "naam": "ingroei-inwoners", "soort": "ingroei", "van": "bijdragen-2022", "naar": "inwoners",
///   "jaren": 4, "eerste-jaar": 2022, "plafond": { "per-inwoner-per-jaar": 0.5 } }
/// ```
extension KeyReader {
    /// The members only a phased key has.
    static let phaseInKeys = ["van", "naar", "jaren", "eerste-jaar", "plafond"]

    /// The terms of a phased key.
    static func phaseIn(_ object: ObjectReader, file: String) throws(BudgetFileError) -> PhaseIn {
        let from = try object.requiredString("van")
        let to = try object.requiredString("naar")
        if from == to {
            throw .invalidValue(file: file, at: object.origin(of: "naar"), message: "een ingroei gaat van de ene sleutel naar een andere; \"van\" en \"naar\" zijn hier gelijk (\"\(to)\")")
        }
        guard let years = try object.integer("jaren", in: PhaseIn.yearRange) else { throw .missingKey(file: file, key: "jaren", at: object.origin) }
        guard let firstYear = try object.integer("eerste-jaar", in: Period.acceptedYears) else { throw .missingKey(file: file, key: "eerste-jaar", at: object.origin) }
        return PhaseIn(fromKey: from, toKey: to, years: years, firstYear: firstYear, cap: try cap(object.object("plafond"), file: file))
    }

    /// A cap: `{ "per-jaar": 5000 }` or `{ "per-inwoner-per-jaar": 0.50 }`, zero or more.
    static func cap(_ object: ObjectReader?, file: String) throws(BudgetFileError) -> PhaseInCap? {
        guard let object else { return nil }
        try object.requireKnownKeys(["per-jaar", "per-inwoner-per-jaar"])
        let perYear = try object.money("per-jaar")
        let perInhabitant = try object.money("per-inwoner-per-jaar")
        let cap: PhaseInCap
        let key: String
        switch (perYear, perInhabitant) {
        case (let amount?, nil): (cap, key) = (.perYear(amount), "per-jaar")
        case (nil, let amount?): (cap, key) = (.perInhabitantPerYear(amount), "per-inwoner-per-jaar")
        case (nil, nil):
            throw .invalidValue(file: file, at: object.origin, message: "een plafond noemt \"per-jaar\" (euro per gemeente per jaar) of \"per-inwoner-per-jaar\"")
        case (.some, .some):
            throw .invalidValue(file: file, at: object.origin(of: "per-inwoner-per-jaar"), message: "een plafond is \"per-jaar\" of \"per-inwoner-per-jaar\", niet allebei")
        }
        switch cap {
        case .perYear(let amount), .perInhabitantPerYear(let amount):
            guard !amount.isNegative else {
                throw .invalidValue(file: file, at: object.origin(of: key), message: "een plafond kan niet negatief zijn (\(amount.dutch(alwaysCents: true)))")
            }
        }
        return cap
    }
}
