import Foundation
import Testing
import ZVHFinance
@testable import zvh

/// The command line conventions of swift-argument-parser, in Dutch frames, checked in
/// process.
@Suite struct CommandLineTests {
    func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let result = InProcess.outcome(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    @Test func helpGoesToStdoutWithExitZero() {
        for arguments in [["--help"], ["-h"], [], ["help"]] {
            let result = run(arguments)
            #expect(result.status == 0)
            #expect(result.out.hasPrefix("OMSCHRIJVING: "))
            #expect(result.out.contains("SUBCOMMANDO'S:"))
            #expect(result.err.isEmpty)
        }
    }

    @Test func subcommandHelpListsArgumentsAndOptions() {
        for arguments in [["help", "begroting"], ["begroting", "--help"], ["begroting", "-h"]] {
            let result = run(arguments)
            #expect(result.status == 0)
            #expect(result.out.contains("GEBRUIK: zvh begroting <bestand>"))
            #expect(result.out.contains("ARGUMENTEN:"))
            #expect(result.out.contains("--formaat <formaat>"))
        }
    }

    /// Words of the English frames and help texts that must not reach a Dutch user.
    static let englishWords: Set<String> = [
        "error", "usage", "see", "information", "overview", "options", "arguments", "subcommand", "subcommands", "stdout", "stderr", "missing", "required",
    ]

    /// The English words in a text, as whole words.
    static func englishWords(in text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init).filter(englishWords.contains)
    }

    /// `--uitvoer --formaat json` forgot the file name: refused (exit 64, nothing written)
    /// rather than writing a file named `--formaat`; `--uitvoer=--x` still names such a file.
    @Test func anOptionIsNeverTakenAsTheValueOfTheOptionBefore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-optie-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["begroting", "Budgets/noord-limburg/begroting-2024.json", "--uitvoer", "--formaat", "json"])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("Fout: de optie '--uitvoer' mist een waarde <bestand>: '--formaat' is een optie"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: "--formaat"))
        let explicit = folder.appendingPathComponent("--x").path
        #expect(run(["begroting", "Budgets/noord-limburg/begroting-2024.json", "--uitvoer=\(explicit)"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: explicit))
        // A negative amount stays a value.
        #expect(run(["scenario", "Budgets/noord-limburg/begroting-2024.json", "--fte", "procesregie=-1"]).status != 64)
    }

    @Test func aUsageErrorIsFramedInDutchWithoutAnEnglishWord() {
        let result = run(["begroting"])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        let lines = result.err.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty, "\(result.err)")
        #expect(lines.first == "Fout: het argument <bestand> ontbreekt")
        #expect(lines.dropFirst().first?.hasPrefix("Gebruik: zvh begroting <bestand> [--formaat <formaat>] [--uitvoer <bestand>] [--centen]") == true)
        #expect(lines.dropFirst(2).first == "  Zie 'zvh help begroting' voor meer informatie.")
        #expect(Self.englishWords(in: result.err).isEmpty, "\(Self.englishWords(in: result.err))")
        let unknown = run(["--versie"])
        #expect(unknown.err.hasSuffix("Gebruik: zvh <subcommando>\n  Zie 'zvh --help' voor meer informatie.\n"), "\(unknown.err)")
    }

    @Test func everyHelpPageHasDutchSectionsAndNoEnglishWord() {
        let pages = [["help"], ["help", "help"]] + ZVH.commands.map { ["help", $0.name] }
        for arguments in pages {
            let result = run(arguments)
            #expect(result.status == 0)
            #expect(result.out.hasPrefix("OMSCHRIJVING: ") && result.out.contains("\nGEBRUIK: zvh ") && result.out.contains("\nOPTIES:\n"), "\(arguments)")
            #expect(Self.englishWords(in: result.out).isEmpty, "\(arguments): \(Self.englishWords(in: result.out))")
        }
        #expect(run(["help"]).out.contains("\nSUBCOMMANDO'S:\n"))
    }

    /// The discussion of a help page is made when the page is shown, not with the
    /// command table: `zvh help check` still lists every rule with its summary.
    @Test func checkHelpListsEveryRuleWithItsSummary() {
        for arguments in [["help", "check"], ["check", "--help"], ["controleer", "-h"]] {
            let page = run(arguments).out
            for rule in Checker.allRules {
                #expect(page.contains("\n  \(rule.name): \(rule.summary)\n"), "\(arguments): \(rule.name)")
            }
        }
    }

    @Test func requiredOptionsAreShownAsRequired() {
        let new = run(["help", "nieuw"]).out
        #expect(new.contains("GEBRUIK: zvh nieuw --organisatie <code> --naam <naam> --gemeenten <namen> [--jaar <jaar>]"), "\(new)")
        #expect(new.contains("bv. midden-limburg. (verplicht)"))
        let bookings = run(["boekingen", "a.json"])
        #expect(bookings.err.contains("Gebruik: zvh boekingen <budgetbestand> <boekingen> --regels <bestand> [--tot <datum>]"), "\(bookings.err)")
    }

    @Test func versionIsPrinted() {
        let result = run(["--version"])
        #expect(result.status == 0)
        #expect(result.out == "zvh \(ZVH.version)\n")
    }

    @Test func usageErrorsGoToStderrWithExit64() {
        let unknown = run(["begrotnig"])
        #expect(unknown.status == 64)
        #expect(unknown.out.isEmpty)
        #expect(unknown.err.hasPrefix("Fout: onbekend subcommando 'begrotnig'; bedoelde u 'begroting'?\nGebruik: "))

        let missing = run(["begroting"])
        #expect(missing.status == 64)
        #expect(missing.err.contains("<bestand> ontbreekt"))

        let badOption = run(["begroting", "x.json", "--formaat", "docx"])
        #expect(badOption.status == 64)
        #expect(badOption.err.contains("kies uit: tekst, markdown, csv, json, html, xlsx, pdf"))

        let typo = run(["begroting", "x.json", "--fromaat", "json"])
        #expect(typo.status == 64)
        #expect(typo.err.contains("bedoelde u '--formaat'?"))

        let extra = run(["begroting", "a.json", "b.json"])
        #expect(extra.status == 64)
    }

    @Test func optionsTakeTheirValueWithEqualsOrSpaceAndDoubleDashEndsOptions() {
        let equals = run(["begroting", "--formaat=json", "--", "--bestaat-niet.json"])
        #expect(equals.status == 66)
        #expect(equals.err.contains("--bestaat-niet.json: fout: bestand niet gevonden"))
    }
}
