/// The lines of an earlier period, to find the counterpart of a line: by its code
/// where both carry one, else by label (or a close variant of it, see
/// ``LabelVariantRule``).
struct LineCounterparts {
    let byCode: [String: BudgetLine]
    let byName: [String: BudgetLine]
    let candidates: LabelVariantRule.Candidates

    /// Prepares the look-ups once per side.
    /// - Complexity: O(lines).
    init(_ lines: [BudgetLine]) {
        var byCode: [String: BudgetLine] = [:]
        var byName: [String: BudgetLine] = [:]
        for line in lines {
            if let code = line.code, byCode[code] == nil { byCode[code] = line }
            if byName[line.name] == nil { byName[line.name] = line }
        }
        self.byCode = byCode
        self.byName = byName
        candidates = LabelVariantRule.Candidates(Set(lines.map(\.name)))
    }

    /// The earlier line with the same code; else, where the line or its match has no
    /// code, the one with the same label or a close variant of it.
    func counterpart(of line: BudgetLine) -> BudgetLine? {
        if let code = line.code, let match = byCode[code] { return match }
        let name = byName[line.name] != nil ? line.name : LabelVariantRule.variant(of: line.name, among: candidates)
        guard let name, let match = byName[name] else { return nil }
        return line.code == nil || match.code == nil ? match : nil
    }

    /// Whether an earlier line carries the line's code (the same line, whatever its label).
    func hasCode(of line: BudgetLine) -> Bool {
        line.code.map { byCode[$0] != nil } ?? false
    }
}
