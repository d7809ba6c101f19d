import Testing
@testable import ZVHFinance

/// Speed work must not change a byte: the streamed JSON of an overview equals the JSON
/// built as values, the writer's layout equals the values' layout, and the bounded edit
/// distance agrees with the plain one.
@Suite struct StreamedJSONTests {
    @Test func theStreamedOverviewEqualsTheOverviewBuiltAsValues() throws {
        let files = ["midden-limburg/begroting-2022.json", "midden-limburg/jaarrekening-2021.json", "noord-limburg/begroting-2024.json", "westelijke-mijnstreek/jaarrekening-2023.json"]
        let analysed = AnalysedBudget.analysing(try files.map { try Fixtures.budget($0) })
        let findings = Checker.check(analysed)
        let content = OverviewContent(analysed.map { BudgetReportContent($0, showsContributions: true, findings: findings) })
        for options in [ReportOptions(), ReportOptions(unit: .cent, explains: true)] {
            #expect(ReportFormat.json.rendered(content, options: options) == content.json(options).rendered())
        }
    }

    @Test func theWriterLaysOutEveryKindOfValueAsBefore() {
        let value = JSONOutput.object([
            "leeg object": .object([]), "lege lijst": .array([]), "tekst": .string("a\"b\\c\nd\u{1}é"), "getal": .number("-13.5"),
            "lijst": .array([.bool(true), .null, .object(["x": .array([.integer(1), .array([])])])]),
        ])
        let expected = """
            {
              "leeg object": {},
              "lege lijst": [],
              "tekst": "a\\"b\\\\c\\nd\\u0001é",
              "getal": -13.5,
              "lijst": [
                true,
                null,
                {
                  "x": [
                    1,
                    []
                  ]
                }
              ]
            }

            """
        #expect(value.rendered() == expected)
    }

    @Test func theBoundedEditDistanceAgreesWithThePlainOne() {
        var generator = SeededGenerator(seed: 16)
        let alphabet = Array("abcdeé 1")
        for _ in 0..<3000 {
            let a = String((0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let b = String((0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let bound = Int.random(in: 0...5, using: &generator)
            let distance = Spelling.editDistance(a, b)
            #expect(Spelling.editDistance(a, b, atMost: bound) == (distance <= bound ? distance : nil))
        }
    }

    @Test func aDateIsTenAsciiCharactersWithAValidMonthAndDay() {
        for (text, isDate) in [("2024-01-01", true), ("2024-12-31", true), ("2024-13-01", false), ("2024-00-10", false), ("2024-01-32", false),
                               ("2024-1-01", false), ("２０２４-01-01", false), ("2024/01/01", false), ("2024-01-011", false), ("", false)] {
            #expect(DocumentReader.isDate(text) == isDate, "\(text)")
        }
    }
}
