/// The kinds of column a file names (`soort` of `kolommen[…]`), read by the budget file
/// and the spreadsheet import, and written by the file and the sheets.
public enum ColumnKindName: String, CaseIterable, Sendable {
    case begroot, werkelijk, verwacht, verschil, wijziging, prognose
    case naWijziging = "na-wijziging"
}

extension Column {
    /// The file's name for the column's kind: a budgeted column with an amendment is
    /// `na-wijziging`, an expected column with a prognosis `prognose`.
    public var kindName: ColumnKindName {
        switch kind {
        case .budgeted: amendment == nil ? .begroot : .naWijziging
        case .amendment: .wijziging
        case .actual: .werkelijk
        case .expected: prognosis == nil ? .verwacht : .prognose
        case .difference: .verschil
        }
    }
}
