import Foundation
import Testing

@Suite struct KadernotaCommandTests {
    static let budget = "Budgets/midden-limburg/begroting-2022.json"

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try InProcess.run(arguments + ["--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func cents(_ value: Any?) -> Int64? {
        // Through the number's text: JSONSerialization reads decimals as binary doubles.
        (value as? NSNumber).flatMap { Decimal(string: $0.stringValue) }.map { Int64(truncating: NSDecimalNumber(decimal: $0 * 100)) }
    }

    @Test func kadernotaYearsEqualZvhScenarioBasisAndTheEffectsAddUp() throws {
        let options = ["--raming-index", "personeel=3,2%", "--raming-index", "materieel=1,6%", "--jaren", "3"]
        let nota = try json(["kadernota", Self.budget] + options)
        let scenario = try json(["scenario", Self.budget] + options)
        let basis = try #require(((scenario["meerjarenraming"] as? [String: Any])?["varianten"] as? [[String: Any]])?.first)
        let basisYears = try #require(basis["jaren"] as? [[String: Any]])
        let members = try #require(nota["gemeenten"] as? [[String: Any]])
        #expect(members.count == 7)
        for member in members {
            let name = try #require(member["gemeente"] as? String)
            let years = try #require(member["jaren"] as? [[String: Any]])
            #expect(years.count == 4)
            for (year, expected) in zip(years, basisYears) {
                #expect(year["jaar"] as? Int == expected["jaar"] as? Int)
                #expect(cents(year["bedrag"]) == cents((expected["bijdragen"] as? [String: Any])?[name]), "\(name)")
                let effects = try #require(year["effecten"] as? [String: Any])
                let sum = ["index", "volume", "sleutel", "verrekening"].compactMap { cents(effects[$0]) }.reduce(0, +)
                #expect(sum == cents(year["verandering"]))
                #expect(year["effecten-tellen-op"] as? Bool == true)
                #expect(cents(year["structureel"])! + cents(year["incidenteel"])! == cents(year["bedrag"]))
            }
        }
        #expect((nota["prijsniveau"] as? String)?.hasPrefix("lopende prijzen (prijspeil 2022") == true)
    }

    @Test func theCycleComesFromTheRegelingAndEveryFormatRenders() throws {
        let example = "Budgets/midden-limburg/voorbeelden/begroting-2022-risicos.json"
        let nota = try json(["kadernota", example])
        let cycle = try #require(nota["cyclus"] as? [[String: Any]])
        #expect(cycle.first?["stap"] as? String == "kadernota")
        #expect(cycle.first?["datum"] as? String == "2021-04-15")
        #expect(nota["prijsniveau"] as? String == "constante prijzen 2022")
        for format in ["tekst", "markdown", "csv", "html"] {
            let result = try InProcess.run(["kadernota", example, "--formaat", format])
            #expect(result.status == 0, "\(format)")
            #expect(result.stdout.contains("constante prijzen 2022"), "\(format)")
        }
        let scenario = try InProcess.run(["scenario", Self.budget])
        #expect(scenario.stdout.contains("Prijsniveau: constante prijzen 2022"))
    }

    @Test func badKadernotaOptionsAreUsageErrorsAndABadScenarioNamesItsPlace() throws {
        for arguments in [["--bron", "loon=CPB"], ["--bron", "personeel="], ["--bron", "personeel=CPB@"], ["--jaren", "99"], ["--raming-index", "personeel=veel"]] {
            let result = try InProcess.run(["kadernota", Self.budget] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(arguments[0]), "\(arguments): \(result.stderr)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-kadernota-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("volume.json")
        try "{\n  \"naam\": \"x\",\n  \"wijzigingen\": [\n    { \"soort\": \"regel-verwijderen\", \"regel\": \"Huurr\" }\n  ]\n}\n".write(to: file, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("nota.txt")
        let result = try InProcess.run(["kadernota", Self.budget, "--scenario", file.path, "--uitvoer", output.path])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("\(file.path):4:5: fout:"), "\(result.stderr)")
        #expect(result.stderr.contains("Huur"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aKadersFileGivesTheAssumptionsWithTheirSourcesAndOptionsGoFirst() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-kaders-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let kaders = directory.appendingPathComponent("kaders.json")
        try """
            { "naam": "Kaders", "jaren": 2,
              "indexatie": [ { "soort": "personeel", "procent": 3.2, "bron": "CPB cMEV, loonvoet sector overheid", "datum": "2022-03-10" },
                             { "soort": "materieel", "procent": 1.6 } ],
              "scenarios": [ "sleutel-naar-inwoners" ] }
            """.write(to: kaders, atomically: true, encoding: .utf8)
        let nota = try json(["kadernota", Self.budget, "--kaders", kaders.path, "--raming-index", "materieel=2%"])
        #expect((nota["jaren"] as? [Int]) == [2022, 2023, 2024])
        let assumptions = try #require(nota["uitgangspunten"] as? [[String: Any]])
        let personnel = try #require(assumptions.first { ($0["onderwerp"] as? String)?.hasSuffix("personeel") == true })
        #expect(personnel["bron"] as? String == "CPB cMEV, loonvoet sector overheid")
        #expect(personnel["datum"] as? String == "2022-03-10")
        let material = try #require(assumptions.first { ($0["onderwerp"] as? String)?.hasSuffix("materieel") == true })
        #expect(material["waarde"] as? String == "2% per jaar")
        #expect(material["bron"] is NSNull)
        let scenario = try json(["scenario", Self.budget, "--scenario", "sleutel-naar-inwoners", "--jaren", "2", "--raming-index", "personeel=3,2%", "--raming-index", "materieel=2%"])
        let variant = try #require(((scenario["meerjarenraming"] as? [String: Any])?["varianten"] as? [[String: Any]])?.last)
        let roermond = try #require((nota["gemeenten"] as? [[String: Any]])?.first { $0["gemeente"] as? String == "Roermond" })
        let years = try #require(roermond["jaren"] as? [[String: Any]])
        for (year, expected) in zip(years, try #require(variant["jaren"] as? [[String: Any]])) {
            #expect(cents(year["bedrag"]) == cents((expected["bijdragen"] as? [String: Any])?["Roermond"]))
        }
        try #"{ "jaren": 2, "indexatie": [ { "soort": "personeel", "procent": 300 } ] }"#.write(to: kaders, atomically: true, encoding: .utf8)
        let bad = try InProcess.run(["kadernota", Self.budget, "--kaders", kaders.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(kaders.path):1:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("300"))
        #expect(bad.stdout.isEmpty)
    }
}
