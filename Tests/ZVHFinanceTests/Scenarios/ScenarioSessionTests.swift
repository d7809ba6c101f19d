import Foundation
import Testing
@testable import ZVHFinance

/// The steering group's page: every combination's figures are the scenario report's,
/// the page is bounded, offline and deterministic, and an axis is any labelled list.
@Suite struct ScenarioSessionTests {
    static let noord = "noord-limburg/begroting-2024.json"
    static let midden = "midden-limburg/begroting-2022.json"

    static func gennepLeaves() -> Scenario {
        Scenario(name: "Gennep treedt uit", changes: [ScenarioChange(.memberLeaves(name: "Gennep", fromYear: nil))])
    }

    static func study(axes: [Sweep.Axis], switches: [Scenario], budget file: String = noord) throws -> ScenarioStudy {
        ScenarioStudy(budget: try Fixtures.budget(file), scenarios: switches, sweepAxes: axes)
    }

    static let wages = Sweep.Axis(parameter: .indexation(.personeel), values: Sweep.Axis.steps(from: .zero, through: Quantity(5), by: Quantity(millionths: 500_000))!)
    static let fte = Sweep.Axis(parameter: .fte(function: "procesregie", theme: nil), values: [Quantity(0), Quantity(1), Quantity(2), Quantity(3)])

    /// The page's embedded figures, parsed.
    static func data(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"gegevens\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
    }

    @Test func everyCombinationIsTheVariantTheScenarioReportComputesForTheSameChanges() throws {
        let study = try Self.study(axes: [Self.wages, Self.fte], switches: [Self.gennepLeaves()])
        let session = try study.session()
        #expect(session.outcomes.count == 88)
        #expect(session.grid.dimensions == "11 × 4 × 2")
        for number in [0, 1, 17, 42, 43, 60, 87] {
            let indices = session.grid.pointIndices(of: number)
            var changes = [Self.wages.change(Self.wages.values[indices[0]]), Self.fte.change(Self.fte.values[indices[1]])]
            if indices[2] == 1 { changes += Self.gennepLeaves().changes }
            let content = try ScenarioStudy(budget: study.budget, scenarios: [Scenario(name: "punt", changes: changes)]).figures()
            let comparison = content.comparison
            let variant = comparison.scenarios[0]
            let outcome = session.outcomes[number]
            #expect(session.members == comparison.members)
            for (index, member) in session.members.enumerated() {
                #expect(outcome.finals[index] == variant.final(of: member))
                #expect(outcome.differences[index] == comparison.difference(of: member, in: variant))
                let shownPercent = outcome.percentTenths[index].map { Ratio.percentText(Int128($0), of: 1000, decimals: 1) }
                #expect((shownPercent ?? "") == ScenarioReport.percent(comparison.differenceShare(of: member, in: variant)).text)
                #expect(outcome.perInhabitant[index] == variant.statement.members.first { $0.municipality == member }?.finalPerInhabitant)
                #expect(session.basis.finals[index] == comparison.basis.final(of: member))
            }
            #expect(outcome.total == variant.statement.totalWithRounding)
            #expect(outcome.totalDifference == comparison.totalDifference(in: variant))
            #expect(outcome.differencesAddUp == comparison.differencesAddUp(in: variant))
            #expect(outcome.sumOfDifferences == outcome.totalDifference)
            let projected = try #require(content.projections.last)
            #expect(outcome.projection.map(\.total) == projected.years.map(\.statement.totalWithRounding))
            #expect(session.basis.projection.map(\.total) == content.projections[0].years.map(\.statement.totalWithRounding))
        }
    }

    @Test func aGridWhosePageWouldPassTheBoundIsRefusedBeforeAnythingIsComputed() throws {
        let wide = Sweep.Axis(parameter: .indexation(.personeel), values: Sweep.Axis.steps(from: .zero, through: Quantity(100), by: Quantity(millionths: 10_000))!)
        let study = try Self.study(axes: [wide, Self.fte], switches: [Self.gennepLeaves()])
        let started = ContinuousClock.now
        #expect(throws: ScenarioSessionTooLarge.self) { try study.session() }
        do {
            _ = try study.session()
        } catch let refusal as ScenarioSessionTooLarge {
            #expect(refusal.combinations == 80_008)
            #expect(refusal.message.contains("80.008 punten (10001 × 4 × 2)"))
            #expect(refusal.message.contains("de grens is 5 MB"))
        }
        #expect(ContinuousClock.now - started < .seconds(20))
        // A small bound refuses even the bundled grid, with its count.
        let small = try #require(throws: ScenarioSessionTooLarge.self) {
            try Self.study(axes: [Self.fte], switches: [Self.gennepLeaves()]).session(bound: 10_000)
        }
        #expect(small.combinations == 8)
        #expect(small.bound == 10_000)
        #expect(small.message.contains("8 punten (4 × 2)"))
    }

    @Test func theEstimateIsNeverBelowThePageForTheBundledGrid() throws {
        let study = try Self.study(axes: [Self.wages, Self.fte], switches: [Self.gennepLeaves()])
        let session = try study.session()
        let size = session.html().utf8.count
        #expect(ScenarioSessionRenderer.estimatedSize(of: session, combinations: 88) >= size)
        #expect(size < ScenarioSession.defaultBound)
    }

    @Test func thePageHasNoNetworkReferenceAndForbidsEveryFetch() throws {
        let html = try Self.study(axes: [Self.wages, Self.fte], switches: [Self.gennepLeaves()]).session().html()
        #expect(!html.lowercased().contains("http:"))
        #expect(!html.lowercased().contains("https:"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(html.contains("<html lang=\"nl\">"))
    }

    @Test func aNameCannotBreakOutOfThePageOrItsData() throws {
        let name = "A</script><b title=\\\"x\\\">&amp;"
        let json = Fixtures.minimalBegroting.replacingOccurrences(of: "\"A\"", with: "\"\(name)\"")
        let budget = try Fixtures.read(json)
        let member = try #require(budget.organisation.members.first?.name)
        #expect(member.contains("</script>"))
        let study = ScenarioStudy(budget: budget, scenarios: [Scenario(name: "<i>B</i> treedt uit", changes: [ScenarioChange(.memberLeaves(name: "B", fromYear: nil))])])
        let html = try study.session().html()
        #expect(html.components(separatedBy: "</script>").count == 3)
        #expect(!html.contains("<b title"))
        #expect(!html.contains("<i>B</i>"))
        #expect(html.contains("A&lt;/script&gt;&lt;b title=&quot;x&quot;&gt;&amp;amp;"))
        let data = try Self.data(html)
        #expect(data["gemeenten"] as? [String] == [member, "B"])
        #expect(((data["assen"] as? [[String: Any]])?.first?["naam"] as? String) == "<i>B</i> treedt uit")
    }

    @Test func everyControlHasALabel() throws {
        let html = try Self.study(axes: [Self.wages, Self.fte], switches: [Self.gennepLeaves()]).session().html()
        for id in ["as-0", "as-1", "as-2", "gemeente"] {
            #expect(html.contains("<label for=\"\(id)\">"), "\(id)")
            #expect(html.contains("id=\"\(id)\""), "\(id)")
        }
        #expect(html.contains("<input type=\"range\" id=\"as-0\" min=\"0\" max=\"10\" step=\"1\" value=\"0\" aria-valuetext=\"0%\""))
        #expect(html.contains("<input type=\"checkbox\" id=\"as-2\""))
        #expect(html.contains("<button type=\"button\" id=\"afdrukken\">Afdrukken</button>"))
        #expect(html.contains("@media print"))
    }

    @Test func thePageIsTheSameForTheSameInput() throws {
        let first = try Self.study(axes: [Self.wages, Self.fte], switches: [Self.gennepLeaves()]).session().html()
        let second = try Self.study(axes: [Self.wages, Self.fte], switches: [Self.gennepLeaves()]).session().html()
        #expect(first == second)
    }

    @Test func theScriptsNotationIsCheckedAgainstTheLibrarysOwn() throws {
        let html = try Self.study(axes: [Self.fte], switches: []).session().html()
        let data = try Self.data(html)
        let examples = try #require(data["opmaak"] as? [String: [[Any]]])
        let amounts = try #require(examples["bedragen"])
        #expect(amounts.count >= 20)
        for pair in amounts {
            let cents = try #require((pair[0] as? NSNumber)?.int64Value)
            #expect(pair[1] as? String == Money(cents: cents).dutch())
        }
        for pair in try #require(examples["procenten"]) {
            let tenths = try #require((pair[0] as? NSNumber)?.int64Value)
            #expect(pair[1] as? String == Ratio.percentText(Int128(tenths), of: 1000, decimals: 1))
        }
        #expect(html.contains("if (wrong.length > 0)"))
    }

    @Test func theEmbeddedFiguresAreTheOutcomesInCents() throws {
        let session = try Self.study(axes: [Self.wages, Self.fte], switches: [Self.gennepLeaves()]).session()
        let data = try Self.data(session.html())
        #expect(data["gemeenten"] as? [String] == session.members)
        #expect(data["jaren"] as? [Int] == [2024, 2025, 2026, 2027])
        let points = try #require(data["punten"] as? [[Any]])
        #expect(points.count == 88)
        for (record, outcome) in zip(points, session.outcomes) {
            let finals = try #require(record[0] as? [Any])
            #expect(finals.map { ($0 as? NSNumber)?.int64Value } == outcome.finals.map { $0?.cents })
            let totals = try #require(record[4] as? [Any])
            #expect((totals[0] as? NSNumber)?.int64Value == outcome.total.cents)
            #expect((totals[4] as? NSNumber)?.intValue == (outcome.differencesAddUp ? 1 : 0))
        }
        let axes = try #require(data["assen"] as? [[String: Any]])
        #expect(axes.map { $0["soort"] as? String } == ["schuif", "schuif", "schakelaar"])
        #expect((axes[0]["punten"] as? [String])?[5] == "2,5%")
    }

    @Test func anAxisIsAnyNamedListOfLabelledPoints() throws {
        // A key axis of three points, as the years of a phased key change would be.
        let budget = try Fixtures.budget(Self.midden)
        let keys = ScenarioAxis(name: "sleutel", label: "Verdeelsleutel", control: .schuif, points: [
            ScenarioAxis.Point(label: "zoals begroot", changes: []),
            ScenarioAxis.Point(label: "inwoners", changes: [ScenarioChange(.key(name: "inwoners", target: .contributions, includesSettlement: false))]),
            ScenarioAxis.Point(label: "inwoners, ook de verrekening", changes: [ScenarioChange(.key(name: "inwoners", target: .contributions, includesSettlement: true))]),
        ])
        let grid = ScenarioGrid(axes: [keys, ScenarioAxis(switching: Scenario(name: "Weert treedt uit", changes: [ScenarioChange(.memberLeaves(name: "Weert", fromYear: nil))]))])
        #expect(grid.count == 6)
        #expect(grid.pointIndices(of: 5) == [2, 1])
        #expect(grid.scenario(at: [1, 1]).name == "sleutel inwoners, Weert treedt uit")
        let scenario = grid.scenario(at: [2, 1])
        let comparison = try ScenarioComparison(basis: budget, scenarios: [scenario])
        #expect(comparison.differencesAddUp(in: comparison.scenarios[0]))
    }

    @Test func theDifferencesOfEveryCombinationAddUpOverSeededGrids() throws {
        var generator = SeededGenerator(seed: 23)
        let budget = try Fixtures.budget(Self.noord)
        for _ in 0..<6 {
            let from = Int64.random(in: -5...5, using: &generator)
            let wages = Sweep.Axis(parameter: .indexation(.personeel), values: Sweep.Axis.steps(from: Quantity(from), through: Quantity(from + 3), by: Quantity(millionths: Int64.random(in: 1...20, using: &generator) * 100_000))!)
            let extra = Sweep.Axis(parameter: .fte(function: "procesregie", theme: nil), values: [Quantity(0), Quantity(millionths: Int64.random(in: 1...3_000_000, using: &generator))])
            let leaving = ["Venlo", "Bergen", "Beesel", "Mook en Middelaar"].randomElement(using: &generator)!
            let study = ScenarioStudy(
                budget: budget, scenarios: [Scenario(name: "\(leaving) treedt uit", changes: [ScenarioChange(.memberLeaves(name: leaving, fromYear: nil))])],
                projection: ProjectionParameters(years: 1), sweepAxes: [wages, extra])
            let session = try study.session()
            #expect(session.outcomes.count == wages.values.count * 4)
            for outcome in session.outcomes {
                #expect(outcome.differencesAddUp)
                #expect(outcome.differences.sum() == outcome.totalDifference)
                #expect(outcome.finals.compactMap { $0 }.sum() == outcome.total)
            }
        }
    }
}
