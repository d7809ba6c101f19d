import Testing
@testable import ZVHFinance

/// The member's views: the change split into structural and one-off, the own raming
/// read from a council's CSV, the letter rendering the statement, the line chart.
@Suite struct MemberViewTests {
    static func entries(_ files: [String]) throws -> [BudgetReportContent] {
        let analysed = try files.map { AnalysedBudget(try Fixtures.budget($0)) }
        let findings = Checker.check(analysed)
        return analysed.map { BudgetReportContent($0, showsContributions: true, findings: findings) }
    }

    @Test func theChangesAlwaysAddUpAlsoProRata() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<2000 {
            func member(_ contribution: Int64, _ settlement: Int64) -> MemberContribution {
                MemberContribution(
                    municipality: "A", contribution: Money(cents: contribution), share: Share(Money(cents: 1), of: Money(cents: 1)), lines: [],
                    settlementParts: [Money(cents: settlement)])
            }
            let months = Int.random(in: 1...12, using: &generator)
            let previousMonths = Int.random(in: 1...12, using: &generator)
            let previous = member(Int64.random(in: 0...50_000_000, using: &generator), Int64.random(in: -5_000_000...5_000_000, using: &generator))
            let current = member(Int64.random(in: 0...50_000_000, using: &generator), Int64.random(in: -5_000_000...5_000_000, using: &generator))
            let budget = Budget(
                file: "x.json", kind: .begroting, title: "Begroting", organisation: Organisation(identifier: "x", name: "X", members: []),
                period: Period(year: 2023), source: SourceReference(document: "d"), columns: [], costs: [], income: [])
            let change = ContributionChange(current: current, months: months, previous: previous, previousBudget: budget, previousMonths: previousMonths)
            #expect(change.contribution + change.settlement == change.final)
            #expect(change.previousFinal + change.final == current.final)
            #expect(change.basis == (months == previousMonths ? "2023" : "\(months)/\(previousMonths) van 2023"))
        }
    }

    @Test func ownRamingReadsDutchAmountsAndRefusesAmbiguousOnes() throws {
        let estimates = try OwnEstimateReader.read(Array("\u{FEFF}Jaar;Bedrag\r\n2025;130.000\r\n 2026 ; 1.250,5 \r\n2027;-1.000\r\n".utf8), file: "r.csv")
        #expect(estimates.map(\.year) == [2025, 2026, 2027])
        #expect(estimates.map(\.amount) == [Money(euros: 130_000), Money(cents: 125_050), Money(euros: -1_000)])
        #expect(estimates[1].location == SourceLocation(line: 3, column: 2))
        for text in ["12.5", "1.00", "1,234", "1.0000", "1e3", "", "-", "12.345.67"] {
            #expect(OwnEstimateReader.dutchAmount(text) == nil, "\(text)")
        }
        #expect(OwnEstimateReader.dutchAmount("1.234.567,89") == Money(cents: 123_456_789))
        // One Dutch amount reader for every CSV: a euro sign is what Dutch Excel writes.
        #expect(OwnEstimateReader.dutchAmount("€ 100") == Money(euros: 100))
    }

    @Test func aLeavingMembersLetterCarriesTheScenariosOwnUittreedsomValue() throws {
        let entries = try Self.entries(["midden-limburg/begroting-2022.json", "midden-limburg/jaarrekening-2021.json"])
        let file = entries[0].budget.file
        let path = Fixtures.budgetPath("midden-limburg/scenarios/nederweert-treedt-uit-aflopend.json")
        let scenario = try ScenarioFileReader.read(BudgetLoader.readBytes(path), file: path)
        let variant = try ScenarioComparison(basis: entries[0].budget, scenarios: [scenario]).scenarios[0]
        let letter = try #require(ContributionLetter("Nederweert", begroting: file, entries: entries, variant: variant))
        #expect(letter.exit == variant.exits.first)
        #expect(letter.exit?.compensation == Money(euros: 15_987))
        #expect(letter.member == variant.statement.members.first { $0.municipality == "Nederweert" })
        #expect(letter.joining == nil)
        let staying = try #require(ContributionLetter("Weert", begroting: file, entries: entries, variant: variant))
        #expect(staying.exit == nil)
        #expect(staying.member.final == variant.final(of: "Weert"))
        let text = ReportFormat.tekst.rendered(letter)
        // It pays no share in the costs any more: the letter says what the amount is instead.
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("afrekening van eerdere jaren, waaraan u deelnam"))
        #expect(!text.contains("uw aandeel van € 0"))
        for line in try #require(letter.exit?.derivation) { #expect(text.replacingOccurrences(of: "\n", with: " ").contains(line.prefix(40)), "\(line)") }
    }

    @Test func theLetterRendersTheStatementNeverItsOwnArithmetic() throws {
        let entries = try Self.entries(["midden-limburg/begroting-2022.json", "midden-limburg/jaarrekening-2021.json"])
        let file = entries[0].budget.file
        let letter = try #require(ContributionLetter("Leudal", begroting: file, entries: entries))
        let statement = try #require(entries[0].analysed.statement)
        let member = try #require(statement.members.first { $0.municipality == "Leudal" })
        #expect(letter.member == member)
        #expect(letter.member.settlementParts == [Money(euros: -1_961), Money(euros: -14_484)])
        #expect(letter.change?.contribution == Money(euros: -296))
        #expect(letter.findings.allSatisfy { $0.touches("Leudal") })
        #expect(letter.fileStem == "bijdragebrief-midden-limburg-2022-leudal")
        #expect(ContributionLetter("Venlo", begroting: file, entries: entries) == nil)
        let text = ReportFormat.tekst.rendered(letter)
        #expect(text.contains("uiterlijk te betalen op"))
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("bedraagt € 65.153."))
    }

    @Test func theLineChartDrawsOnePointPerPeriodAndEscapesLabels() {
        let chart = Chart(
            title: "t", description: "d", categories: ["2021", "<2022>"],
            series: [Chart.Series(name: "bijdrage", values: [Money(euros: 100), Money(euros: -50)])], style: .line)
        let svg = SVGChart.render(chart, number: 1)
        // A marker per point, and one in the legend's sample of the line.
        #expect(svg.components(separatedBy: "<circle").count == 4)
        #expect(svg.contains("<polyline"))
        #expect(svg.contains("&lt;2022&gt;"))
        #expect(!svg.contains("<2022>"))
    }

    @Test func theFooterIsAQuotedCSSStringThatCannotCloseTheStyle() {
        #expect(HTMLRenderer.cssString("a\"b</style>&\n") == "\"a\\22 b\\3C /style\\3E \\26 \\A \"")
        var report = Report(title: "t")
        report.asOf = "Stand: </style>"
        let html = HTMLRenderer.render(report)
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(html.contains("counter(pages)"))
    }
}
