import Foundation
import Testing
import ZVHFinance

/// The workbook of `zvh begroting`/`zvh jaarrekening` is also the budget's: imported back
/// (as written, and after LibreOffice re-saved it) it gives the same report, for every
/// bundled budget.
@Suite(.serialized) struct BudgetWorkbookRoundTripTests {
    static let budgets = [
        "Budgets/midden-limburg/begroting-2022.json", "Budgets/midden-limburg/jaarrekening-2021.json",
        "Budgets/westelijke-mijnstreek/jaarrekening-2023.json", "Budgets/westelijke-mijnstreek/begroting-2024-jan-jul.json",
        "Budgets/noord-limburg/begroting-2024.json",
        "Budgets/midden-limburg/voorbeelden/begroting-2022-wijziging.json", "Budgets/midden-limburg/voorbeelden/begroting-2023-meerjarig.json",
        "Budgets/midden-limburg/voorbeelden/begroting-2023.json", "Budgets/midden-limburg/voorbeelden/jaarrekening-2021-prognose.json",
        "Budgets/westelijke-mijnstreek/voorbeelden/begroting-2019.json", "Budgets/voorbeelden/begroting-afronding-per-gemeente.json",
    ]

    /// A report's JSON without what names the file: `bestand`, the files read (`gelezen`), and the line and column
    /// of a finding in it (the imported file is another file, laid out by the writer).
    static func withoutFilePlaces(_ json: String) -> String {
        json.replacingOccurrences(of: #""gelezen": \[[^\]]*\],?\n"#, with: "", options: .regularExpression)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("\"bestand\": ") }
            .joined(separator: "\n")
            .replacingOccurrences(of: #""(regelnummer|kolom)": [0-9]+"#, with: "\"$1\": N", options: .regularExpression)
            .replacingOccurrences(of: #"bestandsregels? [0-9]+( en [0-9]+)?"#, with: "bestandsregel N", options: .regularExpression)
    }

    /// Imports `workbook` and compares both reports of the result with the original's.
    static func expectSameReports(_ budget: String, imported workbook: URL, folder: URL, label: String) throws {
        let json = folder.appendingPathComponent("geimporteerd.json")
        try? FileManager.default.removeItem(at: json)
        let imported = try InProcess.run(["importeer", workbook.path, "--uitvoer", json.path])
        #expect(imported.status == 0, "\(label) \(budget): \(imported.stderr)")
        // The report's own sheets are compared with the import sheets (and agree), not ignored;
        // only the sheet of title and paragraphs is.
        #expect(!imported.stderr.contains("\"Lasten, baten en resultaat\" hoort niet bij de indeling"), "\(imported.stderr)")
        #expect(imported.stderr.contains("werkblad \"bron\" hoort niet bij de indeling en is genegeerd"), "\(imported.stderr)")
        for command in ["begroting", "jaarrekening"] {
            // Each file alone: the imported copy has no other files of its organisation beside it.
            let original = try InProcess.run([command, budget, "--formaat", "json", "--alleen-bestand"])
            let back = try InProcess.run([command, json.path, "--formaat", "json", "--alleen-bestand"])
            #expect(original.status == back.status)
            #expect(withoutFilePlaces(back.stdout) == withoutFilePlaces(original.stdout), "\(label) \(command) \(budget)")
            #expect(back.stdout.contains("\"bestand\": \"\(json.path)\""))
        }
    }

    @Test func everyBundledBudgetImportsBackFromItsReportWorkbook() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for budget in Self.budgets {
            let workbook = folder.appendingPathComponent("rapport.xlsx")
            #expect(try InProcess.run(["begroting", budget, "--formaat", "xlsx", "--uitvoer", workbook.path]).status == 0)
            let names = try XLSXReader.read([UInt8](try Data(contentsOf: workbook))).map(\.name)
            #expect(Array(names.suffix(BudgetSheets.sheetNames.count)) == BudgetSheets.sheetNames, "\(names)")
            try Self.expectSameReports(budget, imported: workbook, folder: folder, label: "xlsx")
        }
    }

    @Test func everyBundledBudgetImportsBackAfterLibreOfficeResavedItsWorkbook() throws {
        guard let soffice = LibreOffice.locate() else { return print("skipped: soffice not installed (\(#function))") }
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let resaved = folder.appendingPathComponent("libreoffice")
        try FileManager.default.createDirectory(at: resaved, withIntermediateDirectories: true)
        let workbooks = Self.budgets.indices.map { folder.appendingPathComponent("r\($0).xlsx") }
        for (budget, workbook) in zip(Self.budgets, workbooks) {
            #expect(try InProcess.run(["begroting", budget, "--formaat", "xlsx", "--uitvoer", workbook.path]).status == 0)
        }
        // One start of LibreOffice resaves every workbook (a start costs seconds).
        try soffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved.path] + workbooks.map(\.path), profile: folder)
        for (budget, workbook) in zip(Self.budgets, workbooks) {
            let written = resaved.appendingPathComponent(workbook.lastPathComponent)
            #expect(try Data(contentsOf: written) != Data(contentsOf: workbook), "LibreOffice wrote its own workbook")
            try Self.expectSameReports(budget, imported: written, folder: folder, label: "LibreOffice")
        }
    }

    /// The report workbook of Midden-Limburg's begroting 2022 with Huur (63.100) on the
    /// report's first sheet changed to 70.000, as a controller might type it.
    static func editedReportWorkbook(in folder: URL) throws -> URL {
        let budget = try BudgetLoader.load(ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json").path)
        let analysed = AnalysedBudget(budget)
        let content = BudgetReportContent(analysed, showsContributions: true, findings: Checker.check([analysed]))
        var workbook = WorkbookRenderer.workbook(content.presentation(ReportFormat.xlsx.effectiveOptions(ReportOptions())), budget: budget)
        let sheet = try #require(workbook.sheets.firstIndex { $0.name == "Lasten, baten en resultaat" })
        let row = try #require(workbook.sheets[sheet].rows.firstIndex { $0.count > 3 && $0[2].content == .text("Huur") })
        #expect(row == 10 && workbook.sheets[sheet].rows[row][3] == .amount(Money(euros: 63_100)))
        workbook.sheets[sheet].rows[row][3] = .amount(Money(euros: 70_000))
        let file = folder.appendingPathComponent("bewerkt.xlsx")
        try Data(try XLSXWriter.data(for: workbook)).write(to: file)
        return file
    }

    @Test func anEditedReportSheetIsRefusedNamingTheCellAndNothingIsWritten() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var workbooks = [try Self.editedReportWorkbook(in: folder)]
        // The same edit after LibreOffice recalculated and saved the workbook: the edited
        // cell is named, the totals and bijdragen that followed it are counted.
        if let soffice = LibreOffice.locate() {
            let resaved = folder.appendingPathComponent("libreoffice")
            try soffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved.path, workbooks[0].path], profile: folder)
            workbooks.append(resaved.appendingPathComponent("bewerkt.xlsx"))
        } else {
            print("skipped: soffice not installed (\(#function), LibreOffice part)")
        }
        for workbook in workbooks {
            let target = folder.appendingPathComponent("uit.json")
            let result = try InProcess.run(["importeer", workbook.path, "--uitvoer", target.path])
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.first == "\(workbook.path):Lasten, baten en resultaat!D11: fout: de werkmap vermeldt 70.000, de werkbladen van de indeling geven 63.100",
                    "\(result.stderr)")
            #expect(result.stderr.contains("wijzig een bedrag daar en maak de werkmap opnieuw"))
            #expect(!result.stderr.contains("genegeerd"))
            #expect(!FileManager.default.fileExists(atPath: target.path))
        }
        if workbooks.count == 2 {
            let recalculated = try InProcess.run(["importeer", workbooks[1].path])
            #expect(recalculated.stderr.contains("berekende cellen (totalen, bijdragen, definitief) wijken daardoor ook af"), "\(recalculated.stderr)")
        }
    }

    /// The layout of Noord-Limburg's budget (themes, capacity lines, rates) as a CSV.
    static func layoutCSV(_ budget: String) throws -> String {
        let text = try String(contentsOfFile: ZVHProcess.packageRoot.appendingPathComponent(budget).path, encoding: .utf8)
        let read = try BudgetFileReader.read(Array(text.utf8), file: budget)
        return BudgetSheets.csv(BudgetSheets.sheets(for: read))
    }

    @Test func aHandEditedAmountShowsUpInTheImportedBudget() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try Self.layoutCSV("Budgets/midden-limburg/begroting-2022.json")
        let line = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("2;;Huur;materieel;") })
        let edited = folder.appendingPathComponent("bewerkt.csv")
        try csv.replacingOccurrences(of: line, with: line.replacingOccurrences(of: ";63100", with: ";64.100,25")).write(to: edited, atomically: true, encoding: .utf8)
        let result = try InProcess.run(["importeer", edited.path])
        #expect(result.status == 0, "\(result.stderr)")
        let compact = result.stdout.filter { !$0.isWhitespace }
        #expect(compact.contains(#""naam":"Huur","code":"materieel.huur","soort":"materieel","bedragen":{"begroot":64100.25}"#), "\(line)")
        // Printed figures travel along: the subtotal as printed is kept, so the check now names it.
        #expect(result.stdout.contains("\"vermeld\""))
        let file = folder.appendingPathComponent("bewerkt.json")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = try InProcess.run(["check", file.path])
        #expect(check.status == 1 && check.stdout.contains("[som-wijkt-af] subtotaal \"Materiele kosten\" in kolom begroot: vermeld 88.041"), "\(check.stdout)")
    }

    @Test func aBadCellOfTheFullLayoutIsNamedAndNothingIsWritten() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try Self.layoutCSV("Budgets/noord-limburg/begroting-2024.json")
        var lines = csv.components(separatedBy: "\r\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("functie;bedrag") }) + 1
        var cells = lines[index].components(separatedBy: ";")
        cells[1] = "12.34"
        lines[index] = cells.joined(separator: ";")
        let file = folder.appendingPathComponent("fout.csv"), target = folder.appendingPathComponent("uit.json")
        try lines.joined(separator: "\r\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try InProcess.run(["importeer", file.path, "--uitvoer", target.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("fout.csv:tarieven!B\(index + 1): fout: "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
