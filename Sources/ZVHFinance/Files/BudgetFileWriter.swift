/// Writes a ``Budget`` as a budget file in the project's JSON format, the inverse of
/// ``BudgetFileReader``: reading what it writes gives the same budget (apart from the
/// places in the file, ``FieldLocation``), and writing that again gives the same bytes.
///
/// It writes the parts a controller enters: the header, the members with their
/// inhabitants, the columns, the lasten and baten (groups and lines with kind, member and
/// amounts), the keys, the contribution rule, the settlement and the notes. Parts that
/// only describe a published source (stated figures, `vermeld`), capacity lines, rates
/// and themes are not written: ``write(_:schema:)`` refuses a budget that has them, so a
/// file is never silently thinner than its budget.
public enum BudgetFileWriter {
    /// Why a budget cannot be written.
    public struct Unsupported: Error, Hashable, Sendable {
        /// The parts of the budget the writer does not write.
        public var parts: [String]
    }

    /// The JSON text of a budget file.
    /// - Parameters:
    ///   - budget: the budget.
    ///   - schema: the `$schema` reference to write first, if any.
    /// - Returns: the file's text, ending in a line break.
    /// - Throws: ``Unsupported`` when the budget has parts the writer does not write.
    /// - Complexity: O(n) in the size of the budget.
    public static func write(_ budget: Budget, schema: String? = "../budget.schema.json") throws(Unsupported) -> String {
        var unsupported: [String] = []
        if budget.stated != StatedFigures() { unsupported.append("vermeld") }
        if !budget.rates.isEmpty { unsupported.append("tarieven") }
        if (budget.costLines + budget.incomeLines).contains(where: { $0.capacity != nil || $0.theme != nil || !$0.stated.entries.isEmpty }) {
            unsupported.append("fte-regels, thema's of vermelde bedragen bij regels")
        }
        if hasGroupExtras(budget.costs + budget.income) { unsupported.append("thema's of vermelde subtotalen") }
        guard unsupported.isEmpty else { throw Unsupported(parts: unsupported) }

        var members: [JSONOutput.Member] = []
        if let schema { members.append(.init("$schema", .string(schema))) }
        members.append(.init("soort", .string(budget.kind.rawValue)))
        members.append(.init("titel", .string(budget.title)))
        members.append(.init("organisatie", .object(["code": .string(budget.organisation.identifier), "naam": .string(budget.organisation.name)])))
        var period: [JSONOutput.Member] = [.init("jaar", .integer(budget.period.year))]
        if !budget.period.isFullYear {
            period += [.init("eerste-maand", .integer(budget.period.firstMonth)), .init("maanden", .integer(budget.period.months))]
        }
        members.append(.init("periode", .object(period)))
        var source: [JSONOutput.Member] = [.init("document", .string(budget.source.document))]
        if let section = budget.source.section { source.append(.init("sectie", .string(section))) }
        members.append(.init("bron", .object(source)))
        members.append(.init("eenheid", .string(budget.publicationUnit == .cent ? "cent" : "euro")))
        members.append(.init("gemeenten", .array(budget.organisation.members.map(member))))
        members.append(.init("kolommen", .array(budget.columns.map { column(for: $0, period: budget.period) })))
        members.append(.init("lasten", .array(budget.costs.map(item))))
        members.append(.init("baten", .array(budget.income.map(item))))
        if !budget.keys.isEmpty { members.append(.init("verdeelsleutels", .array(budget.keys.map(key)))) }
        if let rule = budget.contributionRule {
            var object: [JSONOutput.Member] = []
            if let name = rule.keyName { object.append(.init("sleutel", .string(name))) }
            object += [.init("kolom", .string(rule.column)), .init("afronding", .string(rule.unit == .cent ? "cent" : "euro"))]
            members.append(.init("bijdragen", .object(object)))
        }
        if let settlement = budget.settlement { members.append(.init("verrekening", self.settlement(settlement))) }
        if !budget.notes.isEmpty { members.append(.init("opmerkingen", .array(budget.notes.map(JSONOutput.string)))) }
        return JSONOutput.object(members).rendered() + "\n"
    }

    static func hasGroupExtras(_ items: [BudgetItem]) -> Bool {
        items.contains { item in
            guard case .group(let group) = item else { return false }
            return group.theme != nil || !group.stated.entries.isEmpty || hasGroupExtras(group.items)
        }
    }

    static func member(_ municipality: Municipality) -> JSONOutput {
        var object: [JSONOutput.Member] = [.init("naam", .string(municipality.name))]
        if let inhabitants = municipality.inhabitants {
            var count: [JSONOutput.Member] = [.init("aantal", .number(String(inhabitants.count)))]
            if let date = inhabitants.referenceDate { count.append(.init("peildatum", .string(date))) }
            if let source = inhabitants.source { count.append(.init("bron", .string(source))) }
            object.append(.init("inwoners", .object(count)))
        }
        return .object(object)
    }

    static func column(for column: Column, period: Period) -> JSONOutput {
        var object: [JSONOutput.Member] = [.init("naam", .string(column.name)), .init("kop", .string(column.heading))]
        switch column.kind {
        case .budgeted: object.append(.init("soort", .string("begroot")))
        case .actual: object.append(.init("soort", .string("werkelijk")))
        case .expected: object.append(.init("soort", .string("verwacht")))
        case .difference(let compared, let base):
            object += [.init("soort", .string("verschil")), .init("van", .string(compared)), .init("ten-opzichte-van", .string(base))]
        }
        if column.months != period.months { object.append(.init("maanden", .integer(column.months))) }
        return .object(object)
    }

    static func item(_ item: BudgetItem) -> JSONOutput {
        switch item {
        case .group(let group):
            return .object([.init("groep", .string(group.name)), .init("regels", .array(group.items.map(self.item)))])
        case .line(let line):
            var object: [JSONOutput.Member] = [.init("naam", .string(line.name))]
            if let kind = line.kind { object.append(.init("soort", .string(kind.rawValue))) }
            if let municipality = line.municipality { object.append(.init("gemeente", .string(municipality))) }
            object.append(.init("bedragen", .object(line.amounts.entries.map { JSONOutput.Member($0.column, .amount($0.value)) })))
            return .object(object)
        }
    }

    static func key(_ key: DistributionKey) -> JSONOutput {
        var object: [JSONOutput.Member] = [.init("naam", .string(key.name))]
        if key.description != key.name { object.append(.init("omschrijving", .string(key.description))) }
        if let source = key.source { object.append(.init("bron", .string(source))) }
        object.append(.init("soort", .string(key.kind.dutchName)))
        func entries(_ list: [KeyEntry]) -> JSONOutput { .object(list.map { JSONOutput.Member($0.municipality, .quantity($0.value)) }) }
        switch key.kind {
        case .weights(let list): object.append(.init("gewichten", entries(list)))
        case .percentages(let list): object.append(.init("percentages", entries(list)))
        case .inhabitants(let list): if !list.isEmpty { object.append(.init("inwoners", entries(list))) }
        case .cases(let list): object.append(.init("zaken", entries(list)))
        case .fixedAmountPlusInhabitants(let fixed, let list):
            object.append(.init("vast-bedrag", .amount(fixed)))
            if !list.isEmpty { object.append(.init("inwoners", entries(list))) }
        case .mix(let parts):
            object.append(.init("delen", .array(parts.map { .object(["aandeel": .quantity($0.percentage), "sleutel": .string($0.keyName)]) })))
        }
        return .object(object)
    }

    static func settlement(_ settlement: Settlement) -> JSONOutput {
        var object: [JSONOutput.Member] = []
        if let year = settlement.settledYear { object.append(.init("betreft-jaar", .integer(year))) }
        object.append(.init("omschrijving", .string(settlement.description)))
        object.append(.init("componenten", .array(settlement.components.map { component in
            var fields: [JSONOutput.Member] = [.init("naam", .string(component.name)), .init("bedrag", .amount(component.amount))]
            fields.append(.init("sleutel", .string(component.keyName)))
            if let note = component.explanation { fields.append(.init("toelichting", .string(note))) }
            return .object(fields)
        })))
        return .object(object)
    }
}
