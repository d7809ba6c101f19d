/// Codes proposed for the lines and groups that have none (`zvh codes MAP`), for the
/// controller to confirm: the code of the same label elsewhere in the organisation's
/// files, else of the same member's contribution, else of a close label variant of the
/// same kind, else a new code from the line's place (its group's code and its label).
///
/// Never applied silently: ``Proposal`` lists each with its reason, and
/// ``applied(to:)`` gives the budget with the codes for a file the controller writes.
public struct CodeProposal: Sendable {
    /// Why a code is proposed.
    public enum Reason: String, Hashable, Sendable {
        /// Another file of the organisation has a line with this label and that code.
        case sameLabel = "zelfde label elders"
        /// Another file has this member's contribution line with that code.
        case sameMember = "zelfde gemeente elders"
        /// Another file has a line of the same kind whose label is a close variant.
        case similarLabel = "label lijkt op"
        /// The only line of its kind (a rijksbijdrage, POK, …) here and in another file.
        case sameKind = "enige regel van deze soort"
        /// A group of member contributions: the code of the computed contributions.
        case memberContributions = "groep van bijdragen gemeenten"
        /// No counterpart: a new code from the place (group code) and the label.
        case new = "nieuw, naar plaats en label"
    }

    /// One proposed code.
    public struct Entry: Hashable, Sendable {
        /// The file.
        public var file: String
        /// The field path of the line or group (`lasten[0].regels[1]`).
        public var path: String
        /// Where it stands (line and column); nil for a line not read from a file.
        public var origin: FieldLocation?
        /// The label.
        public var name: String
        /// The proposed code.
        public var code: String
        /// Why.
        public var reason: Reason
        /// The label and file of the counterpart, if any.
        public var counterpart: String?
    }

    /// The proposals, by file and place.
    public var entries: [Entry]

    /// Proposes codes for every line and group without one.
    /// - Parameter budgets: the files (of any organisations; each is compared with its own).
    /// - Complexity: O(lines × distinct coded labels) for the label variants.
    public init(_ budgets: [Budget]) {
        var entries: [Entry] = []
        let organisations = Dictionary(grouping: budgets, by: \.organisation.identifier)
        for budget in budgets {
            let others = organisations[budget.organisation.identifier] ?? []
            var byLabel: [String: (code: String, file: String)] = [:]
            var byMember: [String: (code: String, file: String, name: String)] = [:]
            var coded: [(line: BudgetLine?, name: String, code: String, file: String)] = []
            for other in others {
                func collect(_ items: [BudgetItem]) {
                    for item in items {
                        if let code = item.code {
                            if byLabel[item.name] == nil { byLabel[item.name] = (code, other.file) }
                            if case .line(let line) = item {
                                if let member = line.municipality, byMember[member] == nil { byMember[member] = (code, other.file, line.name) }
                                coded.append((line, item.name, code, other.file))
                            } else {
                                coded.append((nil, item.name, code, other.file))
                            }
                        }
                        if case .group(let group) = item { collect(group.items) }
                    }
                }
                collect(other.costs)
                collect(other.income)
            }
            var used = Set((budget.costs + budget.income).flatMap(Self.codes))
            func unique(_ code: String) -> String {
                var candidate = code
                var number = 2
                while used.contains(candidate) {
                    candidate = "\(code)-\(number)"
                    number += 1
                }
                used.insert(candidate)
                return candidate
            }
            let candidates = LabelVariantRule.Candidates(Set(coded.map(\.name)))
            // Kinds that name one line each (not personeel, materieel, overig or a member's).
            let ownLines = budget.costLines + budget.incomeLines
            func onlyOne(of kind: LineKind?) -> (name: String, code: String, file: String)? {
                guard let kind, kind != .personnel, kind != .material, kind != .other, kind != .municipalContribution,
                    ownLines.filter({ $0.kind == kind }).count == 1 else { return nil }
                let found = coded.filter { $0.line?.kind == kind }
                guard let first = found.first, found.allSatisfy({ $0.code == first.code }) else { return nil }
                return (first.name, first.code, first.file)
            }
            func propose(_ items: [BudgetItem], parentCode: String?) {
                for item in items {
                    var code = item.code
                    if code == nil {
                        var entry = Entry(file: budget.file, path: item.origin?.path ?? "", origin: item.origin, name: item.name, code: "", reason: .new, counterpart: nil)
                        let line: BudgetLine? = if case .line(let line) = item { line } else { nil }
                        if let found = byLabel[item.name], !used.contains(found.code) {
                            (entry.code, entry.reason, entry.counterpart) = (found.code, .sameLabel, "\(item.name) in \(found.file)")
                        } else if let member = line?.municipality, let found = byMember[member], !used.contains(found.code) {
                            (entry.code, entry.reason, entry.counterpart) = (found.code, .sameMember, "\(found.name) in \(found.file)")
                        } else if let variant = LabelVariantRule.variant(of: item.name, among: candidates),
                            let found = coded.first(where: { $0.name == variant && $0.line?.kind == line?.kind }), !used.contains(found.code)
                        {
                            (entry.code, entry.reason, entry.counterpart) = (found.code, .similarLabel, "\(variant) in \(found.file)")
                        } else if let found = onlyOne(of: line?.kind), !used.contains(found.code) {
                            (entry.code, entry.reason, entry.counterpart) = (found.code, .sameKind, "\(found.name) in \(found.file)")
                        } else if case .group(let group) = item, !group.items.isEmpty,
                            group.items.allSatisfy({ if case .line(let line) = $0 { line.kind == .municipalContribution } else { false } }),
                            !used.contains(LineCode.computedContributions)
                        {
                            (entry.code, entry.reason) = (LineCode.computedContributions, .memberContributions)
                        } else {
                            let own = line?.municipality.map { LineCode.memberContribution($0) } ?? LineCode.slug(item.name)
                            entry.code = line?.municipality != nil ? own : (parentCode.map { "\($0).\(own)" } ?? own)
                        }
                        entry.code = unique(entry.code)
                        code = entry.code
                        entries.append(entry)
                    }
                    if case .group(let group) = item { propose(group.items, parentCode: code) }
                }
            }
            propose(budget.costs, parentCode: nil)
            propose(budget.income, parentCode: nil)
        }
        self.entries = entries
    }

    static func codes(_ item: BudgetItem) -> [String] {
        switch item {
        case .line(let line): line.code.map { [$0] } ?? []
        case .group(let group): (group.code.map { [$0] } ?? []) + group.items.flatMap(codes)
        }
    }

    /// The budget with the proposed codes of its file set on its lines and groups.
    /// - Complexity: O(entries + lines).
    public func applied(to budget: Budget) -> Budget {
        let codes = Dictionary(entries.filter { $0.file == budget.file }.map { ($0.path, $0.code) }, uniquingKeysWith: { first, _ in first })
        func apply(_ items: [BudgetItem]) -> [BudgetItem] {
            items.map { item in
                switch item {
                case .line(var line):
                    if line.code == nil { line.code = codes[line.origin?.path ?? ""] }
                    return .line(line)
                case .group(var group):
                    if group.code == nil { group.code = codes[group.origin?.path ?? ""] }
                    group.items = apply(group.items)
                    return .group(group)
                }
            }
        }
        var result = budget
        result.costs = apply(budget.costs)
        result.income = apply(budget.income)
        return result
    }
}
