import Foundation
import Testing
@testable import ZVHFinance

@Suite struct BookingTests {
    @Test func patternsMatchPlainTextAnywhereAndStarsAnchored() {
        #expect(DescriptionPattern("huur").matches("Factuur HUUR kantoor"))
        #expect(DescriptionPattern("lunch*").matches("Lunch stuurgroep"))
        #expect(!DescriptionPattern("lunch*").matches("Zakelijke lunch"))
        #expect(DescriptionPattern("*gemeente Weert*").matches("Bijdrage gemeente Weert Q1"))
        #expect(DescriptionPattern("Factuur * huur").matches("factuur 12 huur"))
        #expect(!DescriptionPattern("Factuur * huur").matches("factuur 12 huur pand"))
        #expect(DescriptionPattern("a*a").matches("aa") && !DescriptionPattern("a*a").matches("a"))
    }

    @Test func fastAmountPathAgreesWithTheDutchReading() {
        var generator = SeededGenerator(seed: 14)
        for _ in 0..<20_000 {
            let whole = Int64.random(in: 0...99_999_999, using: &generator)
            let decimals = Int.random(in: 0...3, using: &generator)
            var text = (Bool.random(using: &generator) ? "-" : "") + String(whole)
            if decimals > 0 { text += "," + String(Int.random(in: 0..<Int(pow(10, Double(decimals))), using: &generator)).leftPadded(to: decimals) }
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { BookingsCSVReader.plainCents($0, mark: UInt8(ascii: ",")) }
            let dutch = SemicolonTable.dutchAmount(text)?.cents
            #expect(fast == dutch, "\(text)")
        }
    }

    static let rulesHeader = """
        { "csv": { "kolommen": { "datum": "Datum", "rekening": "Rekening", "omschrijving": "Omschrijving", "bedrag": "Bedrag" } }, "regels": [
        """

    @Test func anEarlierRuleWithAConditionMayOverlapALaterFallback() throws {
        let allowed = Self.rulesHeader + """
            { "naam": "Lunch", "rekeningen": ["4410"], "omschrijving": "lunch", "regel": "A" },
            { "naam": "Rest", "rekeningen": ["4400-4499"], "regel": "B" } ] }
            """
        #expect(try BookingRulesReader.read(Array(allowed.utf8), file: "r.json").rules.count == 2)
        let refused = Self.rulesHeader + """
            { "naam": "Rest", "rekeningen": ["4400-4499"], "regel": "B" },
            { "naam": "Lunch", "rekeningen": ["4410"], "omschrijving": "lunch", "regel": "A" } ] }
            """
        #expect(throws: BudgetFileError.self) { try BookingRulesReader.read(Array(refused.utf8), file: "r.json") }
    }

    @Test func splitsAddUpToEveryBookingExactly() throws {
        let budget = try Fixtures.budget("midden-limburg/jaarrekening-2021.json")
        let rules = try BookingRulesReader.read(Array((Self.rulesHeader + """
            { "naam": "Drie", "rekeningen": ["4000-4999"], "verdeling": [ { "regel": "Huur", "procent": 33.333333 }, { "regel": "Overige diensten", "procent": 33.333333 }, { "regel": "Leudal", "procent": 33.333334 } ] } ] }
            """).utf8), file: "r.json")
        var generator = SeededGenerator(seed: 7)
        var csv = "Datum;Rekening;Omschrijving;Bedrag\n"
        var total: Int64 = 0
        for index in 0..<2_000 {
            let cents = Int64.random(in: -100_000...100_000, using: &generator)
            total += cents
            csv += "\(1 + index % 28)-\(1 + index % 12)-2021;4300;x;\(Money(cents: cents).dutch(alwaysCents: true).replacingOccurrences(of: ".", with: ""))\n"
        }
        let actuals = try BookingAssigner.assign(budget: budget, rules: rules, bytes: Array(csv.utf8), exportFile: "x.csv")
        #expect(actuals.reconciles)
        #expect(actuals.bookingCount == 2_000)
        // Leudal is an income line: its share counts as credit − debit.
        let parts = actuals.targets.filter { ["Huur", "Overige diensten"].contains($0.name) }.map(\.actual).sum() - actuals.targets.first { $0.name == "Leudal" }!.actual
        #expect(parts.cents == total)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
