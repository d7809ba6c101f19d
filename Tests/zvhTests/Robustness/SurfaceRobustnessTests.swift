import Foundation
import Testing
import ZVHFinance

/// The surfaces of issue 25, end to end through the built `zvh`, one test per class of
/// defect and command it applies to, on the files in `Tests/zvhTests/Corpus/surfaces/`
/// and on large files made here.
@Suite struct SurfaceRobustnessTests {
    static let corpus = ZVHProcess.packageRoot.appendingPathComponent("Tests/zvhTests/Corpus/surfaces")
    static func corpus(_ name: String) -> String { corpus.appendingPathComponent(name).path }
    static let begroting = "Budgets/midden-limburg/begroting-2022.json"

    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    // MARK: 1. Letter file names

    @Test func lettersOfMembersThatDifferOnlyInPunctuationAreOneFilePerMember() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("brieven")
        let result = try ZVHProcess.run(["brief", "--alle", Self.corpus("leden-alleen-leestekens.json"), "--uitvoer", output.path, "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let budget = try BudgetLoader.load(Self.corpus("leden-alleen-leestekens.json"))
        let written = Self.files(in: output).filter { !$0.hasSuffix("-overzicht.json") }
        // One letter per member, and the summary sheet beside them.
        #expect(written.count == budget.organisation.members.count)
        #expect(Self.files(in: output).count == budget.organisation.members.count + 1)
        // Each letter names its own member; the summary names every letter's file.
        let summary = try #require(Self.files(in: output).first { $0.hasSuffix("-overzicht.json") })
        let listed = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(summary))) as? [String: Any]
        #expect(Set(((listed?["brieven"] as? [[String: Any]]) ?? []).compactMap { $0["bestand"] as? String }) == Set(written))
        var named: Set<String> = []
        for name in written {
            let data = try Data(contentsOf: output.appendingPathComponent(name))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            if let member = object?["gemeente"] as? String { named.insert(member) }
        }
        #expect(named == Set(budget.organisation.members.map(\.name)))
    }

    @Test func aNameTooLongForTheFileSystemIsShortenedAndEveryLetterIsWritten() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ZVHProcess.run(["brief", "--alle", Self.corpus("lange-gemeentenaam.json"), "--uitvoer", folder.path, "--formaat", "xlsx"])
        #expect(result.status == 0, "\(result.stderr)")
        let written = Self.files(in: folder)
        #expect(written.count == 5)  // four letters and the summary sheet
        #expect(written.allSatisfy { $0.utf8.count <= 255 })
    }

    @Test func aBatchThatCannotBeWrittenWholeWritesNothing() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("eerst")
        _ = try ZVHProcess.run(["brief", "--alle", Self.corpus("leden-alleen-leestekens.json"), "--uitvoer", first.path])
        let names = Self.files(in: first)
        // A folder where the fifth letter goes: refused before any letter is written.
        let second = folder.appendingPathComponent("tweede")
        try FileManager.default.createDirectory(at: second.appendingPathComponent(names[4]), withIntermediateDirectories: true)
        let result = try ZVHProcess.run(["brief", "--alle", Self.corpus("leden-alleen-leestekens.json"), "--uitvoer", second.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains(names[4]))
        #expect(Self.files(in: second) == [names[4]])
    }

    @Test func lettersAreNeverWrittenInAFolderAScanOfTheBudgetsReads() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let budgets = folder.appendingPathComponent("regio")
        try FileManager.default.createDirectory(at: budgets, withIntermediateDirectories: true)
        let budget = budgets.appendingPathComponent("begroting-2025.json").path
        try FileManager.default.copyItem(atPath: Self.corpus("leden-alleen-leestekens.json"), toPath: budget)
        for target in [budgets.path, folder.path, budgets.appendingPathComponent("brieven").path, folder.appendingPathComponent("Budgets/x").path] {
            if target.hasSuffix("Budgets/x") { try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("Budgets").path, withIntermediateDirectories: true) }
            let result = try ZVHProcess.run(["brief", "--alle", budget, "--uitvoer", target], in: folder)
            #expect(result.status == 64, "\(target): \(result.stderr)")
            #expect(result.stderr.contains("weigert"))
            #expect(!FileManager.default.fileExists(atPath: budgets.appendingPathComponent("brieven").path))
            #expect(Self.files(in: budgets) == ["begroting-2025.json"])
        }
        let beside = try ZVHProcess.run(["brief", "--alle", budget, "--uitvoer", folder.appendingPathComponent("brieven").path], in: folder)
        #expect(beside.status == 0, "\(beside.stderr)")
    }

    // MARK: 2. Output valid for its own parser

    @Test(arguments: [
        ["begroting", "{FILE}"], ["overzicht", "{FILE}"], ["check", "{FILE}"], ["gemeente", "<b>Eijsden</b>&amp;", "{FILE}"],
        ["brief", "<b>Eijsden</b>&amp;", "{FILE}"], ["voorschotten", "{FILE}"], ["scenario", "{FILE}", "--index", "personeel=2"],
    ])
    func jsonOfLabelsWithControlsAndBidiParsesOnStdoutAndInAFile(_ arguments: [String]) throws {
        let file = Self.corpus("stuurtekens-in-namen.json")
        let filled = arguments.map { $0 == "{FILE}" ? file : $0 }
        let result = try ZVHProcess.run(filled + ["--formaat", "json"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(result.stdout.prefix(300))")
        #expect(!result.stdout.contains("\\u{"))
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("uit.json").path
        _ = try ZVHProcess.run(filled + ["--formaat", "json", "--uitvoer", output])
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
        #expect(String(decoding: data, as: UTF8.self) == result.stdout)
    }

    @Test func filesZvhWritesForItselfFromHostileLabelsLoadAgain() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = Self.corpus("stuurtekens-in-namen.json")
        let next = folder.appendingPathComponent("begroting-2026.json").path
        let made = try ZVHProcess.run(["volgend-jaar", file, "--uitvoer", next])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try ZVHProcess.run(["begroting", next]).status == 0)
        let workbook = folder.appendingPathComponent("werkmap.xlsx").path
        #expect(try ZVHProcess.run(["begroting", file, "--formaat", "xlsx", "--uitvoer", workbook]).status == 0)
        let imported = folder.appendingPathComponent("ingelezen.json").path
        let read = try ZVHProcess.run(["importeer", workbook, "--uitvoer", imported])
        #expect(read.status == 0, "\(read.stderr)")
        let loaded = try ZVHProcess.run(["begroting", imported, "--formaat", "json"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.contains("Beek\\u202E"))
    }

    // MARK: 3. Work bounded by what is read

    @Test func oneLongSharedStringInManyCellsIsRefusedWithoutParsingItPerCell() throws {
        let clock = ContinuousClock()
        var result: ZVHProcess.Result?
        let elapsed = try clock.measure { result = try ZVHProcess.run(["importeer", Self.corpus("gedeelde-tekst-in-veel-cellen.xlsx")]) }
        #expect(result?.status == 65)
        #expect(result?.stderr.contains("meer dan 8 MiB tekst") == true, "\(result?.stderr ?? "")")
        #expect(elapsed < .seconds(20))
    }

    @Test func theSpellingHintIgnoresNamesFarLongerThanATypo() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var budget = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.corpus("leden-alleen-leestekens.json")))) as! [String: Any]
        budget["gemeenten"] = (0..<200).map { ["naam": "Gemeente \($0) " + String(repeating: "ab", count: 10_000), "inwoners": ["aantal": 1000]] }
        let path = folder.appendingPathComponent("lang.json")
        try JSONSerialization.data(withJSONObject: budget).write(to: path)
        let clock = ContinuousClock()
        var result: ZVHProcess.Result?
        let elapsed = try clock.measure {
            result = try ZVHProcess.run(["brief", String(repeating: "ab", count: 100), path.path])
        }
        #expect(result?.status == 64, "\(result?.stderr.prefix(300) ?? "")")
        #expect((result?.stderr.utf8.count ?? 0) < 4_000, "the message lists a bounded part of the members")
        #expect(elapsed < .seconds(20))
    }

    @Test func aLongDescriptionPatternAgainstLongDescriptionsTakesLinearTime() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var export = "Boekdatum;Grootboekrekening;Kostenplaats;Omschrijving;Debet;Credit\r\n"
        let description = String(repeating: "a", count: 10_000)
        for day in 0..<400 { export += "\(String(format: "%02d", day % 28 + 1))-03-2021;4300;6120;\(description);1,00;\r\n" }
        let exportPath = folder.appendingPathComponent("boekingen.csv").path
        try export.write(toFile: exportPath, atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        var result: ZVHProcess.Result?
        let elapsed = try clock.measure {
            result = try ZVHProcess.run(["boekingen", "Budgets/midden-limburg/jaarrekening-2021.json", exportPath, "--regels", Self.corpus("boekingsregels-lang-patroon.json"), "--formaat", "json"])
        }
        #expect(result?.status == 0, "\(result?.stderr.prefix(400) ?? "")")
        #expect(elapsed < .seconds(30))
    }

    // MARK: 4. Nothing written that zvh itself refuses

    /// A compact begroting of `lines` cost lines: small as read, large as zvh writes it.
    static func largeBudget(lines: Int) -> String {
        var text = #"{"soort":"begroting","organisatie":{"code":"groot","naam":"Groot"},"periode":{"jaar":2025},"bron":{"document":"test"},"#
        text += #""gemeenten":[{"naam":"Aa","inwoners":{"aantal":1000}},{"naam":"Bee","inwoners":{"aantal":2000}}],"kolommen":[{"naam":"begroot","soort":"begroot"}],"lasten":["#
        text += (0..<lines).map { #"{"naam":"R\#($0)","soort":"materieel","bedragen":{"begroot":1}}"# }.joined(separator: ",")
        text += #"],"baten":[],"verdeelsleutels":[{"naam":"inwoners","soort":"inwoners"}],"bijdragen":{"sleutel":"inwoners"}}"#
        return text
    }

    @Test func anOrdinarySheetWhoseBudgetFileWouldBeTooLargeIsRefusedAndNothingWritten() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let budget = try BudgetFileReader.read(Array(Self.largeBudget(lines: 120_000).utf8), file: "groot.json")
        let csv = BudgetSheets.csv(BudgetSheets.sheets(for: budget))
        #expect(csv.utf8.count <= BudgetLoader.maximumFileSize)
        let path = folder.appendingPathComponent("groot.csv")
        try csv.write(to: path, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("groot.json").path
        let result = try ZVHProcess.run(["importeer", path.path, "--uitvoer", output])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("groter worden dan 8 MiB"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func volgendJaarAndBoekingenRefuseABudgetFileLargerThanTheReaderTakes() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("begroting-2025.json")
        try Self.largeBudget(lines: 110_000).write(to: input, atomically: true, encoding: .utf8)
        let size = try FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int ?? 0
        #expect(size <= BudgetLoader.maximumFileSize)
        let output = folder.appendingPathComponent("uit.json").path
        let next = try ZVHProcess.run(["volgend-jaar", input.path, "--uitvoer", output])
        #expect(next.status == 65, "\(next.stderr)")
        #expect(next.stderr.contains("groter worden dan 8 MiB"))
        #expect(!FileManager.default.fileExists(atPath: output))
        // The same for `boekingen --uitvoer`, on the jaarrekening of those lines.
        let jaarrekening = folder.appendingPathComponent("jaarrekening-2025.json")
        try Self.largeBudget(lines: 110_000).replacingOccurrences(of: #""soort":"begroting""#, with: #""soort":"jaarrekening""#)
            .replacingOccurrences(of: #"{"naam":"begroot","soort":"begroot"}"#, with: #"{"naam":"begroot","soort":"begroot"},{"naam":"werkelijk","soort":"werkelijk"}"#)
            .write(to: jaarrekening, atomically: true, encoding: .utf8)
        let rules = folder.appendingPathComponent("boekingsregels.json")
        try #"{"csv":{"kolommen":{"datum":"Boekdatum","rekening":"Rekening","omschrijving":"Omschrijving","debet":"Debet","credit":"Credit"}},"regels":[{"naam":"r","rekeningen":["4000"],"regel":"R0"}]}"#
            .write(to: rules, atomically: true, encoding: .utf8)
        let export = folder.appendingPathComponent("boekingen.csv")
        try "Boekdatum;Rekening;Omschrijving;Debet;Credit\r\n10-03-2025;4000;x;1,00;\r\n".write(to: export, atomically: true, encoding: .utf8)
        let bookings = try ZVHProcess.run(["boekingen", jaarrekening.path, export.path, "--regels", rules.path, "--uitvoer", output])
        #expect(bookings.status == 65, "\(bookings.stderr)")
        #expect(bookings.stderr.contains("groter worden dan 8 MiB"))
        #expect(bookings.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    // MARK: 5. Output paths

    @Test func uitvoerThroughDevProcOrALinkThereIsRefusedAndTheRedirectedFileKept() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("uit").path, withDestinationPath: "/dev/stdout")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("apparaten").path, withDestinationPath: "/dev")
        for target in ["/dev/stdout", "/proc/self/fd/1", "/dev/../dev/stdout", "uit", "apparaten/stdout", "/sys/kernel/x"] {
            let log = folder.appendingPathComponent("log").path
            try "eerdere regels\n".write(toFile: log, atomically: true, encoding: .utf8)
            let result = try Shell.run("cd '\(folder.path)' && \"$ZVH\" voorschotten '\(ZVHProcess.packageRoot.path)/\(Self.begroting)' --uitvoer '\(target)' >> log")
            #expect(result.status == 64, "\(target): \(result.stderr)")
            #expect(try String(contentsOfFile: log, encoding: .utf8) == "eerdere regels\n", "\(target)")
        }
    }

    // MARK: 6. Messages that name the real reason

    @Test func anAmountTooLargeIsToldSoAndAHugeNumberIsShortened() throws {
        let result = try ZVHProcess.run(["importeer", Self.corpus("bedragen-te-groot.xlsx")])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasSuffix("lasten!L3: fout: 100000000000000000000 is te groot voor een bedrag (de grens is 999.999.999.999,99)"))
        #expect(lines[1].contains("999999999999999999999999… is te groot voor een bedrag"))
        #expect(lines[1].count < 200)
        #expect(lines[2].contains("0.125 is geen bedrag in euro's en centen (hooguit twee decimalen)"))
    }

    @Test func aFormulaWithoutItsComputedValueIsNamed() throws {
        let result = try ZVHProcess.run(["importeer", Self.corpus("formule-zonder-waarde.xlsx")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("lasten!L3: een formule zonder berekende waarde"))
    }

    @Test func anOversizedInhabitantsFileIsNotCalledABudget() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("inwoners.csv")
        try Data(repeating: UInt8(ascii: "a"), count: BudgetLoader.maximumFileSize + 10).write(to: csv)
        let result = try ZVHProcess.run(["volgend-jaar", Self.begroting, "--inwoners", csv.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("de grens van zvh voor een invoerbestand"), "\(result.stderr)")
        #expect(!result.stderr.contains("begrotingsbestand"))
    }

    // MARK: 7. A scenario file's error names the scenario file

    @Test func anErrorInAScenarioFilesKeyNamesTheScenarioFile() throws {
        let scenario = Self.corpus("scenarios/scenario-sleutel-noemt-niet-lid.json")
        let result = try ZVHProcess.run(["scenario", Self.begroting, "--scenario", scenario])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix(scenario + ":9:21: fout: 'verdeelsleutels[0].gewichten.Atlantis'"), "\(result.stderr)")
    }
}
