import Testing
@testable import ZVHFinance

@Suite struct ThemeTests {
    @Test func mookEnMiddelaarPaysNothingForMDAAndTheParticipantsPayAllOfIt() throws {
        let budget = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let statement = try budget.contributions()
        let mda = try #require(statement.parts.first { $0.name == "MDA++" })
        #expect(!mda.participants.contains("Mook en Middelaar"))
        #expect(mda.part(of: "Mook en Middelaar") == .zero)
        #expect(mda.split.parts.sum() == mda.coverage.amountToDistribute)
        #expect(mda.coverage.costs == Money(euros: 84_550 + 17_500))
        let mook = try #require(statement.members.first { $0.municipality == "Mook en Middelaar" })
        let partIndex = try #require(statement.parts.firstIndex { $0.name == "MDA++" })
        #expect(mook.partAmounts[partIndex] == .zero)
        #expect(statement.totalContribution == budget.totalCosts(in: budget.mainColumn) - Money(euros: 28_600))
    }

    @Test func incomeTiedToAThemeCoversOnlyThatTheme() throws {
        let budget = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let statement = try budget.contributions()
        let migrants = try #require(statement.parts.first { $0.name == "Arbeidsmigranten" })
        #expect(migrants.coverage.amountToDistribute == .zero)
        #expect(migrants.split.parts.allSatisfy { $0.isZero })
    }

    @Test func capacityLinesAreFTETimesTheRate() throws {
        let budget = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let line = try #require(budget.costLines.first { $0.name == "Procesregie MDA++" })
        #expect(line.capacity?.fte == Quantity(millionths: 890_000))
        #expect(line.amount(in: "begroot") == Money(euros: 84_550))
        #expect(budget.rates.allSatisfy { $0.isAssumption })
    }

    @Test func aMixedKeySplitsByPercentagesThenByEachKey() throws {
        let json = Fixtures.minimalBegroting
            .replacingOccurrences(of: #"{ "naam": "A" }, { "naam": "B" }"#, with: #"{ "naam": "A", "inwoners": { "aantal": 100 } }, { "naam": "B", "inwoners": { "aantal": 300 } }"#)
            .replacingOccurrences(
                of: #"[ { "naam": "s", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } } ]"#,
                with: #"[ { "naam": "s", "soort": "mix", "delen": [ { "aandeel": 50, "sleutel": "w" }, { "aandeel": 50, "sleutel": "i" } ] }, { "naam": "w", "soort": "gewichten", "gewichten": { "A": 2, "B": 1 } }, { "naam": "i", "soort": "inwoners" } ]"#)
        let statement = try Fixtures.read(json).contributions()
        // 900 → 450 + 450. 450 by 2:1 → 300 / 150; 450 by 100:300 → 112,5 / 337,5: equal
        // remainders, so the larger weight (B) gets the leftover euro → 112 / 338.
        #expect(statement.totalContribution == Money(euros: 900))
        #expect(statement.members.map(\.contribution) == [Money(euros: 300 + 112), Money(euros: 150 + 338)])
    }

    @Test func themesAreReadOnlyAtTheTopOfTheLasten() throws {
        let nested = Fixtures.minimalBegroting.replacingOccurrences(
            of: #""lasten": [ { "naam": "Personeel", "soort": "personeel", "bedragen": { "begroot": 1000 } } ]"#,
            with: #""lasten": [ { "groep": "G", "regels": [ { "groep": "T", "thema": { "sleutel": "s" }, "regels": [ { "naam": "x", "bedragen": { "begroot": 1 } } ] } ] } ]"#)
        #expect(throws: BudgetFileError.self) { try Fixtures.read(nested) }
    }
}
