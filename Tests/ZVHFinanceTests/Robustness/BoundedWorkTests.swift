import Foundation
import Testing
@testable import ZVHFinance

/// Work bounded by what is read: no search, hint or parse whose cost is the product of
/// two inputs.
@Suite struct BoundedWorkTests {
    /// The pattern tried at every position: the reference the linear search must agree with.
    static func naiveMatch(_ pattern: String, _ description: String) -> Bool {
        let pieces = pattern.lowercased().split(separator: "*", omittingEmptySubsequences: true).map(String.init)
        let text = description.lowercased()
        let hasStar = pattern.contains("*")
        var rest = Substring(text)
        var remaining = pieces[...]
        if hasStar, !pattern.hasPrefix("*"), let first = remaining.first {
            guard rest.hasPrefix(first) else { return false }
            rest = rest.dropFirst(first.count)
            remaining = remaining.dropFirst()
        }
        if hasStar, !pattern.hasSuffix("*"), let last = remaining.last {
            guard rest.hasSuffix(last) else { return false }
            rest = rest.dropLast(last.count)
            remaining = remaining.dropLast()
        }
        for piece in remaining {
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    @Test(arguments: 0..<400)
    func theLinearSearchMatchesExactlyWhatTheNaiveOneMatches(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        func text(_ alphabet: [Character], _ length: Int) -> String {
            String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        }
        let pattern = text(["a", "b", "A", "*"], Int.random(in: 0...9, using: &generator))
        let description = text(["a", "b", "B"], Int.random(in: 0...30, using: &generator))
        #expect(DescriptionPattern(pattern).matches(description) == Self.naiveMatch(pattern, description), "\(pattern) ~ \(description)")
    }

    @Test func aLongPatternAgainstALongDescriptionTakesLinearTime() {
        let pattern = DescriptionPattern("*" + String(repeating: "a", count: 20_000) + "b*")
        let description = String(repeating: "a", count: 200_000)
        let clock = ContinuousClock()
        var matched = true
        // The naive search: 200.000 × 20.000 = 4·10⁹ comparisons per match.
        let elapsed = clock.measure { for _ in 0..<20 { matched = matched && pattern.matches(description) } }
        #expect(!matched)
        #expect(elapsed < .seconds(10))
    }

    @Test func theSpellingHintSkipsCandidatesFarLongerThanTheWord() {
        let candidates = (0..<2_000).map { "Gemeente \($0) " + String(repeating: "ab", count: 5_000) }
        let clock = ContinuousClock()
        var hint: String?
        let elapsed = clock.measure { hint = Spelling.closest(to: String(repeating: "ab", count: 100), among: candidates) }
        #expect(hint == nil)
        #expect(elapsed < .seconds(5))
        #expect(Spelling.closest(to: "Leudla", among: ["Leudal", String(repeating: "x", count: 100_000)]) == "Leudal")
        #expect(Spelling.closest(to: "begrot", among: ["begroot", "werkelijk"]) == "begroot")
    }

    @Test func messagesQuoteTextFromAFileBounded() {
        #expect(MessageText.quoted(String(repeating: "a", count: 1_000)) == String(repeating: "a", count: 60) + "…")
        #expect(MessageText.quoted("Leudal") == "Leudal")
        let list = MessageText.list((0..<10_000).map { "Gemeente \($0)" })
        #expect(list.hasSuffix("… en 9.980 andere"))
        #expect(list.count < 400)
    }

    @Test func aFormulaWithoutItsComputedValueIsAnErrorNotAnEmptyCell() throws {
        var zip = ZipWriter()
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try zip.append(name: "_rels/.rels", contents: Array("<Relationships><Relationship Id=\"r1\" Type=\"\(relations)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8))
        try zip.append(name: "xl/workbook.xml", contents: Array("<workbook xmlns:r=\"\(relations)\"><sheets><sheet name=\"lasten\" sheetId=\"1\" r:id=\"s\"/></sheets></workbook>".utf8))
        try zip.append(name: "xl/_rels/workbook.xml.rels", contents: Array("<Relationships><Relationship Id=\"s\" Type=\"\(relations)/worksheet\" Target=\"blad.xml\"/></Relationships>".utf8))
        try zip.append(name: "xl/blad.xml", contents: Array("<worksheet><sheetData><row r=\"3\"><c r=\"B3\"><f>SUM(B1:B2)</f></c><c r=\"C3\"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>".utf8))
        #expect(throws: SpreadsheetError.invalidCell(cell: "lasten!B3", reason: "een formule zonder berekende waarde; open de werkmap in Excel of LibreOffice en bewaar haar opnieuw (dan wordt de uitkomst opgeslagen)")) {
            try XLSXReader.read(zip.archive())
        }
    }
}
