import Testing
@testable import ZVHFinance

@Suite struct MoneyTests {
    @Test func parsesWholeEurosAndCentsExactly() throws {
        #expect(try Money.parse(jsonNumber: "1402290").get() == Money(euros: 1_402_290))
        #expect(try Money.parse(jsonNumber: "-13.5").get() == Money(cents: -1350))
        #expect(try Money.parse(jsonNumber: "3.133e1").get() == Money(cents: 3133))
        #expect(try Money.parse(jsonNumber: "0.10").get() == Money(cents: 10))
        #expect(try Money.parse(jsonNumber: "-0").get() == Money.zero)
    }

    @Test func refusesMoreDecimalsThanACent() {
        #expect(Money.parse(jsonNumber: "3.133") == .failure(.tooManyDecimals(allowed: 2)))
        #expect(Money.parse(jsonNumber: "1e-3") == .failure(.tooManyDecimals(allowed: 2)))
    }

    @Test func refusesHugeAmountsInsteadOfOverflowing() throws {
        #expect(Money.parse(jsonNumber: "1000000000000") == .failure(.tooLarge))
        #expect(Money.parse(jsonNumber: "99999999999999999999999999") == .failure(.tooLarge))
        #expect(Money.parse(jsonNumber: "1e400") == .failure(.tooLarge))
        #expect(try Money.parse(jsonNumber: "999999999999.99").get() == Money.largestReadable)
        // Nineteen digits that overflow Int64 while being read (a fuzzer find).
        #expect(Money.parse(jsonNumber: "97800999999999999.99") == .failure(.tooLarge))
        #expect(Quantity.parse(jsonNumber: "9999999999999.999999") == .failure(.tooLarge))
    }

    @Test func refusesPrefixesThatFoundationDecimalWouldAccept() {
        #expect(Money.parse(jsonNumber: "12abc") == .failure(.notANumber))
        #expect(Money.parse(typed: "12abc") == nil)
        #expect(Money.parse(typed: "1.402.290") == nil)
        #expect(Money.parse(typed: "1,5") == Money(cents: 150))
        #expect(Money.parse(typed: "") == nil)
        #expect(Money.parse(typed: "-") == nil)
        #expect(Money.parse(typed: "1,") == nil)
    }

    @Test func formatsInDutchNotation() {
        #expect(Money(euros: 1_402_290).dutch() == "1.402.290")
        #expect(Money(euros: -1605).dutch() == "-1.605")
        #expect(Money(cents: 1250).dutch() == "12,50")
        #expect(Money(cents: -5).dutch() == "-0,05")
        #expect(Money(euros: 999).dutch() == "999")
        #expect(Money(euros: 1000).dutch() == "1.000")
        #expect(Money.zero.dutch() == "0")
    }

    @Test func formatsResultsAsVoordeelOrNadeel() {
        #expect(Money(euros: 79).resultNotation == "+/+ 79")
        #expect(Money(euros: -1).resultNotation == "-/- 1")
        #expect(Money.zero.resultNotation == "0")
    }

    @Test func writesJSONNumbersWithoutThousandsSeparators() {
        #expect(Money(euros: 1_402_290).jsonNumber == "1402290")
        #expect(Money(cents: -1350).jsonNumber == "-13.5")
        #expect(Money(cents: 5).jsonNumber == "0.05")
        #expect(Money(cents: 1350).spreadsheetNumber == "13,5")
    }

    @Test func formattingAndParsingRoundTripOverManyAmounts() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let cents = Int64.random(in: -Money.largestReadable.cents...Money.largestReadable.cents, using: &generator)
            let money = Money(cents: cents)
            #expect(try Money.parse(jsonNumber: Substring(money.jsonNumber)).get() == money)
        }
    }
}

@Suite struct QuantityTests {
    @Test func parsesUpToSixDecimals() throws {
        #expect(try Quantity.parse(jsonNumber: "0.89").get() == Quantity(millionths: 890_000))
        #expect(try Quantity.parse(jsonNumber: "14.285714").get() == Quantity(millionths: 14_285_714))
        #expect(Quantity.parse(jsonNumber: "0.1234567") == .failure(.tooManyDecimals(allowed: 6)))
        #expect(Quantity.parse(typed: "3,2") == Quantity(millionths: 3_200_000))
    }

    @Test func formatsInDutchNotation() {
        #expect(Quantity(66777).dutch() == "66.777")
        #expect(Quantity(millionths: 890_000).dutch() == "0,89")
        #expect(Quantity(millionths: 890_000).jsonNumber == "0.89")
    }
}

@Suite struct RoundingTests {
    @Test func roundsHalfAwayFromZero() {
        #expect(Rounding.euro.round(Money(cents: 150)) == Money(euros: 2))
        #expect(Rounding.euro.round(Money(cents: 149)) == Money(euros: 1))
        #expect(Rounding.euro.round(Money(cents: -150)) == Money(euros: -2))
        #expect(Rounding.euro.round(Money(cents: -149)) == Money(euros: -1))
    }

    @Test func truncatesTowardZeroAndReportsTheRemainder() {
        let rounding = Rounding(unit: .euro, rule: .towardZero)
        let (amount, remainder) = rounding.round(numerator: 1999, denominator: 1)
        #expect(amount == Money(euros: 19))
        #expect(remainder == 99)
        #expect(rounding.round(numerator: -1999, denominator: 1).amount == Money(euros: -19))
    }

    @Test func percentagesAreExactRatios() {
        #expect(Ratio.percentText(1, of: 3) == "33,33%")
        #expect(Ratio.percentText(2, of: 3) == "66,67%")
        #expect(Ratio.percentText(1, of: 0) == "–")
    }
}
