import Foundation
import Testing
@testable import ZVHFinance
@testable import zvh

/// `zvh scenario --interactief`: the page's figures are, point for point, what
/// `zvh scenario … --formaat json` reports; its options are checked before anything is
/// computed; a grid over the bound writes nothing.
@Suite(.serialized) struct ScenarioSessionCommandTests {
    static let noord = ZVHProcess.packageRoot.appendingPathComponent("Budgets/noord-limburg/begroting-2024.json").path
    static let index = ["0", "0,5", "1", "1,5", "2", "2,5", "3", "3,5", "4", "4,5", "5"]
    static let grid = ["--reeks", "index.personeel=0..5:0,5", "--reeks", "fte.procesregie=0..3:1", "--uittreden", "Gennep"]

    func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let result = InProcess.outcome(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    /// A page written to a fresh folder, and its embedded figures.
    func page(_ extra: [String], budget: String = noord) throws -> (html: String, data: JSONValue) {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sessie.html").path
        // The page is written by the binary: writing a file in process is not safe in parallel.
        let result = try InProcess.run(["scenario", budget] + extra + ["--interactief", "--formaat", "html", "--uitvoer", path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(html.range(of: "id=\"gegevens\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return (html, try JSONParser.parse(Array(html[start.upperBound..<end.lowerBound].utf8)))
    }

    @Test func everyPointOfTheBundledGridShowsWhatZvhScenarioJSONReports() throws {
        let (_, data) = try page(Self.grid)
        let members = try data.member("gemeenten").elements.map { try $0.text() }
        let points = try data.member("punten").elements
        #expect(points.count == 88)
        for (number, point) in points.enumerated() {
            let index = number / 8, fte = number / 2 % 4, leaves = number % 2 == 1
            var arguments = ["scenario", Self.noord, "--index", "personeel=\(Self.index[index])%", "--fte", "procesregie=+\(fte)", "--formaat", "json"]
            if leaves { arguments += ["--uittreden", "Gennep"] }
            let result = run(arguments)
            #expect(result.status == 0, "\(result.err)")
            let json = try JSONParser.parse(Array(result.out.utf8))
            let record = try point.elements
            for (row, entry) in try json.member("gemeenten").elements.enumerated() {
                #expect(try entry.member("gemeente").text() == members[row])
                let variant = try entry.member("scenarios").member("snelle wijzigingen")
                #expect(try record[0].elements[row].pageCents() == variant.member("bedrag").euroCents(), "punt \(number), \(members[row])")
                #expect(try record[1].elements[row].pageCents() == variant.member("verschil").euroCents(), "punt \(number), \(members[row])")
            }
            let scenario = try json.member("scenarios").elements[0]
            let totals = try record[4].elements
            #expect(try totals[0].pageCents() == scenario.member("totaal").euroCents())
            #expect(try totals[1].pageCents() == scenario.member("verschil").euroCents())
            #expect(try (totals[4].pageCents() == 1) == (scenario.member("verschillen-tellen-op").isTrue))
            let projected = try json.member("meerjarenraming").member("varianten").elements[1].member("jaren").elements
            for (year, figures) in try record[5].elements.enumerated() {
                #expect(try figures.elements[0].pageCents() == projected[year].member("totaal").euroCents())
                for (row, member) in members.enumerated() {
                    let expected = try projected[year].member("bijdragen").optionalMember(member)?.euroCents()
                    #expect(try figures.elements[row + 1].pageCents() == expected)
                }
            }
        }
    }

    @Test func theAfrondingLineOfPerMemberRoundingIsOnThePageAsInTheReport() throws {
        let budget = ZVHProcess.packageRoot.appendingPathComponent("Budgets/voorbeelden/begroting-afronding-per-gemeente.json").path
        let (html, data) = try page(["--reeks", "index.personeel=0..3:1", "--uittreden", "Weert"], budget: budget)
        #expect(html.contains("<tr data-gemeente=\"afronding\"><th scope=\"row\">Afronding</th>"))
        #expect(data.dutchTypeName != "null")
        let points = try data.member("punten").elements
        #expect(points.count == 8)
        for (number, point) in points.enumerated() {
            var arguments = ["scenario", budget, "--index", "personeel=\(number / 2)%", "--formaat", "json"]
            if number % 2 == 1 { arguments += ["--uittreden", "Weert"] }
            let result = run(arguments)
            #expect(result.status == 0, "\(result.err)")
            let json = try JSONParser.parse(Array(result.out.utf8))
            let scenario = try json.member("scenarios").elements[0]
            let totals = try point.elements[4].elements
            #expect(try totals[0].pageCents() == scenario.member("totaal").euroCents())
            #expect(try totals[1].pageCents() == scenario.member("verschil").euroCents())
            #expect(try totals[5].pageCents() == scenario.member("afronding").euroCents())
            #expect(try totals[3].pageCents() == totals[1].pageCents())
            #expect(try (totals[4].pageCents() == 1) == (scenario.member("verschillen-tellen-op").isTrue))
            for (row, entry) in try json.member("gemeenten").elements.enumerated() {
                let variant = try entry.member("scenarios").member("snelle wijzigingen")
                #expect(try point.elements[0].elements[row].pageCents() == variant.member("bedrag").euroCents())
            }
        }
    }

    @Test func everyQuickChangeIsASwitchOfItsOwn() throws {
        let (html, data) = try page(["--uittreden", "Gennep", "--index", "personeel=2%", "--jaren", "0"])
        let axes = try data.member("assen").elements
        #expect(try axes.map { try $0.member("naam").text() } == ["indexatie: personeel 2%", "Gennep treedt uit"])
        #expect(try data.member("punten").elements.count == 4)
        #expect(!html.contains("id=\"raming\""))
    }

    @Test func aGridTooLargeToCountIsRefusedNotTrapped() {
        var arguments = ["scenario", Self.noord, "--formaat", "json"]
        for kind in ["personeel", "materieel", "overig", "rijksbijdrage"] { arguments += ["--reeks", "index.\(kind)=0..99:0,001"] }
        let result = run(arguments)
        #expect(result.status == 64)
        #expect(result.err.contains("meer punten dan te tellen zijn"))
        #expect(result.out.isEmpty)
    }

    @Test func theOptionsAreCheckedBeforeAnythingIsComputed() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sessie.html").path
        let cases: [([String], String)] = [
            (["--interactief", "--uitvoer", path], "--formaat html"),
            (["--interactief", "--formaat", "json", "--uitvoer", path], "--formaat html"),
            (["--interactief", "--formaat", "html"], "--uitvoer"),
            (["--interactief", "--formaat", "html", "--uitvoer", path, "--gevoeligheid"], "--gevoeligheid"),
            (Self.grid.map { $0 == "index.personeel=0..5:0,5" ? "index.personeel=0..100:0,01" : $0 } + ["--interactief", "--formaat", "html", "--uitvoer", path], "80.008 punten"),
        ]
        for (extra, message) in cases {
            let result = run(["scenario", Self.noord] + extra)
            #expect(result.status == 64, "\(extra): \(result.err)")
            #expect(result.err.contains(message), "\(extra): \(result.err)")
            #expect(result.out.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }
}

extension JSONValue {
    func member(_ key: String) throws -> JSONValue {
        try #require(try optionalMember(key), "geen \(key)")
    }

    func optionalMember(_ key: String) throws -> JSONValue? {
        guard case .object(let members) = kind else { throw JSONShapeError() }
        return members.first { $0.key == key }?.value
    }

    var elements: [JSONValue] {
        get throws {
            guard case .array(let elements) = kind else { throw JSONShapeError() }
            return Array(elements)
        }
    }

    var isTrue: Bool {
        if case .bool(true) = kind { return true }
        return false
    }

    func text() throws -> String {
        guard case .string(let text) = kind else { throw JSONShapeError() }
        return text
    }

    /// The page's whole cents (nil for null).
    func pageCents() throws -> Int64? {
        switch kind {
        case .null: return nil
        case .number(let text):
            guard let cents = Int64(String(text)) else { throw JSONShapeError() }
            return cents
        default: throw JSONShapeError()
        }
    }

    /// A report's euros as cents (nil for null).
    func euroCents() throws -> Int64? {
        switch kind {
        case .null: return nil
        case .number(let text):
            guard case .success(let money) = Money.parse(jsonNumber: text) else { throw JSONShapeError() }
            return money.cents
        default: throw JSONShapeError()
        }
    }
}

struct JSONShapeError: Error {}
