/// The tables of one file in the import layout (``BudgetSheets``), read sheet by sheet
/// into a budget: each sheet by its own type, in the layout's order, its problems kept
/// in the order found.
struct ImportWorkbook {
    /// The sheets a budget cannot do without.
    static let requiredSheets = ["begroting", "gemeenten", "lasten", "baten"]

    let file: String
    let tables: [BudgetImporter.Table]
    /// Every problem found, `file:Sheet!C14: fout: …`.
    private(set) var problems: [String] = []
    /// The notes on what was ignored.
    private(set) var notes: [String] = []

    init(file: String, tables: [BudgetImporter.Table]) {
        self.file = file
        self.tables = tables
    }

    /// The note on a sheet outside the layout.
    static func ignoredNote(file: String, sheet: String) -> String {
        "\(file): let op: werkblad \"\(sheet)\" hoort niet bij de indeling en is genegeerd"
    }

    /// The sheet of a name (any case), if the file has it.
    func sheet(_ name: String) -> ImportSheet? {
        tables.first { $0.name.lowercased() == name }.map { ImportSheet($0, file: file) }
    }

    /// Reads a sheet by `read`, keeping its problems.
    mutating func read<Part>(_ sheet: inout ImportSheet, _ read: (inout ImportSheet) -> Part) -> Part {
        let part = read(&sheet)
        problems += sheet.takeProblems()
        return part
    }

    /// Reads an optional sheet by `read`; `absent` when the file has no such sheet.
    mutating func read<Part>(_ name: String, absent: Part, _ read: (inout ImportSheet) -> Part) -> Part {
        guard var sheet = sheet(name) else { return absent }
        return self.read(&sheet, read)
    }

    /// The budget the tables state, or nil with ``problems``.
    /// - Complexity: O(cells).
    mutating func read() -> Budget? {
        for table in tables where !BudgetSheets.sheetNames.contains(table.name.lowercased()) {
            notes.append(Self.ignoredNote(file: file, sheet: table.name))
        }
        for name in Self.requiredSheets where sheet(name) == nil {
            problems.append("\(file): fout: werkblad \"\(name)\" ontbreekt (nodig: \(Self.requiredSheets.joined(separator: ", ")); zie 'zvh nieuw')")
        }
        guard problems.isEmpty, var headerSheet = sheet("begroting"), var membersSheet = sheet("gemeenten"),
              var costsSheet = sheet("lasten"), var incomeSheet = sheet("baten") else { return nil }

        let header = read(&headerSheet, HeaderSheet.init)
        var columns = header.columns
        let members = read(&membersSheet, MembersSheet.init)
        let rates = read("tarieven", absent: RatesSheet(), RatesSheet.init).rates
        let reserves = read("reserves", absent: ReservesSheet(), ReservesSheet.init).reserves
        let costs = read(&costsSheet) { LinesSheet(&$0, side: LineKind.costKinds, members: members.names, columns: &columns, rates: rates) }
        let income = read(&incomeSheet) { LinesSheet(&$0, side: LineKind.incomeKinds, members: members.names, columns: &columns, rates: rates) }
        var keys = read("verdeelsleutels", absent: KeysSheet(), KeysSheet.init).keys
        let rule = read(&headerSheet) { header.contributionRule(columns: columns, keys: &keys, weights: members.weights, in: &$0) }
        let components = read("verrekening", absent: SettlementSheet(), SettlementSheet.init)
        let settlement = read(&headerSheet) { components.settlement(header, in: &$0) }
        let stated = read("vermeld", absent: StatedSheet()) { StatedSheet(&$0, members: members.names) }
        let unit = read(&headerSheet) { header.publicationUnit(in: &$0) }
        guard problems.isEmpty else { return nil }
        let fields = header.fields
        var budget = Budget(
            file: file, kind: header.kind, title: header.title,
            organisation: Organisation(identifier: fields["organisatie"]!.value, name: fields["naam"]!.value, members: members.members),
            period: header.period, source: SourceReference(document: fields["bron"]!.value, section: fields["sectie"]?.value),
            publicationUnit: unit, columns: columns, costs: costs.items, income: income.items, keys: keys, contributionRule: rule,
            settlement: settlement, stated: stated.stated, notes: header.notes, rates: rates)
        budget.reserves = reserves
        return budget
    }
}
