import Foundation
import Testing
@testable import ZVHFinance

/// Every closed set of the file format is one enum with its Dutch raw values; the JSON
/// Schemas under `Budgets/` name exactly those values, in any order.
@Suite struct FileVocabularyTests {
    /// The `enum` of the schema member at `path` (object keys, `*` for `items`, a
    /// number for an element of `oneOf`).
    static func schemaEnum(_ schema: String, _ path: [String]) throws -> Set<String> {
        let data = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Budgets").appendingPathComponent(schema))
        var node = try JSONSerialization.jsonObject(with: data)
        for step in path {
            if step == "*" {
                node = try #require((node as? [String: Any])?["items"])
            } else if let index = Int(step) {
                node = try #require((node as? [Any])?[index])
            } else {
                node = try #require((node as? [String: Any])?[step], "\(schema): no \(step) in \(path)")
            }
        }
        let values = try #require((node as? [String: Any])?["enum"] as? [String], "\(schema): no enum at \(path)")
        return Set(values)
    }

    @Test func keyKindsOfTheSchemaAreTheKeyKindNames() throws {
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "verdeelsleutels", "*", "properties", "soort"]) == Set(KeyKindName.allCases.map(\.rawValue)))
    }

    @Test func columnKindsOfTheSchemaAreTheColumnKindNames() throws {
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "kolommen", "*", "properties", "soort"]) == Set(ColumnKindName.allCases.map(\.rawValue)))
    }

    @Test func budgetKindsUnitsAndMethodsOfTheSchemaAreTheEnums() throws {
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "soort"]) == ["begroting", "jaarrekening"])
        #expect(Budget.Kind(rawValue: "begroting") == .begroting && Budget.Kind(rawValue: "jaarrekening") == .jaarrekening)
        let units = Set(RoundingUnit.allCases.map(\.rawValue))
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "eenheid"]) == units)
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "bijdragen", "properties", "afronding"]) == units)
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "bijdragen", "properties", "methode"]) == Set(AllocationMethod.allCases.map(\.rawValue)))
    }

    @Test func lineKindsOfTheSchemaAreTheLineKinds() throws {
        #expect(try Self.schemaEnum("budget.schema.json", ["$defs", "batenSoort"]) == Set(LineKind.incomeKinds.map(\.rawValue)))
        #expect(try Self.schemaEnum("budget.schema.json", ["$defs", "lastenItem", "oneOf", "0", "properties", "soort"]) == Set(LineKind.costKinds.map(\.rawValue)))
        #expect(Set(LineKind.allCases) == Set(LineKind.incomeKinds + LineKind.costKinds))
    }

    @Test func reserveRiskAndAppropriationKindsOfTheSchemaAreTheEnums() throws {
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "reserves", "*", "properties", "soort"]) == Set(Reserve.Kind.allCases.map(\.rawValue)))
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "risicos", "*", "properties", "soort"]) == Set(RiskNature.allCases.map(\.rawValue)))
        #expect(try Self.schemaEnum("budget.schema.json", ["properties", "resultaatbestemming", "*", "properties", "component"]) == Set(DocumentReader.appropriationComponents))
    }

    @Test func exitMethodsOfTheScenarioSchemaAreTheExitMethodNames() throws {
        let changes = try Self.scenarioChanges()
        let exit = try #require(changes.firstIndex { (($0["properties"] as? [String: Any])?["uittreedsom"]) != nil })
        #expect(try Self.schemaEnum("scenario.schema.json", ["properties", "wijzigingen", "*", "oneOf", String(exit), "properties", "uittreedsom", "properties", "methode"]) == Set(ExitMethodName.allCases.map(\.rawValue)))
    }

    /// The alternatives of a scenario file's `wijzigingen[…]`.
    static func scenarioChanges() throws -> [[String: Any]] {
        let data = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Budgets/scenario.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let changes = try #require(((schema["properties"] as? [String: Any])?["wijzigingen"] as? [String: Any])?["items"] as? [String: Any])
        return try #require(changes["oneOf"] as? [[String: Any]])
    }

    @Test func everyKeyKindIsWrittenAndReadBackUnderItsName() throws {
        for name in KeyKindName.allCases {
            let kind = try #require(DistributionKey.Kind(name, entries: [KeyEntry(municipality: "A", value: Quantity(1))], fixedAmount: Money(euros: 1),
                                                          parts: [MixPart(percentage: Quantity(100), keyName: "x")],
                                                          phaseIn: PhaseIn(fromKey: "x", toKey: "y", years: 2, firstYear: 2024)))
            #expect(kind.name == name)
            #expect(kind.dutchName == name.rawValue)
        }
        #expect(DistributionKey.Kind(.ingroei) == nil)   // a spreadsheet cannot state a phase-in
    }

    @Test func everyColumnKindNameIsTheNameOfAColumnItDescribes() {
        let amended: Column = {
            var column = Column(name: "b", kind: .budgeted)
            column.amendment = Column.Amendment(base: "a", changes: [])
            return column
        }()
        let prognosis: Column = {
            var column = Column(name: "p", kind: .expected)
            column.prognosis = Column.Prognosis(actual: "w", budget: "b", elapsedDays: 1, yearDays: 365)
            return column
        }()
        let columns = [
            Column(name: "b", kind: .budgeted), Column(name: "w", kind: .actual), Column(name: "v", kind: .expected),
            Column(name: "d", kind: .difference(compared: "w", base: "b")), Column(name: "m", kind: .amendment), prognosis, amended,
        ]
        #expect(Set(columns.map(\.kindName)) == Set(ColumnKindName.allCases))
    }
}
