import Testing
@testable import ZVHFinance

/// Published tables as they are printed: the publisher's afronding line, its rounding
/// convention, and money passed on to the members (issue 27).
@Suite struct PublishedRoundingCheckTests {
    /// Three members with equal weights sharing 100.000, published as 33.333 each.
    static func equalThirds(method: String? = nil, rounding: String? = #""afronding": { "begroot": 1 },"#, total: Int = 100_000, amounts: [Int] = [33_333, 33_333, 33_333]) -> String {
        let methodField = method.map { #", "methode": "\#($0)""# } ?? ""
        return """
            {
              "soort": "begroting", "organisatie": { "code": "drie", "naam": "Drie" }, "periode": { "jaar": 2025 },
              "bron": { "document": "test" }, "gemeenten": [ { "naam": "Aa" }, { "naam": "Bee" }, { "naam": "Cee" } ],
              "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
              "lasten": [ { "naam": "Personeel", "soort": "personeel", "bedragen": { "begroot": 100000 } } ],
              "baten": [],
              "verdeelsleutels": [ { "naam": "gelijk", "soort": "gewichten", "gewichten": { "Aa": 1, "Bee": 1, "Cee": 1 } } ],
              "bijdragen": { "sleutel": "gelijk"\(methodField) },
              "vermeld": {
                \(rounding ?? "")
                "totalen": [ { "naam": "Bijdragen gemeenten", "soorten": ["gemeentelijke-bijdrage"], "bedragen": { "begroot": \(total) } } ],
                "bijdragen": { "Aa": { "bijdrage": \(amounts[0]) }, "Bee": { "bijdrage": \(amounts[1]) }, "Cee": { "bijdrage": \(amounts[2]) } }
              }
            }
            """
    }

    @Test func perMunicipalityReproducesThePublishedMembersAndAfrondingWithoutFindings() throws {
        let budget = try Fixtures.read(Self.equalThirds(method: "per-gemeente"))
        let statement = try budget.contributions()
        #expect(statement.members.map(\.contribution) == [33_333, 33_333, 33_333].map { Money(euros: $0) })
        #expect(statement.roundingDifference == Money(euros: 1))
        #expect(statement.totalDistributed == Money(euros: 100_000))
        #expect(statement.method == .perMunicipality)
        #expect(Checker.check([budget]) == [])
    }

    @Test func theDefaultMethodGivesOneInfoFindingNamingTheConventionNotAFoutPerMember() throws {
        let budget = try Fixtures.read(Self.equalThirds())
        let statement = try budget.contributions()
        #expect(statement.members.map(\.contribution) == [33_334, 33_333, 33_333].map { Money(euros: $0) })
        let findings = Checker.check([budget])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "bijdrage-wijkt-af")
        #expect(finding.severity == .info)
        #expect(finding.message.contains("per gemeente afgerond"))
        #expect(finding.message.contains("regel afronding van 1"))
        #expect(finding.hint?.contains(#""methode": "per-gemeente""#) == true)
        #expect(finding.municipalities == ["Aa"])
    }

    @Test func publishedMembersNotMatchingTheirTotalWithoutAfrondingGiveOneWaarschuwingWithTheDifference() throws {
        let budget = try Fixtures.read(Self.equalThirds(method: "per-gemeente", rounding: nil, amounts: [33_333, 33_333, 33_332]))
        let findings = Checker.check([budget])
        let warnings = findings.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(!findings.contains { $0.severity == .error })
        let warning = try #require(warnings.first)
        #expect(warning.rule == "bijdragen-tellen-niet-op")
        #expect(warning.message.contains("99.998"))
        #expect(warning.message.contains("verschil 2"))
        #expect(warning.expected == Money(euros: 99_998))
        #expect(warning.found == Money(euros: 100_000))
    }

    @Test func membersPlusThePublishedAfrondingMeetingTheTotalAreNoFinding() throws {
        let budget = try Fixtures.read(Self.equalThirds(method: "per-gemeente"))
        #expect(StatedContributionSumRule().findings(in: CheckContext(budget: budget)) == [])
        let off = try Fixtures.read(Self.equalThirds(method: "per-gemeente", rounding: #""afronding": { "begroot": 4 },"#))
        let findings = StatedContributionSumRule().findings(in: CheckContext(budget: off))
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("plus de vermelde afronding 4") == true)
        // And the computed afronding (1) differs from the printed one (4): a fout.
        let mismatch = ContributionMismatchRule().findings(in: CheckContext(budget: off))
        #expect(mismatch.map(\.severity) == [.error])
        #expect(mismatch.first?.message.contains("afronding (methode per-gemeente): vermeld 4, berekend 1") == true)
    }

    /// Contributions given as lines (no key: they are their own weights), with the
    /// publisher's afronding line and total.
    static let givenLines = """
        {
          "soort": "begroting", "organisatie": { "code": "vier", "naam": "Vier" }, "periode": { "jaar": 2025 },
          "bron": { "document": "test" }, "gemeenten": [ { "naam": "Aa" }, { "naam": "Bee" }, { "naam": "Cee" } ],
          "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
          "lasten": [ { "naam": "Personeel", "soort": "personeel", "bedragen": { "begroot": 100000 } } ],
          "baten": [
            { "naam": "Bijdrage Aa", "soort": "gemeentelijke-bijdrage", "gemeente": "Aa", "bedragen": { "begroot": 33335 } },
            { "naam": "Bijdrage Bee", "soort": "gemeentelijke-bijdrage", "gemeente": "Bee", "bedragen": { "begroot": 33335 } },
            { "naam": "Bijdrage Cee", "soort": "gemeentelijke-bijdrage", "gemeente": "Cee", "bedragen": { "begroot": 33334 } }
          ],
          "vermeld": {
            "afronding": { "begroot": -4 },
            "totaal-baten": { "begroot": 100000 },
            "totalen": [ { "naam": "Bijdragen gemeenten", "soorten": ["gemeentelijke-bijdrage"], "bedragen": { "begroot": 100000 } } ]
          }
        }
        """

    @Test func aGivenTableWhoseMembersPlusAfrondingMeetTheTotalIsNoFout() throws {
        let budget = try Fixtures.read(Self.givenLines)
        let findings = Checker.check([budget])
        #expect(findings == [], "\(findings.map(\.message))")
        let statement = try budget.contributions()
        #expect(statement.hasRoundingLine)
        #expect(statement.roundingDifference == Money(euros: -4))
        #expect(statement.totalDistributed == Money(euros: 100_000))
        // The afronding line is a baten row of the figures, so the budget is sluitend.
        let figures = BudgetFigures(budget: budget, statement: statement)
        #expect(figures.result == [.zero])
        #expect(figures.roundingDifference(at: 0) == Money(euros: -4))
    }

    @Test func aTableWhoseKeyIsItsOwnPublishedContributionsIsNoFoutEitherWay() throws {
        // No key published: the contributions (with an uneven afronding) are the weights.
        let json = Self.equalThirds(amounts: [40_001, 35_001, 24_999])
            .replacingOccurrences(of: #""gewichten": { "Aa": 1, "Bee": 1, "Cee": 1 }"#, with: #""gewichten": { "Aa": 40001, "Bee": 35001, "Cee": 24999 }"#)
            .replacingOccurrences(of: #""afronding": { "begroot": 1 }"#, with: #""afronding": { "begroot": -1 }"#)
            .replacingOccurrences(of: #""begroot": 100000 } } ]"#, with: #""begroot": 100000 } } ]"#)
        for method in ["grootste-rest", "per-gemeente"] {
            let budget = try Fixtures.read(json.replacingOccurrences(of: #""sleutel": "gelijk""#, with: #""sleutel": "gelijk", "methode": "\#(method)""#))
            let findings = Checker.check([budget])
            #expect(!findings.contains { $0.severity == .error }, "\(method): \(findings.map(\.message))")
        }
    }

    /// A compensation of the Rijk passed on to the members by agreed percentages.
    static func passedOn(declared: Bool) -> String {
        """
        {
          "soort": "begroting", "organisatie": { "code": "drie", "naam": "Drie" }, "periode": { "jaar": 2025 },
          "bron": { "document": "test" }, "gemeenten": [ { "naam": "Aa" }, { "naam": "Bee" }, { "naam": "Cee" } ],
          "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
          "lasten": [],
          "baten": [ { "naam": "Compensatie Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 180000 }\(declared ? #", "doorgeven": true"# : "") } ],
          "verdeelsleutels": [ { "naam": "afspraak", "soort": "percentages", "percentages": { "Aa": 41.5, "Bee": 33.5, "Cee": 25 } } ],
          "bijdragen": { "sleutel": "afspraak" }
        }
        """
    }

    @Test func moneyPassedOnIsReceivedByEachMemberAtItsExactShareWithoutAFout() throws {
        let budget = try Fixtures.read(Self.passedOn(declared: true))
        let statement = try budget.contributions()
        #expect(statement.members.map(\.received) == [74_700, 60_300, 45_000].map { Money(euros: $0) })
        #expect(statement.members.map { $0.share.percentText() } == ["41,50%", "33,50%", "25,00%"])
        #expect(statement.passedOn == Money(euros: 180_000))
        #expect(!Checker.check([budget]).contains { $0.severity == .error })
        let table = ContributionReport.table(for: statement)
        #expect(table.columns.map(\.header).contains("ontvangt"))
        let undeclared = try Fixtures.read(Self.passedOn(declared: false))
        let findings = NegativeAmountRule().findings(in: CheckContext(budget: undeclared))
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.first?.hint?.contains(#""doorgeven": true"#) == true)
    }

    @Test func aScenarioOnABudgetThatPassesMoneyOnIsNotRefused() throws {
        let budget = try Fixtures.read(Self.passedOn(declared: true))
        let indexation = Scenario(name: "index", changes: [ScenarioChange(.indexation(Indexation(personnel: Quantity(3))))])
        let comparison = try ScenarioComparison(basis: budget, scenarios: [indexation])
        #expect(comparison.scenarios.first?.statement.members.map(\.received) == [74_700, 60_300, 45_000].map { Money(euros: $0) })
    }

    @Test func passingOnDoesNotExcuseANegativeAmountBeyondWhatIsPassedOn() throws {
        // Costs 10.000, other income 50.000 of which only 30.000 passed on: −40.000 to
        // distribute, of which 10.000 is not explained by what is passed on.
        let json = Self.passedOn(declared: true)
            .replacingOccurrences(of: #""lasten": []"#, with: #""lasten": [ { "naam": "Huur", "soort": "materieel", "bedragen": { "begroot": 10000 } } ]"#)
            .replacingOccurrences(of: #""bedragen": { "begroot": 180000 }, "doorgeven": true } ]"#, with: #""bedragen": { "begroot": 30000 }, "doorgeven": true }, { "naam": "Ketenpartners", "soort": "ketenpartners", "bedragen": { "begroot": 20000 } } ]"#)
        let budget = try Fixtures.read(json)
        #expect(try budget.contributions().totalContribution == Money(euros: -40_000))
        #expect(NegativeAmountRule().findings(in: CheckContext(budget: budget)).map(\.severity) == [.error])
    }

    @Test func theBundledExampleWithAnAfrondingRowPassesTheCheck() throws {
        let budget = try Fixtures.budget("voorbeelden/begroting-afronding-per-gemeente.json")
        #expect(budget.notes.first?.hasPrefix("VOORBEELD") == true)
        #expect(budget.source.document.hasPrefix("VOORBEELD"))
        #expect(Checker.check([budget]) == [])
        let statement = try budget.contributions()
        #expect(statement.roundingDifference == Money(euros: -2))
        var standard = budget
        standard.contributionRule?.method = .largestRemainder
        let findings = Checker.check([standard])
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.municipalities == ["Roerdalen", "Weert"])
    }
}
