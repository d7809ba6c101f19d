import Foundation
import Testing

/// `zvh scenario` as a steering group uses it: leaving members, the meerjarenraming,
/// named variants, sweeps and every refusal (exit code, message, nothing on stdout).
@Suite struct ScenarioStudyCommandTests {
    static let midden = "Budgets/midden-limburg/begroting-2022.json"
    static let noord = "Budgets/noord-limburg/begroting-2024.json"

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func nederweertLeavingKeepsItsSettlementAndTheOthersPayItsContribution() throws {
        let result = try InProcess.run(["scenario", Self.midden, "--uittreden", "Nederweert", "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try json(result.stdout)
        let members = try #require(document["gemeenten"] as? [[String: Any]])
        func variant(_ member: [String: Any]) -> [String: Any]? { (member["scenarios"] as? [String: Any])?["snelle wijzigingen"] as? [String: Any] }
        let nederweert = try #require(members.first { $0["gemeente"] as? String == "Nederweert" })
        #expect(variant(nederweert)?["bedrag"] as? Int == -7_652)
        let others = members.filter { $0["gemeente"] as? String != "Nederweert" }.compactMap { variant($0)?["verschil"] as? Int }
        #expect(others.count == 6)
        #expect(others.reduce(0, +) == 37_962)
        let scenario = try #require((document["scenarios"] as? [[String: Any]])?.first)
        let exit = try #require((scenario["uittreding"] as? [[String: Any]])?.first)
        #expect(exit["verrekening"] as? Int == -7_652)
    }

    @Test func theIndexOfAVariantIsAOneTimeStepSoTheDifferenceStaysTwoAndAHalfPercent() throws {
        let result = try InProcess.run(["scenario", Self.midden, "--index", "personeel=2,5%", "--jaren", "3", "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let projection = try #require(try json(result.stdout)["meerjarenraming"] as? [String: Any])
        let variants = try #require(projection["varianten"] as? [[String: Any]])
        let totals = variants.map { ($0["jaren"] as? [[String: Any]] ?? []).compactMap { ($0["totaal"] as? NSNumber)?.decimalValue } }
        #expect(totals[0].count == 4)
        // Personnel 532.010 + 0 + 20.917: 2,5% per line to cents = 13.300,25 + 0 + 522,93.
        for (variant, basis) in zip(totals[1], totals[0]) { #expect(abs(variant - basis - Decimal(string: "13823.18")!) < Decimal(string: "0.001")!) }
        let withYearly = try InProcess.run(["scenario", Self.midden, "--index", "personeel=2,5%", "--raming-index", "personeel=3%", "--jaren", "3", "--formaat", "json"])
        #expect(withYearly.status == 0, "\(withYearly.stderr)")
        let parameters = try #require(try json(withYearly.stdout)["meerjarenraming"] as? [String: Any])
        #expect((parameters["parameters"] as? String)?.contains("jaarlijkse indexatie voor basis en elke variant gelijk: personeel 3%") == true)
    }

    @Test func namedVariantsStandSideBySideWithScenarioFiles() throws {
        let result = try InProcess.run([
            "scenario", Self.midden, "--scenario", "pok-vervalt", "--variant", "Weert treedt uit: uittreden=Weert",
            "--variant", "Indexatie 3%: index=personeel=3%; sleutel=Inwoners", "--formaat", "json", "--jaren", "0",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try json(result.stdout)
        let names = (document["scenarios"] as? [[String: Any]] ?? []).compactMap { $0["naam"] as? String }
        #expect(names == ["POK vervalt", "Weert treedt uit", "Indexatie 3%"])
        #expect(document["meerjarenraming"] == nil)
        let html = try InProcess.run(["scenario", Self.midden, "--variant", "Weert uit: uittreden=Weert", "--formaat", "html"])
        #expect(html.stdout.contains("Verschil met de basis per gemeente"))
        #expect(html.stdout.contains("<polyline"))
        let csv = try InProcess.run(["scenario", Self.midden, "--variant", "Weert uit: uittreden=Weert", "--gevoeligheid", "--formaat", "csv"])
        #expect(csv.stdout.contains("\r\nMeerjarenraming basis"))
        #expect(csv.stdout.contains("\r\nGevoeligheid"))
        #expect(csv.stdout.contains("\r\nUittreding"))
    }

    @Test func aSweepOfMoreThanAHundredPointsRunsInOneProcess() throws {
        let result = try InProcess.run([
            "scenario", Self.noord, "--reeks", "index.personeel=0..5:0,5", "--reeks", "fte.procesregie=0..9:1", "--jaren", "0", "--formaat", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let sweep = try #require(try json(result.stdout)["reeks"] as? [String: Any])
        #expect((sweep["punten"] as? [Any])?.count == 110)
        let csv = try InProcess.run(["scenario", Self.noord, "--reeks", "index.personeel=0..5:0,5", "--reeks", "fte.procesregie=0..9:1", "--jaren", "0", "--formaat", "csv"])
        #expect(csv.stdout.contains("\r\nReeks: bijdrage per gemeente per rasterpunt"))
        let html = try InProcess.run(["scenario", Self.noord, "--reeks", "index.personeel=0..5:0,5", "--formaat", "html"])
        #expect(html.stdout.contains("Reeks: bijdrage per gemeente"))
    }

    @Test func impossibleOptionsAreUsageErrorsWithNothingOnStdout() throws {
        let cases: [([String], String)] = [
            (["scenario", Self.noord, "--fte", "procesregie=-100"], "minder dan nul fte"),
            (["scenario", Self.noord, "--fte", "Procesregie=+1@95000"], ""),
            (["scenario", Self.midden, "--index", "personeel=150%"], "van -50% tot en met 100%"),
            (["scenario", Self.midden, "--index", "personeel=-60%"], "van -50% tot en met 100%"),
            (["scenario", Self.midden, "--jaren", "31"], "van 0 tot en met 30"),
            (["scenario", Self.midden, "--raming-index", "overig=75%", "--raming-index", "personeel=100%", "--raming-index", "materieel=100%", "--jaren", "30"], "te groot"),
            (["scenario", Self.midden, "--sleutel", "inwoner"], "beschikbaar: bijdragen-2022, inwoners"),
            (["scenario", Self.midden, "--uittreden", "Venlo"], "beschikbaar: Echt-Susteren"),
            (["scenario", Self.midden, "--variant", "zonder dubbele punt"], "--variant verwacht"),
            (["scenario", Self.midden, "--variant", "X: lonen=3"], "is geen wijziging"),
            (["scenario", Self.noord, "--reeks", "index.personeel=5..0:1"], "oplopende reeks"),
            (["scenario", Self.noord, "--reeks", "fte.procesregie=0..1000:0,001", "--reeks", "index.personeel=0..10:0,1"], "hoogstens 100000"),
        ]
        for (arguments, message) in cases {
            let result = try InProcess.run(arguments)
            if message.isEmpty {
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                continue
            }
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("Fout: "), "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test func impossibleScenarioFilesAreContentErrorsWithTheirPlace() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ text: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let cases: [(String, String, String)] = [
            ("ander.json", #"{ "naam": "x", "organisatie": "noord-limburg", "wijzigingen": [] }"#, ":1:31: fout: dit scenario is voor organisatie"),
            ("regel.json", "{ \"naam\": \"x\",\n  \"wijzigingen\": [\n    { \"soort\": \"regel-wijzigen\", \"regel\": \"Huur\", \"bedrag\": -742500 } ] }", ":3:5: fout: de lastenregel \"Huur\" zou negatief worden"),
            ("index.json", "{ \"naam\": \"x\",\n  \"wijzigingen\": [ { \"soort\": \"indexatie\", \"personeel\": 150 } ] }", ":2:57: fout:"),
            ("laatste.json", "{ \"naam\": \"x\",\n  \"wijzigingen\": [ { \"soort\": \"gemeente-uittreden\", \"gemeente\": \"Weert\", \"uittreedsom\": { \"jaren\": 2, \"blijvende-kosten\": [\"Hure\"] } } ] }", ":2:20: fout: de begroting heeft geen regel \"Hure\""),
        ]
        for (name, text, message) in cases {
            let path = try write(name, text)
            let result = try InProcess.run(["scenario", Self.midden, "--scenario", path])
            #expect(result.status == 65, "\(name): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(path + message), "\(name): \(result.stderr)")
        }
        let many = (0..<200).map { #"{ "soort": "regel-toevoegen", "naam": "r\#($0)", "bedrag": 900000000000 }"# }.joined(separator: ",\n")
        let overflow = try write("veel.json", "{ \"naam\": \"x\", \"wijzigingen\": [\n\(many) ] }")
        let result = try InProcess.run(["scenario", Self.midden, "--scenario", overflow])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("te groot"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUittreedsomFromTheFileIsShownWithItsRule() throws {
        let result = try InProcess.run(["scenario", Self.midden, "--scenario", "nederweert-treedt-uit"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("uittreedsom"))
        #expect(result.stdout.contains("2 jaar het aandeel in de blijvende kosten (Huur)"))
        #expect(result.stdout.contains("8.695"))
    }
}
