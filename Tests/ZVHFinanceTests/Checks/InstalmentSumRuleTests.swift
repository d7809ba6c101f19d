import Testing
@testable import ZVHFinance

@Suite struct InstalmentSumRuleTests {
    func findings(_ termijnen: String) throws -> [Finding] {
        let json = Fixtures.minimalBegroting.replacingOccurrences(
            of: "\"bijdragen\": { \"sleutel\": \"s\" }", with: "\"bijdragen\": { \"sleutel\": \"s\" },\n \"vermeld\": { \"termijnen\": \(termijnen) }")
        return Checker.check([AnalysedBudget(try Fixtures.read(json))]).filter { $0.rule == "termijnen-tellen-niet-op" }
    }

    @Test func instalmentsThatFallShortAreAFinding() throws {
        // A pays 600, B 300 (weights 2 : 1 of 900).
        let found = try findings(#"{ "A": [150, 150, 150, 140], "B": [75, 75, 75, 75] }"#)
        #expect(found.count == 1)
        #expect(found.first?.municipalities == ["A"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("tellen op tot 590") == true)
    }

    @Test func instalmentsThatAddUpAreNot() throws {
        #expect(try findings(#"{ "A": [150, 150, 150, 150], "B": [300] }"#).isEmpty)
    }
}
