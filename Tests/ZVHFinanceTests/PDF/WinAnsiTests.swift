import Testing
@testable import ZVHFinance

@Suite struct WinAnsiTests {
    @Test func dutchLettersEuroDashAndQuotesAreOneByteEach() {
        #expect(WinAnsi.encode("ë é ï ó") == [0xEB, 0x20, 0xE9, 0x20, 0xEF, 0x20, 0xF3])
        #expect(WinAnsi.encode("€–’“”") == [0x80, 0x96, 0x92, 0x93, 0x94])
        #expect(WinAnsi.shown("Financiën € 1.402.290 – ‘ok’") == "Financiën € 1.402.290 – ‘ok’")
    }

    @Test func charactersOutsideWinAnsiGetAVisibleDocumentedReplacement() {
        #expect(WinAnsi.shown("⚠1 −5 ≥ 3 ✓") == "(!)1 -5 >= 3 ja")
        #expect(WinAnsi.shown("Łódź ą") == "Lódz a")
        #expect(WinAnsi.shown("中文") == "??")
        #expect(WinAnsi.shown("a\nb\u{1B}") == "a\\nb\\u{1B}")
    }

    @Test func widthsComeFromTheHelveticaMetrics() {
        // AFM: space 278, "0"–"9" 556 in both; "W" 944; bold "a" 556, "b" 611.
        #expect(PDFFont.regular.width(of: "10", size: 1_000) == 1_112)
        #expect(PDFFont.regular.width(of: "W ", size: 10_000) == 12_220)
        #expect(PDFFont.bold.width(of: "ab", size: 1_000) == 1_167)
        #expect(PDFFont.regular.width(of: "€", size: 1_000) == 556)
    }

    @Test func wrappedLinesNeverExceedTheWidthAndKeepEveryWord() {
        var generator = SeededGenerator(seed: 7)
        let words = ["Bijdrage", "gemeenten", "Echt-Susteren", "€", "1.402.290", "verrekening", "Zorg-", "Veiligheidshuis", String(repeating: "x", count: 90)]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            let width = Int.random(in: 20_000...300_000, using: &generator)
            let lines = PDFFont.regular.wrap(text, size: 9_000, width: width, maxLines: 1_000)
            #expect(lines.allSatisfy { PDFFont.regular.width(of: $0, size: 9_000) <= width })
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func wrappingStopsAtTheLineLimitWithAnEllipsis() {
        let lines = PDFFont.regular.wrap(String(repeating: "woord ", count: 100_000), size: 9_000, width: 100_000, maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines.last?.hasSuffix("…") == true)
    }
}
