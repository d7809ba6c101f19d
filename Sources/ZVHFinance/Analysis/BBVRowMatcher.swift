/// Puts the lines of every source of a ``BBVComparison`` on the rows of begroting T:
/// a line by its code (by its label where it has none), else in the group of T its
/// nearest enclosing group matches, else on a row of its own.
struct BBVRowMatcher {
    typealias Row = BBVComparison.Row
    typealias Entry = BudgetFigures.Entry

    /// Where a line of T stands: its top-level row and, below a group, its child.
    struct Place: Hashable {
        var row: Int
        var child: Int?
    }

    let sources: [BBVComparison.Source]
    let entries: KeyPath<BudgetFigures, [Entry]>
    var rowsSoFar: [Row] = []
    /// T's lines by code and by label.
    var linesByCode: [String: Place] = [:]
    var linesByName: [String: Place] = [:]
    /// T's groups (at any depth) by code and by label: the top-level row they fall in.
    var groupsByCode: [String: Int] = [:]
    var groupsByName: [String: Int] = [:]
    /// Rows and children added for lines not in T, by their matching key.
    var extraRows: [String: Int] = [:]
    var extraChildren: [Place: [String: Int]] = [:]

    init(target: [Entry], sources: [BBVComparison.Source], entries: KeyPath<BudgetFigures, [Entry]>) {
        self.sources = sources
        self.entries = entries
        let empty = [Money?](repeating: nil, count: sources.count)
        for (index, entry) in target.enumerated() {
            var row = Row(name: entry.name, code: entry.code, amounts: empty, children: [], onlyIn: [])
            if entry.isGroup {
                register(group: entry, row: index)
                for leaf in Self.leaves(of: entry) {
                    register(line: leaf.entry, at: Place(row: index, child: row.children.count))
                    row.children.append(Row(name: leaf.entry.name, code: leaf.entry.code, amounts: empty, children: [], onlyIn: []))
                }
            } else {
                register(line: entry, at: Place(row: index, child: nil))
            }
            rowsSoFar.append(row)
        }
    }

    mutating func register(line: Entry, at place: Place) {
        if let code = line.code, linesByCode[code] == nil { linesByCode[code] = place }
        if linesByName[line.name] == nil { linesByName[line.name] = place }
    }

    mutating func register(group: Entry, row: Int) {
        if let code = group.code, groupsByCode[code] == nil { groupsByCode[code] = row }
        if groupsByName[group.name] == nil { groupsByName[group.name] = row }
        for child in group.children where child.isGroup { register(group: child, row: row) }
    }

    /// The lines below an entry (itself for a line), each with its enclosing groups,
    /// outermost first.
    static func leaves(of entry: Entry, within groups: [Entry] = []) -> [(entry: Entry, groups: [Entry])] {
        guard entry.isGroup else { return [(entry, groups)] }
        return entry.children.flatMap { leaves(of: $0, within: groups + [entry]) }
    }

    /// The key an entry of a source is matched by: its code, or its label where it has none.
    static func key(_ entry: Entry) -> String {
        entry.code.map { "code " + $0 } ?? "naam " + entry.name
    }

    /// T's line an entry matches: by code, else by label where one of the two has no code.
    func line(_ entry: Entry) -> Place? {
        if let code = entry.code, let place = linesByCode[code] { return place }
        guard let place = linesByName[entry.name] else { return nil }
        let target = place.child.map { rowsSoFar[place.row].children[$0] } ?? rowsSoFar[place.row]
        return entry.code == nil || target.code == nil ? place : nil
    }

    /// The top-level row of T's group (or line) an enclosing group matches.
    func group(_ entry: Entry) -> Int? {
        if let code = entry.code, let row = groupsByCode[code] ?? linesByCode[code]?.row { return row }
        return groupsByName[entry.name] ?? linesByName[entry.name]?.row
    }

    /// The rows with every source's lines on them and each group's amounts summed.
    /// - Complexity: O(lines × sources).
    mutating func rows() -> [Row] {
        for (index, source) in sources.enumerated() {
            for top in source.figures[keyPath: entries] {
                for leaf in Self.leaves(of: top) {
                    place(leaf.entry, groups: leaf.groups, source: index, heading: source.heading, amount: leaf.entry.amounts[source.position])
                }
            }
        }
        return rowsSoFar.map(Self.summed)
    }

    mutating func place(_ entry: Entry, groups: [Entry], source: Int, heading: String, amount: Money?) {
        if let place = line(entry) {
            add(amount, source: source, at: place)
            return
        }
        // Not a line of T: in the group of T its nearest enclosing group matches.
        var row: Int?
        for group in groups.reversed() {
            if let found = self.group(group) {
                row = found
                break
            }
        }
        if row == nil {
            // In no group of T: a row of its own, by its top-level entry.
            let top = groups.first ?? entry
            let key = Self.key(top)
            if let existing = extraRows[key] {
                row = existing
            } else {
                rowsSoFar.append(Row(name: top.name, code: top.code, amounts: empty, children: [], onlyIn: []))
                extraRows[key] = rowsSoFar.count - 1
                row = rowsSoFar.count - 1
            }
            if let row { mark(heading, at: Place(row: row, child: nil)) }
            guard top.isGroup else {
                if let row { add(amount, source: source, at: Place(row: row, child: nil)) }
                return
            }
        }
        guard let row else { return }
        let place = Place(row: row, child: child(for: entry, in: row))
        mark(heading, at: place)
        add(amount, source: source, at: place)
    }

    /// The child of a row that holds a line not in T, added the first time.
    mutating func child(for entry: Entry, in row: Int) -> Int {
        let key = Self.key(entry)
        let parent = Place(row: row, child: nil)
        if let child = extraChildren[parent]?[key] { return child }
        rowsSoFar[row].children.append(Row(name: entry.name, code: entry.code, amounts: empty, children: [], onlyIn: []))
        let child = rowsSoFar[row].children.count - 1
        extraChildren[parent, default: [:]][key] = child
        return child
    }

    var empty: [Money?] { [Money?](repeating: nil, count: sources.count) }

    mutating func add(_ amount: Money?, source: Int, at place: Place) {
        guard let amount else { return }
        if let child = place.child {
            rowsSoFar[place.row].children[child].amounts[source] = (rowsSoFar[place.row].children[child].amounts[source] ?? .zero) + amount
        } else {
            rowsSoFar[place.row].amounts[source] = (rowsSoFar[place.row].amounts[source] ?? .zero) + amount
        }
    }

    mutating func mark(_ heading: String, at place: Place) {
        if let child = place.child {
            if !rowsSoFar[place.row].children[child].onlyIn.contains(heading) { rowsSoFar[place.row].children[child].onlyIn.append(heading) }
        } else if !rowsSoFar[place.row].onlyIn.contains(heading) {
            rowsSoFar[place.row].onlyIn.append(heading)
        }
    }

    /// A row whose amount per source is its own plus its children's (nil where none has one).
    static func summed(_ row: Row) -> Row {
        var row = row
        for source in row.amounts.indices {
            let parts = ([row.amounts[source]] + row.children.map { $0.amounts[source] }).compactMap { $0 }
            row.amounts[source] = parts.isEmpty ? nil : parts.sum()
        }
        return row
    }

    /// The coded lines and groups of T that stand under another group in a source.
    /// - Complexity: O(entries × sources).
    static func moves(target: [Entry], heading: String, sources: [BBVComparison.Source], entries: KeyPath<BudgetFigures, [Entry]>) -> [BBVComparison.Move] {
        var moves: [BBVComparison.Move] = []
        var seenFiles: Set<String> = []
        let inTarget = parents(of: target)
        for source in sources where seenFiles.insert(source.file).inserted {
            let there = parents(of: source.figures[keyPath: entries])
            for (code, here) in inTarget.order.map({ ($0, inTarget.byCode[$0]!) }) {
                guard let other = there.byCode[code], !sameParent(here.parent, other.parent) else { continue }
                moves.append(BBVComparison.Move(name: here.entry.name, code: code, source: source.heading, from: other.parent?.name, to: here.parent?.name))
            }
        }
        return moves
    }

    static func sameParent(_ one: Entry?, _ other: Entry?) -> Bool {
        switch (one, other) {
        case (nil, nil): true
        case (let one?, let other?): one.code != nil && other.code != nil ? one.code == other.code : one.name == other.name
        default: false
        }
    }

    /// Every coded entry with the group it stands in, in file order.
    static func parents(of entries: [Entry]) -> (order: [String], byCode: [String: (entry: Entry, parent: Entry?)]) {
        var order: [String] = []
        var byCode: [String: (entry: Entry, parent: Entry?)] = [:]
        func walk(_ entries: [Entry], parent: Entry?) {
            for entry in entries {
                if let code = entry.code, byCode[code] == nil {
                    order.append(code)
                    byCode[code] = (entry, parent)
                }
                walk(entry.children, parent: entry)
            }
        }
        walk(entries, parent: nil)
        return (order, byCode)
    }
}
