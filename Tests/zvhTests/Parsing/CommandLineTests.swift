import Foundation
import Testing
@testable import zvh

/// The command line conventions of swift-argument-parser, checked in process.
@Suite struct CommandLineTests {
    func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        var out = ""
        var err = ""
        let status = ZVH.run(arguments: arguments, stdout: &out, stderr: &err)
        return (status, out, err)
    }

    @Test func helpGoesToStdoutWithExitZero() {
        for arguments in [["--help"], ["-h"], [], ["help"]] {
            let result = run(arguments)
            #expect(result.status == 0)
            #expect(result.out.hasPrefix("OVERVIEW: "))
            #expect(result.out.contains("SUBCOMMANDS:"))
            #expect(result.err.isEmpty)
        }
    }

    @Test func subcommandHelpListsArgumentsAndOptions() {
        for arguments in [["help", "begroting"], ["begroting", "--help"], ["begroting", "-h"]] {
            let result = run(arguments)
            #expect(result.status == 0)
            #expect(result.out.contains("USAGE: zvh begroting <bestand>"))
            #expect(result.out.contains("ARGUMENTS:"))
            #expect(result.out.contains("--formaat <formaat>"))
        }
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
        #expect(unknown.err.hasPrefix("Error: onbekend subcommando 'begrotnig'; bedoelde u 'begroting'?\nUsage: "))

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
