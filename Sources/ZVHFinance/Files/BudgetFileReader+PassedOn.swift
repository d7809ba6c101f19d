/// Reading what a published table adds to the members' amounts: the publisher's
/// afronding line (`vermeld.afronding`) and baten passed on to the members (`doorgeven`).
extension DocumentReader {
    /// The printed afronding line per column (`vermeld.afronding`: column → amount).
    ///
    /// Only columns that are read (not computed) can hold it, as the contributions they
    /// round stand there.
    mutating func readRoundingDifference(_ object: ObjectReader?) throws(BudgetFileError) -> ByColumn<StatedAmount> {
        try readAmounts(object, allowDerived: false)
    }

    /// Whether an income line is passed on to the members (`doorgeven: true`).
    ///
    /// - Throws: ``BudgetFileError`` for a value that is not `true`/`false`, a cost line,
    ///   or a member's own contribution line (which cannot be passed on to the members).
    func readPassedOn(_ object: ObjectReader, side: BudgetSide, kind: LineKind?) throws(BudgetFileError) -> Bool {
        guard let passedOn = try object.bool("doorgeven") else { return false }
        switch side {
        case .costs:
            throw .invalidValue(file: file, at: object.origin(of: "doorgeven"), message: "'doorgeven' hoort bij een batenregel: geld dat de gemeenschappelijke regeling ontvangt en doorgeeft aan de gemeenten")
        case .income:
            break
        }
        if passedOn, kind == .municipalContribution {
            throw .invalidValue(file: file, at: object.origin(of: "doorgeven"), message: "een bijdrage van een gemeente kan niet aan de gemeenten worden doorgegeven; 'doorgeven' hoort bij andere baten (bv. een compensatie van het Rijk)")
        }
        return passedOn
    }
}
