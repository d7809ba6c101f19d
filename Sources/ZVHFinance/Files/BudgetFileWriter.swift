/// Writes budgets (and their parts) as JSON in the project's file format, keys in the
/// order the README documents, so that ``BudgetFileReader`` reads back the same budget.
///
/// ```swift
/// let text = BudgetFileWriter.json(budget).rendered()
/// try BudgetFileReader.read(Array(text.utf8), file: "x.json") == budget   // (up to places in the file)
/// ```
public enum BudgetFileWriter {
    /// A distribution key as an element of `verdeelsleutels`.
    public static func json(_ key: DistributionKey) -> JSONOutput {
        var members: [JSONOutput.Member] = [.init("naam", .string(key.name))]
        if key.description != key.name { members.append(.init("omschrijving", .string(key.description))) }
        if let source = key.source { members.append(.init("bron", .string(source))) }
        members.append(.init("soort", .string(key.kind.dutchName)))
        func entries(_ list: [KeyEntry]) -> JSONOutput {
            .object(list.map { JSONOutput.Member($0.municipality, .quantity($0.value)) })
        }
        switch key.kind {
        case .weights(let list): members.append(.init("gewichten", entries(list)))
        case .percentages(let list): members.append(.init("percentages", entries(list)))
        case .inhabitants(let list): if !list.isEmpty { members.append(.init("inwoners", entries(list))) }
        case .cases(let list): members.append(.init("zaken", entries(list)))
        case .fixedAmountPlusInhabitants(let fixed, let list):
            members.append(.init("vast-bedrag", .amount(fixed)))
            if !list.isEmpty { members.append(.init("inwoners", entries(list))) }
        case .mix(let parts):
            members.append(.init("delen", .array(parts.map { .object(["aandeel": .quantity($0.percentage), "sleutel": .string($0.keyName)]) })))
        }
        return .object(members)
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
        return .object(members)
    }
}
