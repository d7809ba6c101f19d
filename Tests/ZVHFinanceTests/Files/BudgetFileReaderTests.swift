import Testing
@testable import ZVHFinance

@Suite struct BudgetFileReaderTests {
    func error(_ json: String) -> BudgetFileError? {
        do {
            _ = try Fixtures.read(json)
            return nil
        } catch {
            return error
        }
    }

    func replacing(_ old: String, with new: String) -> String {
        Fixtures.minimalBegroting.replacingOccurrences(of: old, with: new)
    }

    @Test func readsAMinimalBegroting() throws {
        let budget = try Fixtures.read(Fixtures.minimalBegroting)
        #expect(budget.kind == .begroting)
        #expect(budget.organisation.members.map(\.name) == ["A", "B"])
        #expect(budget.costLines.first?.amount(in: "begroot") == Money(euros: 1000))
        #expect(budget.title == "Begroting 2025")
    }

    @Test func refusesAnUnknownKeyAndSuggestsTheIntendedOne() {
        let found = error(replacing(#""bedragen": { "begroot": 1000 }"#, with: #""bedragen": { "begrot": 1000 }"#))
        #expect(found?.message.contains("onbekende sleutel \"begrot\"") == true)
        #expect(found?.message.contains("bedoelde u \"begroot\"") == true)
        #expect(found?.location?.line == 8)
        #expect(found?.errorDescription?.hasPrefix("test.json:8:") == true)
    }

    @Test func refusesUnknownTopLevelKeys() {
        let found = error(replacing(#""soort": "begroting","#, with: #""soort": "begroting", "gemeentes": [],"#))
        #expect(found?.message.contains("\"gemeentes\"") == true)
        #expect(found?.message.contains("bedoelde u \"gemeenten\"") == true)
    }

    @Test func refusesAmountsWrittenAsDutchText() {
        let found = error(replacing(#""begroot": 1000 }"#, with: #""begroot": "1.402.290" }"#))
        #expect(found?.message.contains("moet een getal zijn") == true)
        #expect(found?.message.contains("1402290") == true)
    }

    @Test func refusesAmountsWithMoreDecimalsThanACent() {
        let found = error(replacing(#""begroot": 1000 }"#, with: #""begroot": 10.005 }"#))
        #expect(found?.message.contains("meer decimalen dan centen") == true)
    }

    @Test func refusesMissingRequiredKeys() {
        let found = error(replacing(#""bron": { "document": "test" },"#, with: ""))
        #expect(found?.message.contains("de verplichte sleutel \"bron\" ontbreekt") == true)
    }

    @Test func refusesWrongTypes() {
        let found = error(replacing(#""gemeenten": [ { "naam": "A" }, { "naam": "B" } ]"#, with: #""gemeenten": "A, B""#))
        #expect(found?.message.contains("moet een lijst") == true)
    }

    @Test func refusesDuplicateMembers() {
        let found = error(replacing(#"{ "naam": "B" }"#, with: #"{ "naam": "A" }"#))
        #expect(found?.message.contains("twee keer") == true)
    }

    @Test func refusesAContributionLineForANonMember() {
        let found = error(replacing(#"{ "naam": "Rijk", "soort": "rijksbijdrage","#, with: #"{ "naam": "Rijk", "soort": "gemeentelijke-bijdrage", "gemeente": "C","#))
        #expect(found?.message.contains("\"C\" staat niet bij 'gemeenten'") == true)
    }

    @Test func refusesAReferenceToAnUndefinedColumn() {
        let found = error(replacing(#""bijdragen": { "sleutel": "s" }"#, with: #""bijdragen": { "sleutel": "s", "kolom": "begrooot" }"#))
        #expect(found?.message.contains("bedoelde u \"begroot\"") == true)
    }

    @Test func refusesAReserveAdditionWrittenPositive() {
        let found = error(replacing(#""soort": "rijksbijdrage""#, with: #""soort": "reserve-toevoeging""#))
        #expect(found?.message.contains("negatief") == true)
    }

    @Test func refusesFilesWhoseAmountsCouldOverflowTotals() {
        let many = (0..<1500).map { #"{ "naam": "r\#($0)", "bedragen": { "begroot": 999999999999 } }"# }.joined(separator: ",")
        let found = error(replacing(#"{ "naam": "Personeel", "soort": "personeel", "bedragen": { "begroot": 1000 } }"#, with: many))
        #expect(found?.message.contains("samen groter") == true)
    }

    @Test func readsEveryBundledBudget() throws {
        for file in try BudgetLoader.budgetFiles(in: [Fixtures.packageRoot.appendingPathComponent("Budgets").path]) {
            _ = try BudgetLoader.load(file)
        }
    }

    @Test func loaderReportsMissingFilesAndDirectoriesAsUnreadable() {
        #expect(throws: BudgetFileError.self) { try BudgetLoader.load("/nonexistent/x.json") }
        do {
            _ = try BudgetLoader.load(Fixtures.packageRoot.path)
        } catch {
            #expect(error.isUnreadable)
            #expect(error.message.contains("map"))
        }
    }
}

@Suite struct BudgetSchemaTests {
    @Test func schemaAllowsExactlyTheTopLevelKeysTheReaderAccepts() throws {
        let path = Fixtures.budgetPath("budget.schema.json")
        let schema = try JSONParser.parse(BudgetLoader.readBytes(path))
        guard case .object(let members) = schema.kind,
            case .object(let properties)? = members.first(where: { $0.key == "properties" })?.value.kind
        else {
            Issue.record("schema has no properties")
            return
        }
        #expect(properties.map(\.key).sorted() == BudgetFileReader.topLevelKeys.sorted())
    }
}
