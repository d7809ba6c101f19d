import Testing
@testable import ZVHFinance

/// The adopted resultaatbestemming: per component what the board gave to a reserve is not
/// settled; reserve part + settled part = result, to the cent, for every component.
@Suite struct AdoptedAppropriationTests {
    /// The jaarrekening 2021 with reserve 31265 and an adopted bestemming of `entries`.
    static func account(_ entries: [AdoptedAppropriation.Entry]) throws -> AnalysedBudget {
        var budget = try Fixtures.budget("midden-limburg/jaarrekening-2021.json")
        budget.reserves = [Reserve(name: "31265", kind: .earmarked), Reserve(name: "algemeen", kind: .general)]
        budget.adoptedAppropriation = AdoptedAppropriation(date: "2022-07-07", decision: "test", entries: entries)
        return AnalysedBudget(budget)
    }

    @Test func theAdoptedPartOfPokGoesToItsReserveAndTheRestIsSettled() throws {
        let derivation = try SettlementDerivation(Self.account([.init(component: "pok", reserve: "31265", toReserve: Money(euros: 60_000))]))
        let pok = try #require(derivation.components.first { $0.identifier == "pok" })
        #expect(pok.reservedPart == Money(euros: 60_000))
        #expect(pok.settledPart == Money(euros: 37_800))
        #expect(pok.split?.parts.sum() == Money(euros: -37_800))
        #expect(derivation.settledResult == Money(euros: 23_584))
        #expect(derivation.settlement.total == Money(euros: -23_584))
        #expect(derivation.settlement.reserveParts.map(\.amount) == [Money(euros: 60_000)])
        #expect(derivation.settlement.accountedResult == derivation.result)
    }

    @Test func aComponentWhollyAdoptedToAReserveIsNotSettled() throws {
        let derivation = try SettlementDerivation(Self.account([.init(component: "pok", reserve: "31265", toReserve: Money(euros: 97_800))]))
        #expect(derivation.settlement.components.count == 2)
        #expect(derivation.settlement.total == Money(euros: 14_216))
    }

    @Test func anAmountBeyondTheComponentsResultIsRefusedWithItsPlace() throws {
        for amount in [Money(euros: 97_801), Money(euros: -1)] {
            let origin = FieldLocation(path: "vastgestelde-resultaatbestemming.componenten[0]", location: SourceLocation(line: 12, column: 7))
            #expect(throws: SettlementError.self) {
                try SettlementDerivation(Self.account([.init(component: "pok", reserve: "31265", toReserve: amount, origin: origin)]))
            }
            let analysed = try Self.account([.init(component: "pok", reserve: "31265", toReserve: amount, origin: origin)])
            do throws(SettlementError) {
                _ = try SettlementDerivation(analysed)
            } catch {
                #expect(error.errorDescription?.contains(":12:7: fout:") == true)
                #expect(error.isUsage == false)
            }
        }
    }

    @Test func aComponentTheYearDoesNotHaveIsRefused() throws {
        #expect(throws: SettlementError.self) {
            try SettlementDerivation(Self.account([.init(component: "ketenpartners", reserve: "31265", toReserve: Money(euros: 1))]))
        }
    }

    /// Property: for random adopted parts of every component (voordeel up to it, nadeel
    /// down to it), reserve part + settled part = result per component, the members'
    /// splits add up to the settled parts, and settled + reserves = the result.
    @Test func reservePartPlusSettledPartIsTheResultForEveryComponent() throws {
        var generator = SeededGenerator(seed: 20)
        let results: [String: Int64] = ["lasten": 1_324_500, "pok": 9_780_000, "begrotingssaldo": -2_746_100]
        for _ in 0..<200 {
            var entries: [AdoptedAppropriation.Entry] = []
            for code in ["lasten", "pok", "begrotingssaldo"] where Bool.random(using: &generator) {
                let cents = results[code]!
                let part = cents < 0 ? -Int64.random(in: 0...(-cents), using: &generator) : Int64.random(in: 0...cents, using: &generator)
                entries.append(.init(component: code, reserve: Bool.random(using: &generator) ? "31265" : "algemeen", toReserve: Money(cents: part)))
            }
            let derivation = try SettlementDerivation(Self.account(entries), unsettled: Bool.random(using: &generator) ? ["lasten"] : [])
            for component in derivation.components {
                #expect(component.reservedPart + component.settledPart == component.result)
                if let split = component.split { #expect(split.parts.sum() == component.settlementAmount) }
            }
            #expect(derivation.settledResult + derivation.unsettledResult == derivation.result)
            let named = derivation.components.filter { $0.reserve != nil }.map(\.reservedPart).sum()
            #expect(derivation.settlement.toReserves == named)
            #expect(-derivation.settlement.total == derivation.settledResult)
            #expect(derivation.members.map(derivation.settlement(of:)).sum() == derivation.settlement.total)
        }
    }
}
