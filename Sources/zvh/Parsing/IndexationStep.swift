import ZVHFinance

/// One step of an indexation option (`--index personeel=3,2%`): a kind and its percentage.
struct IndexationStep: Sendable {
    var kind: IndexationKind
    var percent: Quantity
}

extension Indexation {
    /// The indexation with the steps applied in order (a later step of a kind wins).
    func applying(_ steps: [IndexationStep]) -> Indexation {
        var indexation = self
        for step in steps { indexation[step.kind] = step.percent }
        return indexation
    }
}
