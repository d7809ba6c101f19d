/// The contribution rule of the sheet `begroting`: its fields `sleutel`,
/// `bijdragen-kolom`, `afronding` and `methode`, read once the keys and columns are known.
extension HeaderSheet {
    /// The contribution rule, nil when neither `sleutel` nor `bijdragen-kolom` is given.
    /// In the first layout `sleutel` names no key of the sheet `verdeelsleutels` but
    /// `inwoners` or `gewichten` of the sheet `gemeenten`: that key is added to `keys`.
    /// - Parameters:
    ///   - columns: the budget's columns (of this sheet and of the lines sheets).
    ///   - keys: the keys of ``KeysSheet``; the first layout's key is added.
    ///   - weights: the weights of ``MembersSheet`` (the key `gewichten`).
    ///   - sheet: this sheet, where a problem is told.
    func contributionRule(columns: [Column], keys: inout [DistributionKey], weights: [KeyEntry], in sheet: inout ImportSheet) -> ContributionRule? {
        guard fields["sleutel"] != nil || !contributionColumns.isEmpty else { return nil }
        var keyName = fields["sleutel"]?.value
        if let key = fields["sleutel"], !keys.contains(where: { $0.name == key.value }) {
            // The first layout: a key by inhabitants or by the weights of the sheet gemeenten.
            switch key.value {
            case "inwoners": keys.append(DistributionKey(name: "inwoners", description: "inwoners per gemeente (werkblad gemeenten)", kind: .inhabitants([])))
            case "gewichten": keys.append(DistributionKey(name: "gewichten", description: "gewichten per gemeente (werkblad gemeenten)", kind: .weights(weights)))
            default:
                sheet.problem(row: key.row, column: 1, "sleutel \"\(key.value)\" staat niet in het werkblad verdeelsleutels\(Spelling.hint(for: key.value, among: keys.map(\.name)))")
                keyName = nil
            }
        }
        let names = contributionColumns.map(\.value)
        guard let first = names.first ?? columns.first(where: { $0.kind == .budgeted })?.name ?? columns.first?.name else { return nil }
        var rule = ContributionRule(keyName: keyName, column: first)
        rule.otherColumns = Array(names.dropFirst())
        if let entry = fields["afronding"] {
            if let unit = RoundingUnit(rawValue: entry.value) {
                rule.unit = unit
            } else {
                sheet.problem(row: entry.row, column: 1, "afronding \"\(entry.value)\" onbekend (euro of cent)")
            }
        } else {
            rule.unit = .euro
        }
        if let method = fields["methode"] {
            if let known = AllocationMethod(rawValue: method.value) {
                rule.method = known
            } else {
                let names = AllocationMethod.allCases.map(\.rawValue)
                sheet.problem(row: method.row, column: 1, "methode \"\(method.value)\" onbekend\(Spelling.hint(for: method.value, among: names)) (\(names.joined(separator: " of ")))")
            }
        }
        return rule
    }
}
