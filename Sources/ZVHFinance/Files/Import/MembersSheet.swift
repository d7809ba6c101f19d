/// The sheet `gemeenten` of the import layout: `gemeente | inwoners | peildatum | bron`,
/// and in the first layout a column `gewicht` (the weights of the key `gewichten`).
struct MembersSheet {
    /// The members, in order.
    var members: [Municipality] = []
    /// The weights stated in `gewicht`, in order.
    var weights: [KeyEntry] = []

    /// Reads the sheet.
    /// - Complexity: O(rows).
    init(_ sheet: inout ImportSheet) {
        for row in sheet.dataRows {
            guard let name = sheet.text(row: row, column: 0) else { continue }
            var inhabitants: Inhabitants?
            if let countText = sheet.text(row: row, column: 1) {
                switch DutchNumber.count(countText) {
                case .success(let count):
                    inhabitants = Inhabitants(
                        count: count, referenceDate: ImportSheet.date(ImportSheet.cell(sheet.cells(row), 2)), source: sheet.text(row: row, column: 3))
                case .failure(let failure): sheet.problem(row: row, column: 1, failure.message)
                }
            }
            if let column = sheet.columns["gewicht"], sheet.text(row: row, column: column) != nil, let weight = sheet.amount(row: row, column: column) {
                weights.append(KeyEntry(municipality: name, value: Quantity(weight)))
            }
            members.append(Municipality(name: name, inhabitants: inhabitants))
        }
    }

    /// The members' names.
    var names: Set<String> { Set(members.map(\.name)) }
}
