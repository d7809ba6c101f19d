import Testing
import ZVHFinance
@testable import zvh

/// Every option is declared once, with a typed parser; the help, the parser and the
/// options value a command runs with all come from those declarations.
@Suite struct TypedOptionsTests {
    /// The parsed command line of `arguments` for a command, or nil when the parser refuses it.
    func parsed(_ arguments: [String], for command: String) -> ParsedCommandLine? {
        guard let spec = ZVH.command(named: command), case .parsed(let commandLine) = ArgumentParser.parse(arguments, for: spec) else { return nil }
        return commandLine
    }

    @Test func noCommandDeclaresAnOptionTwice() {
        for command in ZVH.commands {
            let names = command.options.map(\.long) + command.flags.map(\.long)
            #expect(Set(names).count == names.count, "\(command.name): \(names)")
        }
    }

    @Test func theHelpOfEveryCommandShowsEachDeclaredOptionWithItsValueAndHelp() {
        for command in ZVH.commands {
            let help = HelpFormatter.help(for: command)
            for option in command.options {
                #expect(help.contains("--\(option.long) <\(option.valueName)>"), "\(command.name) --\(option.long)")
                #expect(help.contains(option.help), "\(command.name) --\(option.long)")
                if !option.allowed.isEmpty { #expect(help.contains("(waarden: \(option.allowed.joined(separator: ", ")))")) }
            }
            for flag in command.flags { #expect(help.contains("--\(flag.long)") && help.contains(flag.help), "\(command.name) --\(flag.long)") }
        }
    }

    @Test func theReportGroupReadsTheSameOptionsForEveryReportCommand() throws {
        for command in ["begroting", "jaarrekening", "verrekening", "gemeente", "risicos"] {
            let first = command == "gemeente" ? ["Beek"] : ["a.json"]
            let commandLine = try #require(parsed(first + ["--formaat=json", "--centen", "--uitvoer", "uit.json"], for: command), "\(command)")
            let report = try ReportCommandOptions(commandLine)
            #expect(report.format == .json && report.output == "uit.json" && report.rendering.unit == .cent, "\(command)")
        }
        let plain = try ReportCommandOptions(try #require(parsed(["a.json"], for: "begroting")))
        #expect(plain.format == .tekst && plain.output == nil && plain.rendering == ReportOptions() && plain.scope == .organisation && !plain.isDraft)
        let books = try ReportCommandOptions(try #require(parsed(["a.json", "--alleen-bestand", "--concept"], for: "voorschotten")))
        #expect(books.scope == .namedFiles && books.isDraft)
    }

    @Test func aCommandsOwnDefaultFormatIsItsDeclaration() throws {
        let iv3 = try Iv3Command.Options(try #require(parsed(["a.json"], for: "iv3")))
        #expect(iv3.report.format == .csv)
        let check = try CheckCommandOptions(try #require(parsed([], for: "check")))
        #expect(check.checks == CheckOptions(tolerance: Money(euros: 1), proRataThresholdPercent: Quantity(10)))
        #expect(check.rules.count == Checker.allRules.count && !check.isStrict)
    }

    @Test func aRefusedValueNamesItsOptionBeforeAnyFileIsRead() {
        var out = ""
        var err = ""
        // The budget does not exist: the refused option is reported (64), not the missing file (66).
        let status = ZVH.run(arguments: ["scenario", "bestaat-niet.json", "--index", "personeel=200%"], stdout: &out, stderr: &err)
        #expect(status == 64 && out.isEmpty)
        #expect(err.hasPrefix("Fout: --index: '200%' is geen percentage van -50% tot en met 100% (schrijf bv. 3,2%)\nGebruik: zvh scenario "), "\(err)")
    }

    /// Every percentage from -60 % to 110 % in steps of 0,25: accepted exactly from -50 %
    /// through 100 %, as the value written.
    @Test func anIndexationIsAcceptedExactlyInItsRange() {
        for quarter in -240...440 {
            let whole = abs(quarter) / 4
            let fraction = ["", ",25", ",5", ",75"][abs(quarter) % 4]
            let text = (quarter < 0 ? "-" : "") + "\(whole)\(fraction)%"
            let expected = Quantity.parse(typed: String(text.dropLast()))
            do throws(OptionFailure) {
                let step = try ScenarioOptions.index.parse("personeel=" + text)
                #expect((-200...400).contains(quarter), "\(text) accepted")
                #expect(step.kind == .personeel && step.percent == expected, "\(text)")
            } catch {
                #expect(!(-200...400).contains(quarter), "\(text) refused: \(error.message)")
                #expect(error.message.hasPrefix("--index: '\(text)' is geen percentage"))
            }
        }
    }

    @Test func aVariantReadsItsChangesWithTheQuickOptionsDeclarations() throws {
        let variant = try ScenarioOptions.variant("Samen: uittreden=Beek@2026; index=personeel=3%; sleutel=inwoners; fte=procesregie=+1; index=materieel=1,5%")
        let commandLine = try #require(parsed(
            ["a.json", "--uittreden", "Beek@2026", "--index", "personeel=3%", "--sleutel", "inwoners", "--fte", "procesregie=+1", "--index", "materieel=1,5%"],
            for: "scenario"))
        let quick = try #require(try ScenarioOptions.quickScenario(commandLine, name: "Samen", description: "variant van de opdrachtregel"))
        #expect(variant == quick)
        #expect(throws: OptionFailure.self) { try ScenarioOptions.variant("X: index=bogus") }
    }

    @Test func optionsThatDependOnEachOtherAreCheckedBeforeTheCommandRuns() {
        for (arguments, message) in [
            (["volgend-jaar", "bestaat-niet.json", "--sleutel", "inwoners"], "--sleutel, --sleutels-uit, --samenvoegen en --niet-verrekenen gelden voor de verrekening en vragen om --jaarrekening"),
            (["brief", "--alle", "bestaat-niet.json"], "--alle schrijft één brief per gemeente in een map; geef die map met --uitvoer MAP"),
            (["tussenrapportage", "bestaat-niet.json", "--regels", "r.json"], "--boekingen is verplicht bij --boekingen (of gebruik --prognose)"),
            (["tussenrapportage", "bestaat-niet.json", "--prognose", "--tot", "2021-09-30"], "kies één bron: --prognose (de prognosekolom van het bestand) of --boekingen met --regels en --tot, niet allebei (--tot gegeven)"),
            (["resultaatbestemming", "bestaat-niet.json", "--besluit", "AB"], "--besluit hoort bij --vaststellen DATUM"),
            (["scenario", "bestaat-niet.json", "--interactief"], "--interactief schrijft een HTML-pagina: geef ook --formaat html (en --uitvoer sessie.html)"),
        ] {
            var out = ""
            var err = ""
            let status = ZVH.run(arguments: arguments, stdout: &out, stderr: &err)
            #expect(status == 64 && err.hasPrefix("Fout: \(message)\n"), "\(arguments): \(err)")
        }
    }
}
