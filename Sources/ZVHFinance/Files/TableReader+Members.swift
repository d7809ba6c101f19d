extension TableReader {
    /// Reads the sheet `gemeenten`: `gemeente | inwoners | peildatum | bron`, and in the
    /// first layout a column `gewicht` (the weights of the key `gewichten`).
    /// - Returns: the members in order, and the weights stated.
    /// - Complexity: O(rows).
    mutating func readMembers(_ membersTable: BudgetImporter.Table) -> (members: [Municipality], weights: [KeyEntry]) {
        let memberColumns = Self.headerIndex(membersTable)
        var members: [Municipality] = []
        var weights: [KeyEntry] = []
        for row in membersTable.rows.indices.dropFirst() {
            let cells = membersTable.rows[row]
            guard let name = Self.text(Self.cell(cells, 0)) else { continue }
            var inhabitants: Inhabitants?
            if let countText = Self.text(Self.cell(cells, 1)) {
                switch DutchNumber.count(countText) {
                case .success(let count):
                    inhabitants = Inhabitants(count: count, referenceDate: Self.date(Self.cell(cells, 2)), source: Self.text(Self.cell(cells, 3)))
                case .failure(let failure): problem(membersTable, row: row, column: 1, failure.message)
                }
            }
            if let column = memberColumns["gewicht"], Self.text(Self.cell(cells, column)) != nil, let weight = amount(membersTable, row: row, column: column) {
                weights.append(KeyEntry(municipality: name, value: Quantity(weight)))
            }
            members.append(Municipality(name: name, inhabitants: inhabitants))
        }
        return (members, weights)
    }
}
