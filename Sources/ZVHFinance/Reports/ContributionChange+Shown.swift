extension ContributionChange {
    /// The change as shown in whole units (or cents): the bijdrage and the verrekening
    /// each rounded once from their exact change, the definitief their sum. `zvh gemeente`
    /// and `zvh brief` both show these, so a member reads one change everywhere.
    /// - Parameter unit: the display unit.
    public func shown(unit: RoundingUnit) -> (contribution: Money, settlement: Money, final: Money) {
        let contribution = PresentationRounding.shownTotal(self.contribution, unit: unit)
        let settlement = PresentationRounding.shownTotal(self.settlement, unit: unit)
        return (contribution, settlement, contribution + settlement)
    }
}
