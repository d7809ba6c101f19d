import Testing
@testable import ZVHFinance

@Suite struct RiskProfileTests {
    static let example = "midden-limburg/voorbeelden/begroting-2022-risicos.json"

    @Test func theBundledExampleHasRatioOneFortyFiveClassBAndSharesThatAddUp() throws {
        let profile = try RiskProfile(budget: Fixtures.budget(Self.example))
        // 25% × 12.000 + 30% × 40.000 + 10% × 20.000 + 20% × 15.000 = 20.000; 25.000 + 4.000 (Onvoorzien) = 29.000
        #expect(profile.requiredInCents == Money(euros: 20_000))
        #expect(profile.availableTotal == Money(euros: 29_000))
        #expect(profile.ratioText == "1,45")
        #expect(profile.normClass?.letter == "B")
        #expect(profile.members.map(\.amount).sum() == profile.requiredInCents)
        #expect(profile.members.first { $0.municipality == "Nederweert" }?.amount == Money(euros: 1_378))
        #expect(profile.requiredByNature.map(\.amount) == [ExactAmount(numeratorCents: 500_000 * 100_000_000, denominator: 100_000_000), ExactAmount(numeratorCents: 1_500_000 * 100_000_000, denominator: 100_000_000)])
    }

    @Test func theStandardNormClassesTheBoundsInclusivelyFromBelow() {
        let norm = ResistanceNorm.standard
        let cases: [(Int128, Int128, String)] = [(2, 1, "A"), (199, 100, "B"), (7, 5, "B"), (139, 100, "C"), (1, 1, "C"), (4, 5, "D"), (79, 100, "E"), (3, 5, "E"), (59, 100, "F"), (0, 1, "F")]
        for (numerator, denominator, letter) in cases {
            #expect(norm.classify(numerator: numerator, denominator: denominator)?.letter == letter, "\(numerator)/\(denominator)")
        }
    }

    @Test func aRegelingMayStateItsOwnNormTable() throws {
        let text = try String(contentsOfFile: Fixtures.budgetPath(Self.example), encoding: .utf8).replacingOccurrences(
            of: #""cyclus": {"#,
            with: #""weerstandsnorm": [ { "klasse": "goed", "vanaf": 1.5, "oordeel": "voldoende buffer" }, { "klasse": "krap", "vanaf": 0, "oordeel": "aanvullen" } ], "cyclus": {"#)
        let budget = try Fixtures.read(text)
        let profile = try RiskProfile(budget: budget)
        #expect(profile.normClass?.letter == "krap")
        #expect(profile.norm.source.hasPrefix("normtabel van de regeling"))
        let written = try BudgetFileWriter.write(budget)
        #expect(try RiskProfile(budget: Fixtures.read(written)).normClass?.letter == "krap")
    }

    @Test func badRisksCapacityAndRegelingNameTheirPlace() throws {
        let base = Fixtures.minimalBegroting.replacingOccurrences(of: #""bijdragen": { "sleutel": "s" }"#, with: "\"bijdragen\": { \"sleutel\": \"s\" },\nBLOK")
        let cases: [(String, String)] = [
            (#""risicos": [ { "naam": "x", "kans": 120, "gevolg": 10, "soort": "structureel" } ]"#, "kans"),
            (#""risicos": [ { "naam": "x", "kans": 10, "gevolg": -10, "soort": "structureel" } ]"#, "gevolg"),
            (#""risicos": [ { "naam": "x", "kans": 10, "gevolg": 10, "soort": "soms" } ]"#, "soort"),
            (#""risicos": [ { "naam": "x", "kans": 10, "gevolg": 10 } ]"#, "soort"),
            (#""weerstandscapaciteit": [ { "naam": "x", "regel": "Onvoorzin" } ]"#, "Onvoorzin"),
            (#""weerstandscapaciteit": [ { "naam": "x" } ]"#, "bedrag"),
            (#""regeling": { "weerstandsnorm": [ { "klasse": "A", "vanaf": 1 }, { "klasse": "B", "vanaf": 2 }, { "klasse": "C", "vanaf": 0 } ] }"#, "hoog naar laag"),
            (#""regeling": { "weerstandsnorm": [ { "klasse": "A", "vanaf": 1 } ] }"#, "bij 0"),
            (#""regeling": { "cyclus": { "kadernota": "30 april" } }"#, "JJJJ-MM-DD"),
            (#""regeling": { "cyclus": { "begroting": "2021-04-30" } }"#, "begroting"),
        ]
        for (block, expected) in cases {
            do {
                _ = try Fixtures.read(base.replacingOccurrences(of: "BLOK", with: block))
                Issue.record("accepted: \(block)")
            } catch {
                #expect(error.errorDescription?.contains(expected) == true, "\(block): \(error.errorDescription ?? "")")
                #expect((error.location?.line ?? 0) > 10, "\(block)")
            }
        }
    }
}
