extension Settlement {
    /// Splits every component over the members by the key it names: the members and
    /// keys of the settled year when ``settledMembership`` records them.
    ///
    /// - Parameters:
    ///   - members: the members the settlement is split over, in member order.
    ///   - keys: the keys of the budget (a component names one).
    ///   - unit: the unit each part is a whole number of.
    ///   - year: the budget year (a phased key's step).
    /// - Returns: one split per component, in component order; each sums exactly to
    ///   its component.
    /// - Throws: ``ContributionError`` for an unknown key or an impossible split.
    /// - Complexity: O(components × members log members).
    public func splits(over members: [Municipality], keys: [DistributionKey], unit: RoundingUnit, year: Int? = nil) throws(ContributionError) -> [SettlementSplit] {
        let members = settledMembership?.members ?? members
        let keys = settledMembership?.keys ?? keys
        var result: [SettlementSplit] = []
        for component in components {
            guard let key = keys.first(where: { $0.name == component.keyName }) else {
                throw .unknownKey(name: component.keyName, origin: component.origin)
            }
            let split = try key.split(component.amount, over: members, members: members, unit: unit, keys: keys, year: year)
            result.append(SettlementSplit(component: component, split: split))
        }
        return result
    }
}
