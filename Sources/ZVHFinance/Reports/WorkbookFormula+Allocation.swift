extension WorkbookFormula {
    /// The most a product `units × weight` may reach for the formula to be exact in a
    /// spreadsheet's binary numbers (2⁵³), with room for edits eight times the total.
    static let exactProductBound: Int128 = 1 << 50

    /// The largest-remainder split as a spreadsheet formula, in whole numbers only:
    /// with N the total in units and W the sum of the (whole) weights, a member gets
    /// `INT(N × w / W)` units plus one when fewer members rank before it — larger
    /// remainder `N × w − W × INT(N × w / W)`, then larger weight, then earlier row —
    /// than the units left over; a negative total is split as its magnitude, negated.
    ///
    /// Written only when the weights are whole numbers in consecutive rows of this
    /// sheet, every product stays below ``exactProductBound`` (so each quotient and
    /// remainder is exact in binary floating point), ``Allocation`` on the cells' own
    /// figures gives exactly the amount in `cell`, and the total is itself a formula over
    /// cells of other sheets — never the `SUM` of the parts, which would be circular.
    func allocationFormula(
        total: ReportTable.Position, weight: Int, weights: [ReportTable.Position], unit: RoundingUnit, reproducing cell: ReportTable.Cell
    ) -> String? {
        guard let figure = Self.amount(cell), let totalCell = self.cell(total), let totalAmount = Self.amount(totalCell),
              (total.section ?? section) == section,
              case .sum(let added, let subtracted)? = place(of: total)?.table.rows[total.row].derivations[total.column],
              (added + subtracted).allSatisfy({ $0.section != nil && $0.section != section }),
              formula(.sum(added: added, subtracted: subtracted), reproducing: totalCell) != nil,
              weights.indices.contains(weight), let first = weights.first, let last = weights.last,
              (first.section ?? section) == section,
              weights.enumerated().allSatisfy({ $1.section == first.section && $1.column == first.column && $1.row == first.row + $0 }) else { return nil }
        var quantities: [Quantity] = []
        for position in weights {
            guard case .quantity(let millionths)? = self.cell(position), millionths >= 0, millionths % 1_000_000 == 0,
                  let value = Int64(exactly: millionths) else { return nil }
            quantities.append(Quantity(millionths: value))
        }
        guard totalAmount.isMultiple(of: unit),
              let allocation = try? Allocation(splitting: totalAmount, by: quantities, unit: unit),
              allocation.parts[weight] == figure else { return nil }
        let units = Int128(totalAmount.cents.magnitude) / Int128(unit.cents)
        guard units * (allocation.totalWeightMillionths / 1_000_000) < Self.exactProductBound,
              let totalReference = reference(total, isAbsolute: true), let own = reference(weights[weight]),
              let top = reference(first, isAbsolute: true), let bottom = reference(last, isAbsolute: true) else { return nil }
        let range = top + ":" + bottom
        let count = unit == .euro ? "ABS(\(totalReference))" : "ROUND(ABS(\(totalReference))*100,0)"
        let sum = "SUM(\(range))"
        func quotient(_ weight: String) -> String { "INT(\(count)*\(weight)/\(sum))" }
        func remainder(_ weight: String) -> String { "(\(count)*\(weight)-\(sum)*\(quotient(weight)))" }
        let same = "(\(remainder(range))=\(remainder(own)))"
        let rank = "SUMPRODUCT((\(remainder(range))>\(remainder(own)))+\(same)*(\(range)>\(own))+\(same)*(\(range)=\(own))*(ROW(\(range))<ROW(\(own))))"
        let leftover = "\(count)-SUMPRODUCT(\(quotient(range)))"
        let part = "(\(quotient(own))+IF(\(rank)<\(leftover),1,0))"
        return "SIGN(\(totalReference))*\(part)" + (unit == .euro ? "" : "/100")
    }
}
