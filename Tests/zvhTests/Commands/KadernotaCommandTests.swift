import Foundation
import Testing

@Suite struct KadernotaCommandTests {
    static let budget = "Budgets/midden-limburg/begroting-2022.json"
    /// The bundled begrotingen 2022 return more than the 2021 result (a fout on every
    /// member's settlement): their kadernota goes out only as a draft, exit 1.
    static let draft = ["--concept"]

    /// The JSON of a run; a kadernota as a draft (exit 1), anything else final.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let isKadernota = arguments.first == "kadernota"
        let result = try InProcess.run(arguments + ["--formaat", "json"] + (isKadernota ? Self.draft : []))
        #expect(result.status == (isKadernota ? 1 : 0), "\(result.stderr)")
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
            let result = try InProcess.run(["kadernota", example, "--formaat", format] + Self.draft)
            #expect(result.status == 1, "\(format)")
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
        let bad = try InProcess.run(["kadernota", Self.budget, "--kaders", kaders.path] + Self.draft)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(kaders.path):1:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("300"))
        #expect(bad.stdout.isEmpty)
    }
}

/// `zvh kadernota --inwoners` and the kadernota as a document that goes to the councils.
@Suite struct KadernotaInhabitantsAndDraftTests {
    static let budget = KadernotaCommandTests.budget
    static let counts = ["Echt-Susteren": 31000, "Leudal": 36500, "Maasgouw": 24000, "Nederweert": 18000, "Roerdalen": 20500, "Roermond": 61000, "Weert": 50500]
    static let published = ["Echt-Susteren": 32041, "Leudal": 36006, "Maasgouw": 24406, "Nederweert": 17492, "Roerdalen": 20806, "Roermond": 60743, "Weert": 50079]

    func folder() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-kadernota-inwoners-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func object(_ result: ZVHProcess.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theYearsFollowTheInhabitantsOfTheCSVAsAScenarioOnABudgetWithThoseCounts() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("inwoners.csv")
        try (["gemeente;inwoners;peildatum;bron"] + Self.counts.keys.sorted().map { "\($0);\(Self.counts[$0]!);2026-01-01;CBS StatLine" })
            .joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
        // The same begroting with the CSV's counts written into it, on its own (no fout then).
        var text = try String(contentsOf: ZVHProcess.packageRoot.appendingPathComponent(Self.budget), encoding: .utf8)
        for (name, count) in Self.published { text = text.replacingOccurrences(of: "\"aantal\": \(count)", with: "\"aantal\": \(Self.counts[name]!)") }
        let copy = directory.appendingPathComponent("begroting-2022.json")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let scenarioFile = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/scenarios/sleutel-naar-inwoners.json").path
        let options = ["--raming-index", "personeel=3,2%", "--scenario", scenarioFile, "--formaat", "json"]
        let nota = try ZVHProcess.run(["kadernota", Self.budget, "--inwoners", csv.path, "--bron", "inwoners=CBS StatLine@2026-02-01", "--concept"] + options)
        #expect(nota.status == 1, "\(nota.stderr)")
        let scenario = try ZVHProcess.run(["scenario", copy.path] + options)
        #expect(scenario.status == 0, "\(scenario.stderr)")
        let variant = try #require(((try object(scenario)["meerjarenraming"] as? [String: Any])?["varianten"] as? [[String: Any]])?.last)
        let expectedYears = try #require(variant["jaren"] as? [[String: Any]])
        let document = try object(nota)
        let members = try #require(document["gemeenten"] as? [[String: Any]])
        #expect(members.count == 7)
        var differsFromThePublishedCounts = false
        let atPublishedCounts = try object(ZVHProcess.run(["kadernota", Self.budget, "--concept"] + options))
        for member in members {
            let name = try #require(member["gemeente"] as? String)
            let years = try #require(member["jaren"] as? [[String: Any]])
            for (year, expected) in zip(years, expectedYears) {
                #expect(KadernotaCommandTests().cents(year["bedrag"]) == KadernotaCommandTests().cents((expected["bijdragen"] as? [String: Any])?[name]), "\(name)")
                #expect(year["effecten-tellen-op"] as? Bool == true)
            }
            let before = ((atPublishedCounts["gemeenten"] as? [[String: Any]])?.first { $0["gemeente"] as? String == name }?["jaren"] as? [[String: Any]])?.first?["bedrag"]
            if KadernotaCommandTests().cents(before) != KadernotaCommandTests().cents(years.first?["bedrag"]) { differsFromThePublishedCounts = true }
        }
        #expect(differsFromThePublishedCounts)
        let assumptions = try #require(document["uitgangspunten"] as? [[String: Any]])
        let inhabitants = try #require(assumptions.first { ($0["onderwerp"] as? String)?.hasPrefix("inwoners") == true })
        #expect(inhabitants["waarde"] as? String == "2026-01-01")
        #expect(inhabitants["bron"] as? String == "CBS StatLine")
        #expect(inhabitants["datum"] as? String == "2026-02-01")
    }

    @Test func aBadInhabitantsCSVNamesFileLineAndColumnAndWritesNothing() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("inwoners.csv")
        let output = directory.appendingPathComponent("nota.txt")
        let rows = Self.counts.keys.sorted().map { "\($0);\(Self.counts[$0]!);2026-01-01;CBS" }
        for (lines, expected) in [
            (["gemeente;inwoners;peildatum;bron", rows[0], rows[1].replacingOccurrences(of: ";36500;", with: ";veel;")] + rows[2...], "\(csv.path):3:"),
            (["gemeente;inwoners;peildatum;bron"] + rows.dropLast(), "Weert"),
        ] {
            try lines.joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
            let result = try ZVHProcess.run(["kadernota", Self.budget, "--inwoners", csv.path, "--concept", "--uitvoer", output.path])
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(result.stderr.contains("fout"))
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        let missing = try ZVHProcess.run(["kadernota", Self.budget, "--inwoners", directory.appendingPathComponent("geen.csv").path])
        #expect(missing.status == 66, "\(missing.stderr)")
    }

    @Test func aFoutInTheFiguresHoldsTheKadernotaBackAndConceptWritesADraft() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("nota.txt")
        let refused = try ZVHProcess.run(["kadernota", Self.budget, "--uitvoer", output.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("fout: de kadernota niet geschreven"), "\(refused.stderr)")
        #expect(refused.stderr.contains("verrekening-wijkt-af"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        for format in ["tekst", "markdown", "html", "json"] {
            let draft = try ZVHProcess.run(["kadernota", Self.budget, "--concept", "--formaat", format])
            #expect(draft.status == 1, "\(format): \(draft.stderr)")
            #expect(draft.stdout.contains(format == "json" ? "\"concept\": true" : "CONCEPT — bevat fouten"), "\(format)")
        }
        let pdf = directory.appendingPathComponent("nota.pdf")
        #expect(try ZVHProcess.run(["kadernota", Self.budget, "--concept", "--formaat", "pdf", "--uitvoer", pdf.path]).status == 1)
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        // A begroting without a fout goes out as it is.
        let clean = try ZVHProcess.run(["kadernota", "Budgets/noord-limburg/begroting-2024.json"])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(!clean.stdout.contains("CONCEPT"))
    }
}
