import Foundation
import Testing
import ZVHFinance

/// `--formaat xlsx`, `zvh importeer` and `zvh nieuw`, end to end; the LibreOffice tests
/// run when `soffice` is on the PATH and print "skipped: soffice not installed" otherwise.
@Suite(.serialized) struct SpreadsheetCommandTests {
    static let budgets = ["Budgets/midden-limburg/begroting-2022.json", "Budgets/midden-limburg/jaarrekening-2021.json",
                          "Budgets/noord-limburg/begroting-2024.json", "Budgets/westelijke-mijnstreek/begroting-2024-jan-jul.json",
                          "Budgets/westelijke-mijnstreek/jaarrekening-2023.json"]
    static let exampleCSV = "Budgets/voorbeelden/import-begroting.csv"

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func xlsxIsRefusedWithoutAnOutputFile() throws {
        let result = try InProcess.run(["begroting", Self.budgets[0], "--formaat", "xlsx"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--uitvoer"))
    }

    @Test func everyBudgetWritesADeterministicWorkbookWithFormulas() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for budget in Self.budgets {
            let first = folder.appendingPathComponent("a.xlsx"), second = folder.appendingPathComponent("b.xlsx")
            #expect(try InProcess.run(["begroting", budget, "--formaat", "xlsx", "--uitvoer", first.path]).status == 0)
            #expect(try InProcess.run(["begroting", budget, "--formaat", "xlsx", "--uitvoer", second.path]).status == 0)
            let bytes = [UInt8](try Data(contentsOf: first))
            #expect(bytes == [UInt8](try Data(contentsOf: second)), "deterministic: \(budget)")
            let sheets = try XLSXReader.read(bytes)
            #expect(sheets.map(\.name).prefix(2) == ["Lasten, baten en resultaat", "Bijdragen per gemeente"])
            #expect(sheets.contains { $0.name == "bron" })
            #expect(sheets[0].rows[0].prefix(3) == [.text("niveau"), .text("soort"), .text("omschrijving")])
        }
    }

    @Test func anOutputFileIsNeverAnInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("b.json")
        try FileManager.default.copyItem(atPath: ZVHProcess.packageRoot.appendingPathComponent(Self.budgets[0]).path, toPath: input.path)
        let before = try Data(contentsOf: input)
        let result = try InProcess.run(["begroting", input.path, "--formaat", "xlsx", "--uitvoer", input.path])
        #expect(result.status == 64)
        #expect(try Data(contentsOf: input) == before)
    }

    /// The bundled import examples are the current layout: each imports cleanly (the
    /// report workbook of Noord-Limburg 2024 had gone stale when the report gained the
    /// saldo and reserve rows, and was refused).
    @Test(arguments: ["import-begroting.csv", "import-begroting.xlsx", "import-noord-limburg-2024.xlsx"])
    func everyBundledImportExampleImports(_ example: String) throws {
        let result = try InProcess.run(["importeer", "Budgets/voorbeelden/" + example])
        #expect(result.status == 0, "\(example): \(result.stderr)")
        #expect(!result.stderr.contains("fout:"), "\(result.stderr)")
    }

    @Test func csvCellsInDutchNotationImportExactly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var csv = try String(contentsOfFile: ZVHProcess.packageRoot.appendingPathComponent(Self.exampleCSV).path, encoding: .utf8)
        csv = csv.replacingOccurrences(of: "Formatie vast personeel;personeel;;532.010", with: "Formatie vast personeel;personeel;;1.402.290,50")
        let file = folder.appendingPathComponent("b.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let result = try InProcess.run(["importeer", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(result.stdout.contains("\"begroot\": 1402290.5"))
        #expect(result.stdout.contains("\"begroot\": -97800"))
        #expect(document["soort"] as? String == "begroting")
    }

    @Test func aMalformedCellIsNamedWithSheetRowAndColumnAndNothingIsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var csv = try String(contentsOfFile: ZVHProcess.packageRoot.appendingPathComponent(Self.exampleCSV).path, encoding: .utf8)
        csv = csv.replacingOccurrences(of: "Huur;materieel;;63.100", with: "Huur;materieel;;63,100,5")
        csv = csv.replacingOccurrences(of: "Onvoorzien;materieel;;4.000,50", with: "Onvoorzien;materiaal;;12.34")
        let file = folder.appendingPathComponent("b.csv"), target = folder.appendingPathComponent("uit.json")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let result = try InProcess.run(["importeer", file.path, "--uitvoer", target.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("b.csv:lasten!E27: fout:"), "\(result.stderr)")
        #expect(result.stderr.contains("b.csv:lasten!C28: fout: soort \"materiaal\""), "\(result.stderr)")
        #expect(result.stderr.contains("b.csv:lasten!E28: fout:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func aStarterBudgetPassesTheCheckAndImportsBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["nieuw", "--organisatie", "test", "--naam", "ZVH Test", "--gemeenten", "Beek; Stein;Sittard-Geleen", "--jaar", "2026"]
        let json = folder.appendingPathComponent("begroting-2026.json")
        #expect(try InProcess.run(arguments + ["--uitvoer", json.path]).status == 0)
        let check = try InProcess.run(["check", json.path])
        #expect(check.status == 0 && check.stdout.contains("geen bevindingen"), "\(check.stdout)")
        let original = try String(contentsOf: json, encoding: .utf8)
        for format in ["xlsx", "csv"] {
            let sheet = folder.appendingPathComponent("nieuw.\(format)")
            #expect(try InProcess.run(arguments + ["--formaat", format, "--uitvoer", sheet.path]).status == 0)
            let imported = try InProcess.run(["importeer", sheet.path])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout == original, "\(format)")
        }
        #expect(try InProcess.run(arguments + ["--formaat", "xlsx"]).status == 64)
    }

    // MARK: LibreOffice

    @Test func libreOfficeRecalculatesEveryBudgetWorkbookToTheJSONFigures() throws {
        guard let soffice = LibreOffice.locate() else { return print("skipped: soffice not installed (\(#function))") }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbooks = Self.budgets.indices.map { folder.appendingPathComponent("b\($0).xlsx") }
        for (budget, workbook) in zip(Self.budgets, workbooks) {
            #expect(try InProcess.run(["begroting", budget, "--formaat", "xlsx", "--uitvoer", workbook.path]).status == 0)
        }
        // Token 12 = -1: every sheet to its own file, b0-<sheet>.csv; one start of
        // LibreOffice converts every workbook (a start costs seconds).
        try soffice.run(["--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1",
                         "--outdir", folder.path] + workbooks.map(\.path), profile: folder)
        for (index, budget) in Self.budgets.enumerated() {
            let lines = try LibreOffice.rows(folder.appendingPathComponent("b\(index)-Lasten, baten en resultaat.csv"))
            let members = try LibreOffice.rows(folder.appendingPathComponent("b\(index)-Bijdragen per gemeente.csv"))
            let json = try InProcess.run(["begroting", budget, "--formaat", "json"])
            let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            // Totals per column, as LibreOffice computed them from the SUM formulas.
            let columns = Array(lines[0].dropFirst(3)).filter { $0 != "bevindingen" }
            for (name, key) in [("Totaal lasten", "totaal-lasten"), ("Totaal baten", "totaal-baten")] {
                let row = try #require(lines.first { $0.count > 2 && $0[2] == name })
                let expected = try #require(document[key] as? [String: Any], "\(document.keys)")
                for (offset, column) in columns.enumerated() {
                    #expect(Decimal(string: row[3 + offset]) == (expected[column] as? NSNumber).flatMap { Decimal(string: $0.stringValue) }, "\(budget) \(name) \(column)")
                }
            }
            let contributions = try #require(document["bijdragen"] as? [[String: Any]])
            let header = members[0]
            for entry in contributions {
                let name = try #require(entry["gemeente"] as? String)
                let row = try #require(members.first { $0.count > 2 && $0[2].hasPrefix(name) }, "\(budget) \(name)")
                for field in ["bijdrage", "verrekening", "definitief"] {
                    guard let column = header.firstIndex(of: field), let value = entry[field] as? NSNumber else { continue }
                    #expect(Decimal(string: row[column]) == Decimal(string: value.stringValue), "\(budget) \(name) \(field)")
                }
            }
            let total = try #require(members.first { $0.count > 1 && $0[1] == "totaal" })
            if let column = header.firstIndex(of: "definitief") {
                let sum = contributions.compactMap { ($0["definitief"] as? NSNumber).flatMap { Decimal(string: $0.stringValue) } }.reduce(0, +)
                #expect(Decimal(string: total[column]) == sum, "\(budget) totaal definitief")
            }
        }
    }

    @Test func aWorkbookLibreOfficeWroteFromTheExampleCSVImportsAsTheCSVDoes() throws {
        guard let soffice = LibreOffice.locate() else { return print("skipped: soffice not installed (\(#function))") }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("voorbeeld.csv")
        try FileManager.default.copyItem(atPath: ZVHProcess.packageRoot.appendingPathComponent(Self.exampleCSV).path, toPath: csv.path)
        try soffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--infilter=CSV:59,34,76,1,,1043", "--outdir", folder.path, csv.path], profile: folder)
        let fromWorkbook = try InProcess.run(["importeer", folder.appendingPathComponent("voorbeeld.xlsx").path])
        let fromCSV = try InProcess.run(["importeer", csv.path])
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        #expect(fromCSV.status == 0)
        #expect(fromWorkbook.stdout == fromCSV.stdout)
        // And the budget it describes gives the same report either way.
        let first = folder.appendingPathComponent("a.json"), second = folder.appendingPathComponent("b.json")
        try fromWorkbook.stdout.write(to: first, atomically: true, encoding: .utf8)
        try fromCSV.stdout.write(to: second, atomically: true, encoding: .utf8)
        let a = try InProcess.run(["begroting", first.path, "--formaat", "json", "--alleen-bestand"]).stdout
        let b = try InProcess.run(["begroting", second.path, "--formaat", "json", "--alleen-bestand"]).stdout
        #expect(a.replacingOccurrences(of: first.path, with: "") == b.replacingOccurrences(of: second.path, with: ""))
    }
}

/// LibreOffice headless with a profile that recalculates xlsx formulas on loading.
struct LibreOffice {
    let executable: URL

    static func locate() -> LibreOffice? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("soffice")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return LibreOffice(executable: candidate) }
        }
        return nil
    }

    func run(_ arguments: [String], profile: URL) throws {
        let settings = profile.appendingPathComponent("profile/user")
        try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: true)
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """.write(to: settings.appendingPathComponent("registrymodifications.xcu"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-env:UserInstallation=file://" + profile.appendingPathComponent("profile").path, "--headless"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "soffice \(arguments)")
    }

    /// The rows of a `;`-separated CSV LibreOffice wrote.
    static func rows(_ url: URL) throws -> [[String]] {
        DutchCSV.lines([UInt8](try Data(contentsOf: url))).map(\.fields)
    }
}
