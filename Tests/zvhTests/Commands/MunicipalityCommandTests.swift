import Foundation
import Testing

/// `zvh gemeente`: the change split into bijdrage and verrekening, the charts, the short
/// explanation, the themes and the member-side comparison with its own raming.
@Suite struct MunicipalityCommandTests {
    static func temporaryFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-raming-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func roermondsChangeSeparatesTheStructuralFromTheOneOff() throws {
        let result = try InProcess.run(["gemeente", "Roermond", "--formaat", "json"])
        #expect(result.status == 0)
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let periods = try #require(document["perioden"] as? [[String: Any]])
        #expect(periods[0]["verandering"] is NSNull)
        let change = try #require(periods[1]["verandering"] as? [String: Any])
        #expect(change["bijdrage"] as? Int == -905)
        #expect(change["verrekening"] as? Int == -31936)
        #expect(change["definitief"] as? Int == -32841)
        #expect(change["ten-opzichte-van"] as? String == "2021")
        let text = try InProcess.run(["gemeente", "Roermond"])
        #expect(text.stdout.contains("bijdrage (structureel)"))
        #expect(text.stdout.contains("-0,6%"))
    }

    @Test func aPartYearIsComparedProRataAndTheChangesAddUp() throws {
        let result = try InProcess.run(["gemeente", "Stein", "--formaat", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let periods = try #require(document["perioden"] as? [[String: Any]])
        let change = try #require(periods.last?["verandering"] as? [String: Any])
        #expect(change["ten-opzichte-van"] as? String == "7/12 van 2023")
        let parts = try ["bijdrage", "verrekening", "definitief"].map { try #require(change[$0] as? NSNumber).decimalValue }
        #expect(parts[0] + parts[1] == parts[2])
    }

    @Test func htmlHasTheLineChartAndTheBarsPerInhabitant() throws {
        let result = try InProcess.run(["gemeente", "Roermond", "--formaat", "html"])
        #expect(result.stdout.contains("<polyline"))
        #expect(result.stdout.contains("Definitief per inwoner, Begroting 2022"))
        #expect(result.stdout.contains("Stand van de gegevens: Jaarrekening 2021"))
    }

    @Test func uitlegIsShortNumberedSteps() throws {
        let result = try InProcess.run(["gemeente", "Leudal", "--uitleg"])
        #expect(result.stdout.contains("1. Te verdelen 550.968"))
        #expect(result.stdout.contains("Definitief: 81.598 − 1.961 − 14.484 = 65.153."))
        #expect(result.stdout.contains("T.o.v. 2021: bijdrage -296 (structureel), verrekening -16.445 (eenmalig), definitief -16.741."))
    }

    @Test func aBudgetWithThemesShowsTheMembersPartPerTheme() throws {
        let result = try InProcess.run(["gemeente", "Mook en Middelaar", "--formaat", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let periods = try #require(document["perioden"] as? [[String: Any]])
        let themes = try #require(periods[0]["per-thema"] as? [[String: Any]])
        let mda = try #require(themes.first { $0["naam"] as? String == "MDA++" })
        #expect(mda["bijdrage"] is NSNull, "Mook en Middelaar does not take part in MDA++")
        let text = try InProcess.run(["gemeente", "Mook en Middelaar"])
        #expect(text.stdout.contains("neemt niet deel"))
    }

    @Test func eigenRamingComparesPerYearWithPlusAsVoordeel() throws {
        let file = try Self.temporaryFile("jaar;bedrag\n2022;130.000\n# volgend jaar\n2023;135.000,50\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try InProcess.run(["gemeente", "Roermond", "--eigen-raming", file.path, "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["eigen-raming"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["zvh-raming"] as? Int == 126522)
        #expect(rows[0]["eigen-raming"] as? Int == 130000)
        #expect(rows[0]["verschil"] as? Int == 3478)
        #expect(rows[1]["zvh-raming"] is NSNull)
        let text = try InProcess.run(["gemeente", "Roermond", "--eigen-raming", file.path])
        #expect(text.stdout.contains("Eigen raming"))
        #expect(text.stdout.contains("geen begroting van dit jaar gelezen"))
    }

    @Test(arguments: [
        ("2022;130.5\n", ":1:6: fout: '130.5' is geen bedrag"),
        ("jaar;bedrag\n2022,130000\n", ":2:12: fout: verwacht twee velden 'jaar;bedrag', gevonden 1; gebruik ';'"),
        ("2022;1;2\n", ":1:8: fout: verwacht twee velden 'jaar;bedrag', gevonden 3"),
        ("22;1000\n", ":1:1: fout: '22' is geen jaar"),
        ("2022;1000\n2022;2000\n", ":2:1: fout: het jaar 2022 staat twee keer in de eigen raming (eerst op regel 1)"),
        ("2022;\n", ":1:6: fout: '' is geen bedrag"),
        ("# leeg\n\n", ": fout: de eigen raming bevat geen enkele regel"),
        ("2022;12.34.567\n", ":1:6: fout: '12.34.567' is geen bedrag"),
        ("2022;1.000,123\n", "is geen bedrag"),
    ])
    func badEigenRamingNamesFileLineAndColumn(content: String, fragment: String) throws {
        let file = try Self.temporaryFile(content)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try InProcess.run(["gemeente", "Roermond", "--eigen-raming", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(file.path), "\(result.stderr)")
        #expect(result.stderr.contains(fragment), "\(result.stderr)")
    }

    @Test func eigenRamingThatIsNotTextOrMissing() throws {
        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-raming-\(UUID().uuidString).csv")
        try Data([0x32, 0x30, 0x32, 0x32, 0x3B, 0xFF, 0xFE]).write(to: binary)
        defer { try? FileManager.default.removeItem(at: binary) }
        let notText = try InProcess.run(["gemeente", "Roermond", "--eigen-raming", binary.path])
        #expect(notText.status == 65)
        #expect(notText.stderr.contains("geen tekst"))
        let missing = try InProcess.run(["gemeente", "Roermond", "--eigen-raming", "/tmp/zvh-bestaat-niet.csv"])
        #expect(missing.status == 66)
        #expect(missing.stdout.isEmpty)
    }

    @Test func theOutputNeverReplacesTheOwnRaming() throws {
        let file = try Self.temporaryFile("2022;130000\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try InProcess.run(["gemeente", "Roermond", "--eigen-raming", file.path, "--uitvoer", file.path])
        #expect(result.status == 64)
        #expect(try String(contentsOf: file, encoding: .utf8) == "2022;130000\n")
    }
}
