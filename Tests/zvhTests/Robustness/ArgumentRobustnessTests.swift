import Foundation
import Testing

/// Malformed option values end in `Fout: …` + `Gebruik: …` with exit 64 — never a trap.
@Suite struct ArgumentRobustnessTests {
    static let budget = "Budgets/midden-limburg/begroting-2022.json"

    static let malformedQuickOptions: [[String]] = [
        ["--uittreden", ""], ["--uittreden", "@"], ["--uittreden", "@@"], ["--uittreden", "@2020"],
        ["--uittreden", "Roermond@"], ["--uittreden", "Roermond@twintig"], ["--uittreden", "Roermond@99999999999999999999"],
        ["--fte", ""], ["--fte", "="], ["--fte", "@"], ["--fte", "=@"], ["--fte", "procesregie"], ["--fte", "procesregie="],
        ["--fte", "@MDA=1"], ["--fte", "procesregie@=1"], ["--fte", "procesregie=++1"], ["--fte", "procesregie=10001"],
        ["--fte", "procesregie=-10001"], ["--fte", "procesregie=99999999999999999999"],
        ["--index", ""], ["--index", "="], ["--index", "personeel"], ["--index", "personeel=%"], ["--index", "personeel=101%"],
        ["--index", "personeel=-51%"], ["--index", "=3"], ["--index", "huur=3"],
        ["--sleutel", ""], ["--sleutel", " "], ["--zonder-baten", ""], ["--zonder-baten", "@"],
        ["--jaren", "31"], ["--jaren", "-1"], ["--jaren", ""], ["--jaren", "99999999999999999999"],
    ]

    @Test(arguments: malformedQuickOptions)
    func aMalformedQuickOptionIsAUsageError(_ option: [String]) throws {
        let result = try ZVHProcess.run(["scenario", Self.budget] + option)
        #expect(!result.endedBySignal)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Fout: "))
        #expect(result.stderr.contains("\nGebruik: zvh scenario"))
    }

    @Test func quickOptionsAtTheirBoundsAreAccepted() throws {
        let bounds = try ZVHProcess.run(["scenario", Self.budget, "--index", "personeel=100%", "--index", "materieel=-50%", "--fte", "procesregie=-10000"])
        let firstLine = bounds.stderr.split(separator: "\n").first ?? ""
        #expect(!firstLine.contains("--index") && !firstLine.contains("--fte"), "\(bounds.stderr)")
        #expect(!bounds.endedBySignal)
        let years = try ZVHProcess.run(["scenario", Self.budget, "--index", "personeel=3,2%", "--jaren", "30"])
        #expect(years.status == 0, "\(years.stderr)")
    }

    @Test func helpOfHelpExitsZero() throws {
        let result = try ZVHProcess.run(["help", "help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OMSCHRIJVING: Toon hulp"))
        #expect(result.stdout.contains("GEBRUIK: zvh help [<subcommando>]"))
        #expect(result.stderr.isEmpty)
    }

    @Test func aHugeToleranceIsCalledTooLarge() throws {
        let result = try ZVHProcess.run(["check", "--tolerantie", "999999999999999"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("is te groot"))
        #expect(!result.stderr.contains("nul of meer"))
    }
}
