import Testing
@testable import ZVHFinance

@Suite struct ContributionTests {
    @Test func computedContributionsCoverWhatOtherIncomeDoesNot() throws {
        let budget = try Fixtures.read(Fixtures.minimalBegroting)
        let statement = try budget.contributions()
        #expect(statement.members.map(\.contribution) == [Money(euros: 600), Money(euros: 300)])
        #expect(statement.parts.map(\.coverage.amountToDistribute) == [Money(euros: 900)])
    }

    @Test func aKeyMissingAMemberIsAnErrorNamingIt() throws {
        let json = Fixtures.minimalBegroting.replacingOccurrences(of: #""A": 2, "B": 1"#, with: #""A": 2"#)
        let budget = try Fixtures.read(json)
        #expect(throws: ContributionError.self) { try budget.contributions() }
        do { _ = try budget.contributions() } catch {
            #expect(error.errorDescription?.contains("gemeente B ontbreekt") == true)
        }
    }

    @Test func aKeyNamingANonMemberIsAnError() throws {
        let json = Fixtures.minimalBegroting.replacingOccurrences(of: #""A": 2, "B": 1"#, with: #""A": 2, "B": 1, "C": 1"#)
        let budget = try Fixtures.read(json)
        do {
            _ = try budget.contributions()
            Issue.record("expected an error")
        } catch {
            #expect(error.errorDescription?.contains("\"C\"") == true)
            #expect(error.origin != nil)
        }
    }

    @Test func allZeroWeightsAreAnError() throws {
        let json = Fixtures.minimalBegroting.replacingOccurrences(of: #""A": 2, "B": 1"#, with: #""A": 0, "B": 0"#)
        let budget = try Fixtures.read(json)
        #expect(throws: ContributionError.allocationFailed(.allWeightsZero, key: "s", origin: budget.keys[0].origin)) {
            try budget.contributions()
        }
    }

    @Test func inhabitantsKeysUseTheMembersInhabitants() throws {
        let json = Fixtures.minimalBegroting
            .replacingOccurrences(of: #"{ "naam": "A" }, { "naam": "B" }"#, with: #"{ "naam": "A", "inwoners": { "aantal": 300 } }, { "naam": "B", "inwoners": { "aantal": 600 } }"#)
            .replacingOccurrences(of: #""soort": "gewichten", "gewichten": { "A": 2, "B": 1 }"#, with: #""soort": "inwoners""#)
        let statement = try Fixtures.read(json).contributions()
        #expect(statement.members.map(\.contribution) == [Money(euros: 300), Money(euros: 600)])
    }

    @Test func aFixedAmountPerMemberComesBeforeTheInhabitantsShare() throws {
        let json = Fixtures.minimalBegroting
            .replacingOccurrences(of: #""soort": "gewichten", "gewichten": { "A": 2, "B": 1 }"#, with: #""soort": "vast-bedrag-plus-inwoners", "vast-bedrag": 100, "inwoners": { "A": 1, "B": 2 }"#)
        let statement = try Fixtures.read(json).contributions()
        // 900 − 2 × 100 = 700 by 1:2 → 233 / 467 (largest remainder), plus 100 each.
        #expect(statement.members.map(\.contribution) == [Money(euros: 333), Money(euros: 567)])
        #expect(statement.totalContribution == Money(euros: 900))
    }

    @Test func settlementsNeverCreateOrLoseAEuroOverManyRandomBudgets() throws {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            let count = Int.random(in: 1...9, using: &generator)
            let names = (0..<count).map { "G\($0)" }
            let members = names.map { #"{ "naam": "\#($0)" }"# }.joined(separator: ",")
            let weights = names.map { #""\#($0)": \#(Int.random(in: 1...200_000, using: &generator))"# }.joined(separator: ",")
            let costs = Int.random(in: 0...5_000_000, using: &generator)
            let components = (0..<Int.random(in: 0...3, using: &generator)).map {
                #"{ "naam": "c\#($0)", "bedrag": \#(Int.random(in: -500_000...500_000, using: &generator)), "sleutel": "s" }"#
            }.joined(separator: ",")
            let json = """
                {
                  "soort": "begroting", "organisatie": { "code": "p", "naam": "P" }, "periode": { "jaar": 2025 },
                  "bron": { "document": "gegenereerd" }, "gemeenten": [\(members)],
                  "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
                  "lasten": [ { "naam": "L", "bedragen": { "begroot": \(costs) } } ], "baten": [],
                  "verdeelsleutels": [ { "naam": "s", "soort": "gewichten", "gewichten": { \(weights) } } ],
                  "bijdragen": { "sleutel": "s" },
                  "verrekening": { "componenten": [\(components)] }
                }
                """
            let budget = try Fixtures.read(json)
            let statement = try budget.contributions()
            #expect(statement.totalContribution == Money(euros: Int64(costs)))
            #expect(statement.totalSettlement == budget.settlement?.total ?? .zero)
            #expect(statement.totalFinal == statement.totalContribution + statement.totalSettlement)
        }
    }
}
