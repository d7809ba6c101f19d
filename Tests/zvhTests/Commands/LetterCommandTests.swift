import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `zvh brief`: the contribution letter renders the statement's figures, the change
/// split into structural and one-off, and every finding that touches the member.
@Suite struct LetterCommandTests {
    static let begroting = "Budgets/midden-limburg/begroting-2022.json"
    /// The bundled begroting 2022 returns 27.461 more than the 2021 result (a fout on
    /// every member's settlement): its letters go out only as a draft, exit 1.
    static let draft = ["--concept"]

    static func document(_ arguments: [String], status: Int32 = 1) throws -> [String: Any] {
        let result = try InProcess.run(arguments + ["--formaat", "json"] + (status == 1 ? draft : []))
        #expect(result.status == status, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func leudalPaysItsDefinitiefWithBothSettlementComponentsAndThePublishedDifference() throws {
        let letter = try Self.document(["brief", "Leudal", Self.begroting])
        #expect(letter["definitief"] as? Int == 65153)
        #expect(letter["bijdrage"] as? Int == 81598)
        let components = try #require(letter["verrekening-per-component"] as? [[String: Any]])
        #expect(components.map { $0["bedrag"] as? Int } == [-1961, -14484])
        #expect(components.map { $0["naam"] as? String } == ["onderbesteding 2021", "POK 2021"])
        let findings = try #require(letter["bevindingen"] as? [[String: Any]])
        #expect(findings.contains { $0["gevonden"] as? Int == -16446 && ($0["gemeenten"] as? [String]) == ["Leudal"] })
        #expect(findings.allSatisfy { ($0["gemeenten"] as? [String])?.contains("Leudal") == true })
        // The instalments of organisatie.json's four due days, exact to the cent, add up to the definitief.
        let instalments = try #require(letter["voorschotten"] as? [[String: Any]])
        #expect(instalments.count == 4)
        #expect(instalments.compactMap { ($0["bedrag"] as? NSNumber).map { Int(($0.doubleValue * 100).rounded()) } }.reduce(0, +) == 6_515_300)
        #expect(instalments.map { $0["vervaldatum"] as? String } == ["2022-02-01", "2022-05-01", "2022-08-01", "2022-11-01"])
    }

    @Test func theComparisonWithTheYearBeforeIsSplitIntoStructuralAndOneOff() throws {
        let letter = try Self.document(["brief", "roermond", Self.begroting])
        let change = try #require(letter["vergelijking"] as? [String: Any])
        #expect(change["bijdrage"] as? Int == -905)
        #expect(change["verrekening"] as? Int == -31936)
        #expect(change["definitief"] as? Int == -32841)
        let text = try InProcess.run(["brief", "Roermond", Self.begroting] + Self.draft)
        #expect(text.stdout.contains("Aan: Het college van burgemeester en wethouders, van de gemeente Roermond"))
        #expect(text.stdout.contains("Structureel verandert uw bijdrage met -905"))
        let flowing = text.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(flowing.contains("De bijdrage van de gemeente Roermond over 2022 bedraagt € 126.522."))
        #expect(flowing.contains("het deel van Roermond is € 3.809 terug"))
    }

    @Test func aLetterWithoutAnEarlierPeriodSaysSo() throws {
        let result = try InProcess.run(["brief", "Venlo", "Budgets/noord-limburg/begroting-2024.json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Er is geen eerdere periode van het Zorg- en Veiligheidshuis Noord-Limburg om mee te vergelijken."))
        #expect(result.stdout.contains("Thema \"MDA++\""))
    }

    @Test func everyFormatRendersTheLetter() throws {
        for format in ["tekst", "markdown", "csv", "json", "html"] {
            let result = try InProcess.run(["brief", "Leudal", Self.begroting, "--formaat", format] + Self.draft)
            #expect(result.status == 1, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("65.153") || result.stdout.contains("65153"), "\(format)")
        }
        let html = try InProcess.run(["brief", "Leudal", Self.begroting, "--formaat", "html"] + Self.draft)
        let parser = XMLParser(data: Data(html.stdout.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(html.stdout.contains("counter(page)"))
        #expect(html.stdout.contains("Stand van de gegevens: de Begroting 2022 van het Zorg- en Veiligheidshuis Midden-Limburg"))
    }

    @Test func alleWritesOneLetterPerMemberIntoAFolder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-brieven-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try InProcess.run(["brief", "--alle", Self.begroting, "--uitvoer", directory.path, "--formaat", "json"] + Self.draft)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files.count == 8)
        #expect(files.contains("bijdragebrief-midden-limburg-2022-echt-susteren.json"))
        #expect(files.contains("bijdragebrieven-midden-limburg-2022-overzicht.json"))
        let leudal = try Data(contentsOf: directory.appendingPathComponent("bijdragebrief-midden-limburg-2022-leudal.json"))
        let document = try #require(JSONSerialization.jsonObject(with: leudal) as? [String: Any])
        #expect(document["definitief"] as? Int == 65153)
        // Written again over its own letters: fine; into the budgets' folder: refused.
        #expect(try InProcess.run(["brief", "--alle", Self.begroting, "--uitvoer", directory.path] + Self.draft).status == 1)
        let refused = try InProcess.run(["brief", "--alle", Self.begroting, "--uitvoer", "Budgets/midden-limburg"] + Self.draft)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("map van de begrotingen"))
    }

    @Test func wrongUseIsAUsageErrorWithNothingOnStandardOutput() throws {
        let cases: [([String], String)] = [
            (["brief", "Leudaal", Self.begroting], "bedoelde u 'Leudal'?"),
            (["brief", "Leudal", "Budgets/midden-limburg/jaarrekening-2021.json"], "hoort bij een begroting"),
            (["brief", "--alle", Self.begroting], "--uitvoer MAP"),
            (["brief", "--alle", "Leudal", Self.begroting, "--uitvoer", "/tmp"], "alleen de begroting"),
            (["brief", Self.begroting], "geef een gemeente en een begroting op"),
        ]
        for (arguments, fragment) in cases {
            let result = try InProcess.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(fragment), "\(arguments): \(result.stderr)")
        }
        let missing = try InProcess.run(["brief", "Leudal", "Budgets/bestaat-niet.json"])
        #expect(missing.status == 66)
        #expect(missing.stdout.isEmpty)
    }

    @Test func aBrokenBegrotingNamesFileLineAndColumn() throws {
        let broken = "Tests/zvhTests/Corpus/bad-input/10-onbekende-sleutel-begrot.json"
        let result = try InProcess.run(["brief", "Leudal", broken])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(broken + ":"))
        #expect(result.stderr.contains("bedoelde u \"begroot\"?"))
    }

    @Test func aBrokenFileBesideTheBegrotingIsNamedAndTheLetterStillWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-naast-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = ZVHProcess.packageRoot.appendingPathComponent(Self.begroting)
        try FileManager.default.copyItem(at: source, to: directory.appendingPathComponent("begroting-2022.json"))
        try Data("{ \"soort\": ".utf8).write(to: directory.appendingPathComponent("kapot.json"))
        let result = try InProcess.run(["brief", "Leudal", directory.appendingPathComponent("begroting-2022.json").path, "--formaat", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("kapot.json:1:"))
        #expect(result.stderr.contains("overgeslagen: niet meegelezen"))
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["definitief"] as? Int == 65153)
        #expect(document["vergelijking"] is NSNull)
    }
}
