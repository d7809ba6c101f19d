/// Writes budgets (and their parts) as JSON in the project's file format, keys in the
/// order the README documents, so that ``BudgetFileReader`` reads back the same budget.
///
/// ```swift
/// let text = BudgetFileWriter.json(budget).rendered()
/// try BudgetFileReader.read(Array(text.utf8), file: "x.json") == budget   // (up to places in the file)
/// ```
public enum BudgetFileWriter {
    /// Why a budget cannot be written whole.
    public struct Unsupported: Error, Hashable, Sendable {
        /// The parts of the budget the writer does not write.
        public var parts: [String]
    }

    /// The JSON text of a budget file: everything the reader reads, printed figures
    /// (`vermeld`) included.
    /// - Parameters:
    ///   - budget: the budget.
    ///   - schema: the `$schema` reference to write first, if any.
    /// - Returns: the file's text, ending in a line break.
    /// - Throws: never any more (every part of a budget is written); kept so callers
    ///   that handled a thinner writer still compile.
    /// - Complexity: O(n) in the size of the budget.
    public static func write(_ budget: Budget, schema: String? = "../budget.schema.json") throws(Unsupported) -> String {
        json(budget, schema: schema).rendered()
    }

    /// A budget as a budget file, keys in the README's order, printed figures under
    /// `vermeld` (the budget's, each group's and each line's).
    /// - Parameter schema: the `$schema` reference to write first, if any.
    /// - Complexity: O(n) in the size of the budget.
    public static func json(_ budget: Budget, schema: String? = "../budget.schema.json") -> JSONOutput {
        json(budget, schema: schema, writesItems: true)
    }

    /// The budget file as a value; with `writesItems` false, `lasten` and `baten` are
    /// empty arrays that ``write(_:schema:to:)`` fills one item at a time.
    static func json(_ budget: Budget, schema: String?, writesItems: Bool) -> JSONOutput {
        var top: [JSONOutput.Member] = schema.map { [.init("$schema", .string($0))] } ?? []
        top += [
            .init("soort", .string(budget.kind.rawValue)),
            .init("titel", .string(budget.title)),
            .init("organisatie", .object(["code": .string(budget.organisation.identifier), "naam": .string(budget.organisation.name)])),
        ]
        var period: [JSONOutput.Member] = [.init("jaar", .integer(budget.period.year))]
        if budget.period.firstMonth != 1 { period.append(.init("eerste-maand", .integer(budget.period.firstMonth))) }
        if budget.period.months != 12 { period.append(.init("maanden", .integer(budget.period.months))) }
        top.append(.init("periode", .object(period)))
        var source: [JSONOutput.Member] = [.init("document", .string(budget.source.document))]
        if let section = budget.source.section { source.append(.init("sectie", .string(section))) }
        top.append(.init("bron", .object(source)))
        top.append(.init("eenheid", .string(budget.publicationUnit.rawValue)))
        top.append(.init("gemeenten", .array(budget.organisation.members.map { member in
            var fields: [JSONOutput.Member] = [.init("naam", .string(member.name))]
            if let inhabitants = member.inhabitants {
                var count: [JSONOutput.Member] = [.init("aantal", .number(String(inhabitants.count)))]
                if let date = inhabitants.referenceDate { count.append(.init("peildatum", .string(date))) }
                if let source = inhabitants.source { count.append(.init("bron", .string(source))) }
                fields.append(.init("inwoners", .object(count)))
            }
            return .object(fields)
        })))
        top.append(.init("kolommen", .array(budget.columns.map(json(_:)))))
        if !budget.rates.isEmpty {
            top.append(.init("tarieven", .array(budget.rates.map { rate in
                var fields: [JSONOutput.Member] = [.init("functie", .string(rate.function)), .init("bedrag", .amount(rate.amount))]
                if let source = rate.source { fields.append(.init("bron", .string(source))) }
                if rate.isAssumption { fields.append(.init("aanname", .bool(true))) }
                return .object(fields)
            })))
        }
        if !budget.reserves.isEmpty { top.append(.init("reserves", .array(budget.reserves.map(json(_:))))) }
        top.append(.init("lasten", .array(writesItems ? budget.costs.map { json($0, columns: budget.columns) } : [])))
        top.append(.init("baten", .array(writesItems ? budget.income.map { json($0, columns: budget.columns) } : [])))
        if !budget.keys.isEmpty { top.append(.init("verdeelsleutels", .array(budget.keys.map(json(_:))))) }
        if let rule = budget.contributionRule {
            var fields: [JSONOutput.Member] = []
            if let key = rule.keyName { fields.append(.init("sleutel", .string(key))) }
            if rule.otherColumns.isEmpty {
                fields.append(.init("kolom", .string(rule.column)))
            } else {
                fields.append(.init("kolommen", .array(([rule.column] + rule.otherColumns).map(JSONOutput.string))))
            }
            fields.append(.init("afronding", .string(rule.unit.rawValue)))
            if rule.method != .largestRemainder { fields.append(.init("methode", .string(rule.method.rawValue))) }
            top.append(.init("bijdragen", .object(fields)))
        }
        if let settlement = budget.settlement { top.append(.init("verrekening", json(settlement))) }
        if !budget.appropriationRules.isEmpty {
            top.append(.init("resultaatbestemming", .array(budget.appropriationRules.map { rule in
                var fields: [JSONOutput.Member] = [.init("component", .string(rule.component)), .init("reserve", .string(rule.reserve))]
                if let explanation = rule.explanation { fields.append(.init("toelichting", .string(explanation))) }
                return .object(fields)
            })))
        }
        if let adopted = budget.adoptedAppropriation { top.append(.init("vastgestelde-resultaatbestemming", json(adopted))) }
        if let stated = json(budget.stated) { top.append(.init("vermeld", stated)) }
        if !budget.notes.isEmpty { top.append(.init("opmerkingen", .array(budget.notes.map(JSONOutput.string)))) }
        top += riskMembers(budget)
        return .object(top)
    }

    static func json(_ column: Column) -> JSONOutput {
        var fields: [JSONOutput.Member] = [.init("naam", .string(column.name)), .init("kop", .string(column.heading)), .init("soort", .string(column.kindName.rawValue))]
        switch column.kind {
        case .budgeted:
            if let amendment = column.amendment {
                fields.append(.init("van", .string(amendment.base)))
                fields.append(.init("wijzigingen", .array(amendment.changes.map(JSONOutput.string))))
            }
        case .amendment: break
        case .actual:
            if let through = column.through { fields.append(.init("tot", .string(through))) }
            if let unassigned = column.unassigned { fields.append(.init("niet-toegewezen", unassigned.json)) }
        case .expected:
            if let prognosis = column.prognosis {
                fields.append(.init("van", .string(prognosis.actual)))
                fields.append(.init("begroot", .string(prognosis.budget)))
            }
        case .difference(let compared, let base):
            fields.append(.init("van", .string(compared)))
            fields.append(.init("ten-opzichte-van", .string(base)))
        }
        fields.append(.init("maanden", .integer(column.months)))
        return .object(fields)
    }

    static func json(_ item: BudgetItem, columns: [Column]) -> JSONOutput {
        switch item {
        case .group(let group):
            return json(group, columns: columns, writesItems: true)
        case .line(let line):
            return json(line, columns: columns)
        }
    }

    /// A group; with `writesItems` false, `regels` is an empty array to fill.
    static func json(_ group: BudgetGroup, columns: [Column], writesItems: Bool) -> JSONOutput {
        var fields: [JSONOutput.Member] = [.init("groep", .string(group.name))]
        if let code = group.code { fields.append(.init("code", .string(code))) }
        if let theme = group.theme {
            var themeFields: [JSONOutput.Member] = [.init("sleutel", .string(theme.keyName))]
            switch theme.participation {
            case .all: break
            case .only(let names): themeFields.append(.init("deelnemers", .array(names.map(JSONOutput.string))))
            case .except(let names): themeFields.append(.init("zonder", .array(names.map(JSONOutput.string))))
            }
            fields.append(.init("thema", .object(themeFields)))
        }
        fields.append(.init("regels", .array(writesItems ? group.items.map { json($0, columns: columns) } : [])))
        if !group.stated.isEmpty { fields.append(.init("vermeld", json(group.stated))) }
        return .object(fields)
    }

    /// A line.
    static func json(_ line: BudgetLine, columns: [Column]) -> JSONOutput {
        var fields: [JSONOutput.Member] = [.init("naam", .string(line.name))]
        if let code = line.code { fields.append(.init("code", .string(code))) }
        if let kind = line.kind { fields.append(.init("soort", .string(kind.rawValue))) }
        if let municipality = line.municipality { fields.append(.init("gemeente", .string(municipality))) }
        if let reserve = line.reserve { fields.append(.init("reserve", .string(reserve))) }
        switch line.recurrence {
        case nil: break
        case .structural: fields.append(.init("incidenteel", .bool(false)))
        case .incidental(let years):
            fields.append(.init("incidenteel", years.isEmpty ? .bool(true) : .array(years.map(JSONOutput.integer))))
        }
        if let theme = line.theme { fields.append(.init("thema", .string(theme))) }
        if let taakveld = line.taakveld { fields.append(.init("taakveld", .string(taakveld))) }
        if let category = line.iv3Category { fields.append(.init("categorie", .string(category))) }
        if line.isPassedOn { fields.append(.init("doorgeven", .bool(true))) }
        if let capacity = line.capacity {
            fields.append(.init("fte", .quantity(capacity.fte)))
            fields.append(.init("functie", .string(capacity.function)))
            // Amounts in columns that are not budgeted (a realisation) stay as read.
            let others = line.amounts.entries.filter { entry in columns.first { $0.name == entry.column }.map { $0.kind != .budgeted && $0.amendment == nil } ?? true }
            if !others.isEmpty { fields.append(.init("bedragen", .object(others.map { JSONOutput.Member($0.column, .amount($0.value)) }))) }
        } else {
            // Columns "na wijziging" are computed when the file is read.
            let written = line.amounts.entries.filter { entry in
                guard let column = columns.first(where: { $0.name == entry.column }) else { return true }
                if let prognosis = column.prognosis {
                    // Written only where the line names an expected amount other than the pro-rata one.
                    return prognosis.estimate(of: line, in: column.name).basis == .stated
                }
                return column.amendment == nil
            }
            fields.append(.init("bedragen", .object(written.map { JSONOutput.Member($0.column, .amount($0.value)) })))
        }
        if !line.stated.isEmpty { fields.append(.init("vermeld", json(line.stated))) }
        return .object(fields)
    }

    /// A reserve as an element of `reserves`.
    public static func json(_ reserve: Reserve) -> JSONOutput {
        var fields: [JSONOutput.Member] = [
            .init("naam", .string(reserve.name)), .init("soort", .string(reserve.kind.rawValue)), .init("stand-begin", .amount(reserve.openingBalance)),
        ]
        if let cap = reserve.cap { fields.append(.init("plafond", .amount(cap))) }
        if let purpose = reserve.purpose { fields.append(.init("doel", .string(purpose))) }
        if let endDate = reserve.endDate { fields.append(.init("einddatum", .string(endDate))) }
        if let decision = reserve.decision { fields.append(.init("besluit", .string(decision))) }
        return .object(fields)
    }

    /// A distribution key as an element of `verdeelsleutels`.
    public static func json(_ key: DistributionKey) -> JSONOutput {
        var members: [JSONOutput.Member] = [.init("naam", .string(key.name))]
        if key.description != key.name { members.append(.init("omschrijving", .string(key.description))) }
        if let source = key.source { members.append(.init("bron", .string(source))) }
        members.append(.init("soort", .string(key.kind.dutchName)))
        func entries(_ list: [KeyEntry]) -> JSONOutput {
            .object(list.map { JSONOutput.Member($0.municipality, .quantity($0.value)) })
        }
        let kind = key.kind
        if let fixed = kind.fixedAmount { members.append(.init("vast-bedrag", .amount(fixed))) }
        if let entriesKey = kind.name.entriesKey, !(kind.name.weighsByInhabitants && kind.entries.isEmpty) {
            members.append(.init(entriesKey, entries(kind.entries)))
        }
        if kind.name == .mix {
            members.append(.init("delen", .array(kind.mixParts.map { .object(["aandeel": .quantity($0.percentage), "sleutel": .string($0.keyName)]) })))
        }
        if let phaseIn = kind.phaseIn {
            members += [
                .init("van", .string(phaseIn.fromKey)), .init("naar", .string(phaseIn.toKey)), .init("jaren", .integer(phaseIn.years)),
                .init("eerste-jaar", .integer(phaseIn.firstYear)),
            ]
            if let cap = phaseIn.cap { members.append(.init("plafond", json(cap))) }
        }
        return .object(members)
    }

    /// A phase-in's cap as the `plafond` object of an `ingroei` key or change.
    public static func json(_ cap: PhaseInCap) -> JSONOutput {
        switch cap {
        case .perYear(let amount): .object(["per-jaar": .amount(amount)])
        case .perInhabitantPerYear(let amount): .object(["per-inwoner-per-jaar": .amount(amount)])
        }
    }

    /// A settlement as the `verrekening` object of a begroting.
    public static func json(_ settlement: Settlement) -> JSONOutput {
        var members: [JSONOutput.Member] = []
        if let year = settlement.settledYear { members.append(.init("betreft-jaar", .integer(year))) }
        members.append(.init("omschrijving", .string(settlement.description)))
        members.append(.init("componenten", .array(settlement.components.map { component in
            var fields: [JSONOutput.Member] = [
                .init("naam", .string(component.name)), .init("bedrag", .amount(component.amount)), .init("sleutel", .string(component.keyName)),
            ]
            if let explanation = component.explanation { fields.append(.init("toelichting", .string(explanation))) }
            return .object(fields)
        })))
        if !settlement.reserveParts.isEmpty {
            members.append(.init("naar-reserves", .array(settlement.reserveParts.map { part in
                var fields: [JSONOutput.Member] = [.init("naam", .string(part.name)), .init("reserve", .string(part.reserve)), .init("bedrag", .amount(part.amount))]
                if let explanation = part.explanation { fields.append(.init("toelichting", .string(explanation))) }
                return .object(fields)
            })))
        }
        return .object(members)
    }

    /// The adopted resultaatbestemming as the `vastgestelde-resultaatbestemming` block.
    public static func json(_ adopted: AdoptedAppropriation) -> JSONOutput {
        .object([
            .init("datum", .string(adopted.date)), .init("besluit", .string(adopted.decision)),
            .init("componenten", .array(adopted.entries.map { entry in
                var fields: [JSONOutput.Member] = [
                    .init("component", .string(entry.component)), .init("reserve", .string(entry.reserve)), .init("naar-reserve", .amount(entry.toReserve)),
                ]
                if let explanation = entry.explanation { fields.append(.init("toelichting", .string(explanation))) }
                return .object(fields)
            })),
        ])
    }

    /// Printed amounts by column, as an object `{kolom: bedrag}` in their order.
    static func json(_ amounts: ByColumn<StatedAmount>) -> JSONOutput {
        .object(amounts.map { JSONOutput.Member($0.column, .amount($0.value.amount)) })
    }

    /// The budget's printed figures as the `vermeld` object, nil when there are none.
    public static func json(_ stated: StatedFigures) -> JSONOutput? {
        guard stated != StatedFigures() else { return nil }
        var members: [JSONOutput.Member] = []
        if !stated.totalCosts.isEmpty { members.append(.init("totaal-lasten", json(stated.totalCosts))) }
        if !stated.totalIncome.isEmpty { members.append(.init("totaal-baten", json(stated.totalIncome))) }
        if !stated.result.isEmpty { members.append(.init("resultaat", json(stated.result))) }
        if !stated.totals.isEmpty {
            members.append(.init("totalen", .array(stated.totals.map { total in
                var fields: [JSONOutput.Member] = [.init("naam", .string(total.name))]
                if !total.kinds.isEmpty { fields.append(.init("soorten", .array(total.kinds.map { .string($0.rawValue) }))) }
                if !total.lineNames.isEmpty { fields.append(.init("regels", .array(total.lineNames.map(JSONOutput.string)))) }
                // `verrekening` and `definitief` stand beside `bedragen`, as the reader reads them.
                let extras = ["verrekening", "definitief"]
                var amounts = total.amounts
                for extra in extras { amounts[extra] = nil }
                fields.append(.init("bedragen", json(amounts)))
                for extra in extras { if let amount = total.amounts[extra] { fields.append(.init(extra, .amount(amount.amount))) } }
                return .object(fields)
            })))
        }
        if !stated.contributions.isEmpty {
            members.append(.init("bijdragen", .object(stated.contributions.map { entry in
                var fields: [JSONOutput.Member] = []
                if let amount = entry.contribution { fields.append(.init("bijdrage", .amount(amount.amount))) }
                if let amount = entry.settlement { fields.append(.init("verrekening", .amount(amount.amount))) }
                if let amount = entry.final { fields.append(.init("definitief", .amount(amount.amount))) }
                return JSONOutput.Member(entry.municipality, .object(fields))
            })))
        }
        if let settlement = stated.settlement {
            var fields: [JSONOutput.Member] = []
            if let column = settlement.column { fields.append(.init("kolom", .string(column))) }
            fields.append(.init("totaal", .amount(settlement.total.amount)))
            if !settlement.perLine.isEmpty {
                fields.append(.init("regels", .object(settlement.perLine.map { JSONOutput.Member($0.name, .amount($0.amount.amount)) })))
            }
            members.append(.init("verrekening", .object(fields)))
        }
        if !stated.roundingDifference.isEmpty { members.append(.init("afronding", json(stated.roundingDifference))) }
        if !stated.instalments.isEmpty {
            members.append(.init("termijnen", .object(stated.instalments.map { entry in
                JSONOutput.Member(entry.municipality, .array(entry.amounts.map { .amount($0.amount) }))
            })))
        }
        return .object(members)
    }
}
