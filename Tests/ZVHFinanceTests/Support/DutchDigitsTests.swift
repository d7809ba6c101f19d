import Testing
@testable import ZVHFinance

/// Grouping digits byte by byte gives what grouping by characters gives, for every
/// length of number and for text that is not all digits.
@Suite struct DutchDigitsTests {
    @Test func groupsThousandsWithAPoint() {
        #expect(DutchDigits.grouped("1402290") == "1.402.290")
        #expect(DutchDigits.grouped("999") == "999")
        #expect(DutchDigits.grouped("1000") == "1.000")
        #expect(DutchDigits.grouped("") == "")
        #expect(DutchDigits.grouped("100000000000000") == "100.000.000.000.000")
    }

    @Test func groupingByBytesIsGroupingByCharacters() {
        var generator = SeededGenerator(seed: 24)
        let alphabets: [[Character]] = [Array("0123456789"), Array("0123456789"), Array("01-,é€ 9")]
        for _ in 0..<10_000 {
            let alphabet = alphabets.randomElement(using: &generator)!
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(DutchDigits.grouped(text) == DutchDigits.groupedByCharacter(text), "\(text)")
        }
    }
}
