import Foundation
import Testing
import ZVHFinance

/// Incidental and structural: `zvh volgend-jaar` ends the incidental lines and says so,
/// and the art. 19 overview is in every format of the begroting report.
@Suite struct IncidentalCommandTests {
    static let begroting = "Budgets/midden-limburg/begroting-2022.json"

    @Test func volgendJaarEndsTheIncidentalLinesAndCarriesTheReserve() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("begroting-2023.json").path
        let made = try InProcess.run(["volgend-jaar", Self.begroting, "--uitvoer", output])
        #expect(made.status == 0, "\(made.stderr)")
        let budget = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let income = try #require(budget["baten"] as? [[String: Any]])
        #expect(income.map { $0["naam"] as? String } == ["Rijksbijdrage Veiligheidshuizen"])
        let notes = try #require(budget["opmerkingen"] as? [String])
        #expect(notes.contains { $0.contains("Beëindigd, niet overgenomen in 2023: \"POK gelden Min. VWS 2022\" (97.800 in 2022; incidenteel, laatste jaar 2022), \"Toevoeging reserve 31265\"") })
        let reserve = try #require((budget["reserves"] as? [[String: Any]])?.first)
        #expect((reserve["stand-begin"] as? NSNumber)?.intValue == 97_800)
        // The written file passes zvh check, alone and beside this year's (eind 2022 = begin 2023).
        let alone = try InProcess.run(["check", output])
        #expect(alone.status == 0 && alone.stdout.contains("Geen bevindingen"), "\(alone.stdout)")
        try FileManager.default.copyItem(atPath: ZVHProcess.packageRoot.appendingPathComponent(Self.begroting).path, toPath: folder.appendingPathComponent("begroting-2022.json").path)
        let together = try InProcess.run(["check", folder.path])
        #expect(!together.stdout.contains("reserve-sluit-niet-aan"), "\(together.stdout)")
    }

    @Test func zvhCheckReportsAReserveWhoseBeginIsNotLastYearsEnd() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: ZVHProcess.packageRoot.appendingPathComponent(Self.begroting).path, toPath: folder.appendingPathComponent("begroting-2022.json").path)
        let next = folder.appendingPathComponent("begroting-2023.json").path
        #expect(try InProcess.run(["volgend-jaar", Self.begroting, "--uitvoer", next]).status == 0)
        let text = try String(contentsOfFile: next, encoding: .utf8)
        try text.replacingOccurrences(of: "\"stand-begin\": 97800", with: "\"stand-begin\": 50000").write(toFile: next, atomically: true, encoding: .utf8)
        let check = try InProcess.run(["check", folder.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("fout: [reserve-sluit-niet-aan] reserve \"31265\": stand begin 2023 is 50.000, maar de stand eind 2022 is 97.800"), "\(check.stdout)")
    }

    @Test func theArticle19OverviewIsInEveryFormat() throws {
        let json = try BBVCommandTests.json(["begroting", Self.begroting])
        let split = try #require(json["incidenteel"] as? [String: Any])
        #expect((split["incidentele-baten"] as? [String: Any])?["begroot"] as? Int == 97_800)
        #expect((split["incidentele-mutaties-reserves"] as? [String: Any])?["begroot"] as? Int == -97_800)
        #expect((split["structureel-saldo"] as? [String: Any])?["begroot"] as? Int == 0)
        #expect((split["structureel-sluitend"] as? [String: Any])?["begroot"] as? Bool == true)
        for format in ["tekst", "markdown", "csv", "html"] {
            let output = try InProcess.run(["begroting", Self.begroting, "--formaat", format])
            #expect(output.stdout.contains("Structureel saldo"), "\(format)")
            #expect(output.stdout.contains("POK gelden Min. VWS 2022 (2022)"), "\(format)")
        }
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("begroting.xlsx")
        #expect(try InProcess.run(["begroting", Self.begroting, "--formaat", "xlsx", "--uitvoer", workbook.path]).status == 0)
        let sheets = try XLSXReader.read([UInt8](try Data(contentsOf: workbook)))
        let texts = sheets.flatMap { $0.rows.flatMap { $0 } }.compactMap { cell -> String? in
            if case .text(let text) = cell { return text }
            return nil
        }
        #expect(texts.contains("Structureel saldo (+/+ voordeel, -/- nadeel)"))
    }
}
