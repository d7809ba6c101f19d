import Testing
@testable import ZVHFinance

/// `label-variant` compares labels without their digits; the byte-wise way for ASCII
/// labels gives what the character-wise way gives.
@Suite struct LabelVariantRuleTests {
    @Test func anASCIILabelWithoutDigitsIsTheSameByteWiseAsCharacterWise() {
        var generator = SeededGenerator(seed: 24)
        let pool = Array("AaZz09 15-_./#\r\n\tPOKÄ".unicodeScalars.filter { $0.isASCII })
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...16, using: &generator)
            let label = String(String.UnicodeScalarView((0..<length).map { _ in pool.randomElement(using: &generator)! }))
            #expect(Array(LabelVariantRule.withoutDigits(label).utf8) == Array(LabelVariantRule.withoutDigitsByCharacter(label).utf8), "\(label.debugDescription)")
        }
        #expect(LabelVariantRule.withoutDigits("POK 2021") == "pok #")
        #expect(LabelVariantRule.withoutDigits("Pók 2021") == "pók #")
    }

    @Test func yearsApartAreNoVariantButATypoIs() {
        #expect(LabelVariantRule.variant(of: "POK 2022", among: ["POK 2021"]) == nil)
        #expect(LabelVariantRule.variant(of: "Represenatiekosten", among: ["Representatiekosten", "Huisvesting"]) == "Representatiekosten")
    }
}
