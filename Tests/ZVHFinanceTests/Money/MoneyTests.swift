import Testing
@testable import ZVHFinance

@Suite struct MoneyTests {
    @Test func parsesWholeEurosAndCentsExactly() {
        #expect(try Money.parse(jsonNumber: "1402290").get() == Money(euros: 1_402_290))
        #expect(try Money.parse(jsonNumber: "-13.5").get() == Money(cents: -1350))
        #expect(try Money.parse(jsonNumber: "3.133e1").get() == Money(cents: 3133))
        #expect(try Money.parse(jsonNumber: "0.10").get() == Money(cents: 10))
    }
}
