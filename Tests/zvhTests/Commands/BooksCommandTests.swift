import Foundation
import Testing

/// One organisation, one set of books: every command reads a file with its
/// organisation's other files, so a result year is settled once, the same file shows the
/// same findings everywhere, and a document for members does not go out while a fout
/// touches its figures.
@Suite struct BooksCommandTests {
    static let begroting = "Budgets/midden-limburg/begroting-2022.json"
    static let jaarrekening = "Budgets/midden-limburg/jaarrekening-2021.json"

    /// A copy of the Midden-Limburg books in a temporary folder.
    static func copiedBooks() throws -> URL {
        let folder = try Shell.temporaryFolder()
        for name in ["begroting-2022.json", "jaarrekening-2021.json"] {
            try FileManager.default.copyItem(
                at: ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/\(name)"), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func nextYearRefusesAYearThatABegrotingAlreadySettlesAndWritesNothing() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("begroting-2023.json").path
        let result = try InProcess.run(["volgend-jaar", Self.begroting, "--jaarrekening", Self.jaarrekening, "--uitvoer", target])
        #expect(result.status == 65)
        #expect(result.stderr.contains("2021 is al verrekend in Begroting 2022 (Budgets/midden-limburg/begroting-2022.json, -111.045)"))
        #expect(result.stderr.contains("--nacalculatie"))
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(result.stdout.isEmpty)
    }

    @Test func theNacalculatieSettlesOnlyTheDifferenceSplitOverTheSevenMembers() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("begroting-2023.json").path
        let result = try InProcess.run(["volgend-jaar", Self.begroting, "--jaarrekening", Self.jaarrekening, "--nacalculatie", "--uitvoer", target])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Self.json(String(contentsOfFile: target, encoding: .utf8))
        let settlement = try #require(written["verrekening"] as? [String: Any])
        #expect(settlement["betreft-jaar"] as? Int == 2021)
        let components = try #require(settlement["componenten"] as? [[String: Any]])
        #expect(components.compactMap { $0["bedrag"] as? Int }.reduce(0, +) == 27461)
        #expect(components.allSatisfy { $0["sleutel"] as? String == "bijdragen-2022" })
        let shown = try InProcess.run(["begroting", target, "--alleen-bestand", "--formaat", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let members = try #require(try Self.json(shown.stdout)["bijdragen"] as? [[String: Any]])
        #expect(members.count == 7)
        #expect(members.compactMap { $0["verrekening"] as? Int }.reduce(0, +) == 27461)
        #expect(members.allSatisfy { ($0["verrekening"] as? Int ?? 0) > 0 })
    }

    @Test func aBegrotingThatSettlesTheYearAgainInFullIsADoubleSettlement() throws {
        let folder = try Self.copiedBooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = folder.appendingPathComponent("begroting-2023.json").path
        let run = try InProcess.run([
            "volgend-jaar", folder.appendingPathComponent("begroting-2022.json").path, "--jaarrekening", folder.appendingPathComponent("jaarrekening-2021.json").path,
            "--nacalculatie", "--uitvoer", made,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // After the nacalculatie the books settle 2021 exactly once: the voorlopige
        // verrekening of 2022 is information, no longer a fout.
        let settled = try InProcess.run(["check", folder.path, "--formaat", "json"])
        let findings = try #require(try Self.json(settled.stdout)["bevindingen"] as? [[String: Any]])
        #expect(!findings.contains { $0["regel"] as? String == "dubbele-verrekening" })
        #expect(findings.contains { $0["regel"] as? String == "verrekening-wijkt-af" && $0["ernst"] as? String == "info" && ($0["bestand"] as? String)?.hasSuffix("begroting-2022.json") == true })
        // The same begroting 2023 settling all of 2021 again.
        let text = try String(contentsOfFile: made, encoding: .utf8).replacingOccurrences(of: "\"bedrag\": 27461", with: "\"bedrag\": -83584")
        try text.write(toFile: made, atomically: true, encoding: .utf8)
        let double = try InProcess.run(["check", folder.path])
        #expect(double.status == 1)
        #expect(double.stdout.contains("fout: [dubbele-verrekening] 2021 is al verrekend in Begroting 2022"))
        #expect(double.stdout.contains("nog +27.461 te verrekenen was"))
    }

    @Test func aClosedYearThatNoBegrotingSettlesIsAWarningOnceTheLaterBegrotingIsThere() throws {
        let folder = try Self.copiedBooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A begroting 2023 without a settlement, and the begroting 2022 without its own.
        let source = try String(contentsOfFile: folder.appendingPathComponent("begroting-2022.json").path, encoding: .utf8)
        let later = source.replacingOccurrences(of: "\"jaar\": 2022", with: "\"jaar\": 2023").replacingOccurrences(of: "\"betreft-jaar\": 2021", with: "\"betreft-jaar\": 2020")
            .replacingOccurrences(of: "\"incidenteel\": [2022]", with: "\"incidenteel\": [2023]")
        try later.write(to: folder.appendingPathComponent("begroting-2023.json"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("begroting-2022.json"))
        let result = try InProcess.run(["check", folder.path, "--regel", "verrekening-ontbreekt"])
        #expect(result.stdout.contains("waarschuwing: [verrekening-ontbreekt] het resultaat 2021 (+/+ 83.584, voorlopig) wordt in geen enkele begroting verrekend"))
    }

    @Test func settlementAndFinalAccountSayWhereTheResultIsSettledAndDoNotSettleItAgain() throws {
        let settlement = try Self.json(try InProcess.run(["verrekening", Self.jaarrekening, "--formaat", "json"]).stdout)
        #expect(settlement["status"] as? String == "voorlopig")
        #expect(settlement["nog-te-verrekenen"] as? Int == 27461)
        let places = try #require(settlement["verrekend-in"] as? [[String: Any]])
        #expect(places.map { $0["verrekening"] as? Int } == [-111045])
        let account = try InProcess.run(["afrekening", Self.jaarrekening, "--concept", "--formaat", "json"])
        #expect(account.status == 1)
        let document = try Self.json(account.stdout)
        #expect(document["concept"] as? Bool == true)
        let members = try #require(document["gemeenten"] as? [[String: Any]])
        #expect(members.allSatisfy { $0["verrekening"] as? Int == 0 })
        #expect((document["resultaat-verrekend-in"] as? [[String: Any]])?.first?["titel"] as? String == "Begroting 2022")
    }

    @Test func aLetterWhoseFiguresAFoutTouchesIsRefusedOrMarkedAsADraft() throws {
        let path = "Budgets/westelijke-mijnstreek/begroting-2024-jan-jul.json"
        let refused = try InProcess.run(["brief", "Stein", path])
        #expect(refused.status == 65)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("fout: [ontbrekende-gemeente]"))
        #expect(refused.stderr.contains("--concept"))
        let draft = try InProcess.run(["brief", "Stein", path, "--concept"])
        #expect(draft.status == 1)
        #expect(draft.stdout.hasPrefix("CONCEPT — bevat fouten — Uw bijdrage januari t/m juli 2024 aan het Zorg- en Veiligheidshuis Westelijke Mijnstreek"))
        let html = try InProcess.run(["brief", "Stein", path, "--concept", "--formaat", "html"])
        #expect(html.status == 1)
        #expect(html.stdout.components(separatedBy: "CONCEPT — bevat fouten").count >= 3)  // title, heading, every page's footer
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try InProcess.run(["brief", "--alle", path, "--uitvoer", folder.appendingPathComponent("brieven").path])
        #expect(all.status == 65)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("brieven").path)) ?? []
        #expect(written.isEmpty)
    }

    @Test func advancesAreRefusedWhileAFoutTouchesTheMembersFigures() throws {
        let refused = try InProcess.run(["voorschotten", Self.begroting, "--termijnen", "4"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("[verrekening-wijkt-af]"))
        let draft = try InProcess.run(["voorschotten", Self.begroting, "--termijnen", "4", "--concept"])
        #expect(draft.status == 1)
        #expect(draft.stdout.contains("CONCEPT — bevat fouten"))
    }

    /// The findings on a file, as `zvh check` on its folder gives them.
    static func checkFindings(onFile file: String) throws -> [NSDictionary] {
        let folder = (file as NSString).deletingLastPathComponent
        let document = try Self.json(try InProcess.run(["check", folder, "--formaat", "json"]).stdout)
        let findings = try #require(document["bevindingen"] as? [[String: Any]])
        return findings.filter { $0["bestand"] as? String == file }.map { $0 as NSDictionary }
    }

    @Test func everyCommandShowsTheFindingsOfAFileThatCheckGivesOnItsFolder() throws {
        let files = [
            Self.begroting, Self.jaarrekening, "Budgets/westelijke-mijnstreek/begroting-2024-jan-jul.json",
            "Budgets/westelijke-mijnstreek/jaarrekening-2023.json", "Budgets/noord-limburg/begroting-2024.json",
        ]
        for file in files {
            let expected = try Self.checkFindings(onFile: file)
            let single = try Self.json(try InProcess.run(["check", file, "--formaat", "json"]).stdout)
            #expect((single["bevindingen"] as? [[String: Any]])?.map { $0 as NSDictionary } == expected, "check \(file)")
            let isBegroting = file.contains("begroting")
            let report = try Self.json(try InProcess.run([isBegroting ? "begroting" : "jaarrekening", file, "--formaat", "json"]).stdout)
            #expect((report["bevindingen"] as? [[String: Any]])?.map { $0 as NSDictionary } == expected, "\(isBegroting ? "begroting" : "jaarrekening") \(file)")
            guard isBegroting else { continue }
            let member = try #require((report["bijdragen"] as? [[String: Any]])?.first?["gemeente"] as? String)
            let letter = try Self.json(try InProcess.run(["brief", member, file, "--concept", "--formaat", "json"]).stdout)
            let touching = expected.filter { (($0["gemeenten"] as? [String]) ?? []).contains(member) }
            #expect((letter["bevindingen"] as? [[String: Any]])?.map { $0 as NSDictionary } == touching, "brief \(member) \(file)")
        }
        let begroting = try Self.json(try InProcess.run(["begroting", Self.begroting, "--formaat", "json"]).stdout)
        let findings = try #require(begroting["bevindingen"] as? [[String: Any]])
        #expect(findings.contains { $0["regel"] as? String == "verrekening-wijkt-af" && $0["ernst"] as? String == "fout" && $0["gevonden"] as? Int == -111045 })
    }

    @Test func aReportOnOneFileNamesTheFilesOfTheBooksItRead() throws {
        let result = try InProcess.run(["begroting", Self.begroting])
        #expect(result.stdout.contains("Gelezen: Budgets/midden-limburg/begroting-2022.json, Budgets/midden-limburg/jaarrekening-2021.json"))
        let alone = try InProcess.run(["begroting", Self.begroting, "--alleen-bestand", "--formaat", "json"])
        #expect(try Self.json(alone.stdout)["gelezen"] as? [String] == [Self.begroting])
    }

    @Test func perInhabitantIsShownForTheBijdrageAndTheDefinitiefWithTheCountItUsed() throws {
        let document = try Self.json(try InProcess.run(["gemeente", "Leudal", "Budgets/midden-limburg", "--formaat", "json"]).stdout)
        let periods = try #require(document["perioden"] as? [[String: Any]])
        let begroting = try #require(periods.first { $0["titel"] as? String == "Begroting 2022" })
        // 81.598 / 36.006 and 65.153 / 36.006, to cents.
        #expect((begroting["per-inwoner-bijdrage"] as? NSNumber)?.decimalValue == Decimal(string: "2.27"))
        #expect((begroting["per-inwoner"] as? NSNumber)?.decimalValue == Decimal(string: "1.81"))
        #expect(begroting["inwoners-peildatum"] as? String == "2025-01-01")
        let text = try InProcess.run(["gemeente", "Leudal", "Budgets/midden-limburg"]).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("let op: de peildatum ligt na 2022, dus niet de inwoners van die periode"))
    }

    @Test func gemeenteShowsTheFindingsTouchingTheMemberAsCheckGivesThem() throws {
        let document = try Self.json(try InProcess.run(["gemeente", "Leudal", "--formaat", "json"]).stdout)
        for period in try #require(document["perioden"] as? [[String: Any]]) {
            let file = try #require(period["bestand"] as? String)
            let expected = try Self.checkFindings(onFile: file).filter { (($0["gemeenten"] as? [String]) ?? []).contains("Leudal") }
            #expect((period["bevindingen"] as? [[String: Any]])?.map { $0 as NSDictionary } == expected, "gemeente \(file)")
        }
    }

    @Test func aNacalculatieWithoutAJaarrekeningOrWithNothingLeftIsRefusedAndWritesNothing() throws {
        let alone = try InProcess.run(["volgend-jaar", Self.begroting, "--nacalculatie"])
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--nacalculatie verrekent het verschil met het resultaat van een jaarrekening; geef die met --jaarrekening"))
        let folder = try Self.copiedBooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = [
            "volgend-jaar", folder.appendingPathComponent("begroting-2022.json").path, "--jaarrekening", folder.appendingPathComponent("jaarrekening-2021.json").path,
            "--nacalculatie", "--uitvoer",
        ]
        #expect(try InProcess.run(arguments + [folder.appendingPathComponent("begroting-2023.json").path]).status == 0)
        let again = folder.appendingPathComponent("begroting-2023b.json").path
        let refused = try InProcess.run(arguments + [again])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("2021 is al precies verrekend in Begroting 2022"))
        #expect(refused.stderr.contains("er is niets na te calculeren"))
        #expect(!FileManager.default.fileExists(atPath: again))
    }
}
