import Testing
@testable import ZVHFinance

/// Regression tests for the defects of "One derivation, every format": each failed on
/// the code where layers computed their own numbers.
@Suite struct OneDerivationRegressionTests {
    typealias F = CheckFixtures

    /// A begroting whose contributions are computed by `key` (extra keys allowed).
    static func computed(members: String, keys: String, key: String, rounding: String = "euro", costs: Int = 1000, settlement: String = "") -> String {
        F.budget(
            members: members,
            costs: #"{ "naam": "Kosten", "bedragen": { "k": \#(costs) } }"#,
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 0 } }"#,
            extra: #""verdeelsleutels": [ \#(keys) ], "bijdragen": { "sleutel": "\#(key)", "afronding": "\#(rounding)" }\#(settlement)"#,
            stated: #""resultaat": { "k": 0 }"#)
    }

    static func explanation(_ json: String, member: Int) throws -> String {
        let budget = try F.read(json)
        let statement = try budget.contributions()
        return ContributionExplanation.steps(for: budget, statement: statement, member: member).joined(separator: " ")
    }

    // 100 over 1:1:1 in euros: 33,333… each; one leftover euro goes to the first (tie,
    // equal weight, listing order).
    static let thirds = computed(
        members: #"{ "naam": "A" }, { "naam": "B" }, { "naam": "C" }"#,
        keys: #"{ "naam": "s", "soort": "gewichten", "gewichten": { "A": 1, "B": 1, "C": 1 } }"#, key: "s", costs: 100)

    @Test func uitlegSaysAMemberReceivedALeftoverEuro() throws {
        let text = try Self.explanation(Self.thirds, member: 0)
        #expect(text.contains("= 33,3333…"))
        #expect(text.contains("plus één van de 1 resterende euro"))
        #expect(!text.contains("al een heel aantal"))
        #expect(text.contains("Zo is de bijdrage 34."))
    }

    @Test func uitlegSaysAMemberDidNotReceiveALeftoverEuro() throws {
        let text = try Self.explanation(Self.thirds, member: 2)
        #expect(text.contains("afgekapt op hele euro's 33"))
        #expect(text.contains("de resterende euro ging naar gemeenten met een grotere rest"))
        #expect(!text.contains("al een heel aantal"))
    }

    @Test func uitlegInCentsSaysWhichMemberReceivedTheLeftoverCent() throws {
        let json = Self.computed(
            members: #"{ "naam": "A" }, { "naam": "B" }, { "naam": "C" }"#,
            keys: #"{ "naam": "s", "soort": "gewichten", "gewichten": { "A": 1, "B": 1, "C": 1 } }"#, key: "s", rounding: "cent", costs: 100)
        let first = try Self.explanation(json, member: 0)
        #expect(first.contains("afgekapt op hele centen 33,33"))
        #expect(first.contains("plus één van de 1 resterende cent"))
        #expect(!first.contains("al een heel aantal centen"))
        let last = try Self.explanation(json, member: 2)
        #expect(last.contains("de resterende cent ging naar gemeenten met een grotere rest"))
    }

    @Test func uitlegSaysWholeOnlyWhenTheShareIsWhole() throws {
        let json = Self.computed(
            members: #"{ "naam": "A" }, { "naam": "B" }"#,
            keys: #"{ "naam": "s", "soort": "gewichten", "gewichten": { "A": 3, "B": 1 } }"#, key: "s", costs: 100)
        #expect(try Self.explanation(json, member: 0).contains("dat is al een heel aantal euro's"))
    }

    /// Every member's `aandeel` is its contribution over the total distributed.
    static func expectSharesAreContributionOverTotal(_ json: String) throws {
        let statement = try F.read(json).contributions()
        let total = statement.totalContribution
        for member in statement.members {
            #expect(member.share == Share(member.contribution, of: total), "\(member.municipality)")
        }
    }

    @Test func shareOfAFixedBaseKeyIsContributionOverTotal() throws {
        let json = Self.computed(
            members: #"{ "naam": "A", "inwoners": { "aantal": 1000 } }, { "naam": "B", "inwoners": { "aantal": 3000 } }"#,
            keys: #"{ "naam": "s", "soort": "vast-bedrag-plus-inwoners", "vast-bedrag": 400 }"#, key: "s", costs: 1000)
        try Self.expectSharesAreContributionOverTotal(json)
        let statement = try F.read(json).contributions()
        // A pays 400 + 50 = 450 of 1.000: 45 %, not its 25 % of the inhabitants.
        #expect(statement.members[0].contribution == Money(euros: 450))
        #expect(statement.members[0].share.percentText() == "45,00%")
    }

    @Test func shareOfAMixKeyIsContributionOverTotal() throws {
        let json = Self.computed(
            members: #"{ "naam": "A", "inwoners": { "aantal": 1000 } }, { "naam": "B", "inwoners": { "aantal": 3000 } }"#,
            keys: #"{ "naam": "i", "soort": "inwoners" }, { "naam": "z", "soort": "zaken", "zaken": { "A": 3, "B": 1 } }, { "naam": "m", "soort": "mix", "delen": [ { "aandeel": 50, "sleutel": "i" }, { "aandeel": 50, "sleutel": "z" } ] }"#,
            key: "m", costs: 1000)
        try Self.expectSharesAreContributionOverTotal(json)
        let statement = try F.read(json).contributions()
        #expect(statement.members.allSatisfy { $0.keyWeight == nil })
    }

    @Test func shareOfGivenLinesAndThemedBudgetsIsContributionOverTotal() throws {
        try Self.expectSharesAreContributionOverTotal(F.budget())
        let themed = try Fixtures.budget("noord-limburg/begroting-2024.json")
        let statement = try themed.contributions()
        for member in statement.members {
            #expect(member.share == Share(member.contribution, of: statement.totalContribution))
            #expect(member.keyWeight == nil)
        }
    }

    @Test func aMixKeySettlementThatDiffersFromThePrintedAmountDoesNotCrash() throws {
        let json = F.budget(
            members: #"{ "naam": "A", "inwoners": { "aantal": 1000 } }, { "naam": "B", "inwoners": { "aantal": 3000 } }"#,
            costs: #"{ "naam": "Kosten", "bedragen": { "k": 1000 } }"#,
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 0 } }"#,
            extra: #""verdeelsleutels": [ { "naam": "i", "soort": "inwoners" }, { "naam": "z", "soort": "zaken", "zaken": { "A": 3, "B": 1 } }, { "naam": "m", "soort": "mix", "delen": [ { "aandeel": 50, "sleutel": "i" }, { "aandeel": 50, "sleutel": "z" } ] } ], "bijdragen": { "sleutel": "m" }, "verrekening": { "componenten": [ { "naam": "c", "bedrag": -101, "sleutel": "m" } ] }"#,
            stated: #""bijdragen": { "A": { "verrekening": -1 }, "B": { "verrekening": -100 } }"#)
        let findings = try F.findings(SettlementMismatchRule(), json)
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.hint?.contains("i: exact") == true })
        #expect(findings.map(\.municipalities) == [["A"], ["B"]])
    }

    @Test func aCorrectDifferenceColumnWithPrintedTotalsGivesNoResultFinding() throws {
        let json = """
            {
              "soort": "jaarrekening", "organisatie": { "code": "t", "naam": "T" }, "periode": { "jaar": 2024 },
              "bron": { "document": "t" }, "gemeenten": [ { "naam": "A" } ],
              "kolommen": [ { "naam": "b", "soort": "begroot" }, { "naam": "w", "soort": "werkelijk" },
                            { "naam": "v", "soort": "verschil", "van": "w", "ten-opzichte-van": "b" } ],
              "lasten": [ { "naam": "Kosten", "bedragen": { "b": 100, "w": 90 } } ],
              "baten": [ { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "b": 100, "w": 100 } } ],
              "vermeld": { "totaal-lasten": { "b": 100, "w": 90, "v": 10 }, "totaal-baten": { "b": 100, "w": 100, "v": 0 },
                           "resultaat": { "b": 0, "w": 10, "v": 10 } }
            }
            """
        #expect(try F.findings(ResultMismatchRule(), json).isEmpty)
    }

    @Test func aMemberNamedBeekDoesNotGetTheFindingsOfBeekdaelen() throws {
        let json = F.budget(
            members: #"{ "naam": "Beek" }, { "naam": "Beekdaelen" }"#,
            income: #"{ "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "k": 400 } }, { "naam": "Bijdrage", "soort": "gemeentelijke-bijdrage", "gemeente": "Beekdaelen", "bedragen": { "k": 400 } }, { "naam": "Bijdrage", "soort": "gemeentelijke-bijdrage", "gemeente": "Beekdaelen", "bedragen": { "k": 200 } }"#)
        let analysed = AnalysedBudget(try F.read(json))
        let findings = Checker.check([analysed])
        let content = MunicipalityReport("Beek", entries: [BudgetReportContent(analysed, showsContributions: true, findings: findings)])
        let beek = content.periods.flatMap(\.findings)
        #expect(beek.allSatisfy { $0.touches("Beek") })
        #expect(beek.contains { $0.rule == "ontbrekende-gemeente" })
        #expect(!beek.contains { $0.rule == "dubbele-regel" })
        let beekdaelen = MunicipalityReport("Beekdaelen", entries: [BudgetReportContent(analysed, showsContributions: true, findings: findings)])
        #expect(beekdaelen.periods.flatMap(\.findings).contains { $0.rule == "dubbele-regel" })
    }

    @Test func aFindingWithoutAPlaceHasNoLineZero() {
        let finding = Finding(rule: "r", severity: .info, file: "f.json", place: nil, message: "m")
        #expect(finding.place == nil)
        #expect(finding.diagnosticLine() == "f.json: info: [r] m")
        #expect(finding.json.rendered().contains("\"regelnummer\": null"))
    }
}
