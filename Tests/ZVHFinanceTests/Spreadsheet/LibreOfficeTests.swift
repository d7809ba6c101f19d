import Foundation
import Testing
@testable import ZVHFinance

/// Round trips through a real spreadsheet program: LibreOffice, when `soffice` is on the
/// PATH. Without it each test prints "skipped: soffice not installed" and passes.
@Suite(.serialized) struct LibreOfficeTests {
    @Test func libreOfficeRecalculatesAndShowsTheWrittenValues() throws {
        guard let soffice = Soffice.locate() else { return Soffice.reportSkip(#function) }
        let folder = try Soffice.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "Lasten", rows: [
            [.text("Post", style: .header), .text("Bedrag", style: .header), .text("Dubbel", style: .header)],
            [.text("Personeel, inhuur"), .amount(Money(cents: 140_229_050)), .formula("B2*2", cached: .zero, style: .amount)],
            [.text("Huur \"pand\" é"), .amount(Money(cents: -1350)), .empty],
            [.text("Klein"), .amount(Money(cents: 5)), .formula("UPPER(A4)", cached: .zero, style: .plain)],
            // A deliberately stale cached value: the checks below see LibreOffice's own sum.
            [.text("Totaal", style: .header), .formula("SUM(B2:B4)", cached: Money(cents: 1))],
        ], columnWidths: [24, 14, 14])])
        let input = folder.appendingPathComponent("begroting.xlsx")
        try Data(try XLSXWriter.data(for: workbook)).write(to: input)

        let csvFolder = folder.appendingPathComponent("csv")
        // Options: comma, double quote, UTF-8, from line 1, no column formats, en-US,
        // … and "save cell contents as shown" off, so numbers come out unformatted.
        try soffice.run(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false",
                         "--outdir", csvFolder.path, input.path], profile: folder)
        let csv = try String(contentsOf: csvFolder.appendingPathComponent("begroting.csv"), encoding: .utf8)
        #expect(Soffice.parseCSV(csv) == [
            ["Post", "Bedrag", "Dubbel"],
            ["Personeel, inhuur", "1402290.5", "2804581"],
            ["Huur \"pand\" é", "-13.5", ""],
            ["Klein", "0.05", "KLEIN"],
            ["Totaal", "1402277.05", ""],
        ])

        // LibreOffice's own xlsx of the same workbook: shared strings, t="str" results,
        // cached formula values as LibreOffice computed them.
        let xlsxFolder = folder.appendingPathComponent("xlsx")
        try soffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", xlsxFolder.path, input.path], profile: folder)
        let sheets = try XLSXReader.read([UInt8](try Data(contentsOf: xlsxFolder.appendingPathComponent("begroting.xlsx"))))
        #expect(sheets.map(\.name) == ["Lasten"])
        #expect(sheets.first?.rows == [
            [.text("Post"), .text("Bedrag"), .text("Dubbel")],
            [.text("Personeel, inhuur"), .number(XLSXNumber("1402290.5")!), .number(XLSXNumber("2804581")!)],
            [.text("Huur \"pand\" é"), .number(XLSXNumber("-13.5")!)],
            [.text("Klein"), .number(XLSXNumber("0.05")!), .text("KLEIN")],
            [.text("Totaal"), .number(XLSXNumber("1402277.05")!)],
        ])
    }

    @Test func readsAWorkbookThatLibreOfficeMadeFromCSV() throws {
        guard let soffice = Soffice.locate() else { return Soffice.reportSkip(#function) }
        let folder = try Soffice.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("gemeenten.csv")
        try "Gemeente,Inwoners,Bijdrage\nAlmere,\"226,500\",1402290.5\n's-Hertogenbosch,160000,0.05\n,,\nZwolle,1.2E+3,-7\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        try soffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--infilter=CSV:44,34,76,1,,1033",
                         "--outdir", folder.path, csv.path], profile: folder)
        let sheets = try XLSXReader.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("gemeenten.xlsx"))))
        let rows = try #require(sheets.first).rows
        #expect(rows.count == 5)
        #expect(rows[0] == [.text("Gemeente"), .text("Inwoners"), .text("Bijdrage")])
        #expect(rows[1][0] == .text("Almere") && rows[1][2] == .number(XLSXNumber("1402290.5")!))
        #expect(rows[2] == [.text("'s-Hertogenbosch"), .number(XLSXNumber(160_000)), .number(XLSXNumber("0.05")!)])
        #expect(rows[3] == [])
        #expect(rows[4] == [.text("Zwolle"), .number(XLSXNumber(1200)), .number(XLSXNumber(-7))])
    }
}

/// Finds and runs LibreOffice for the tests.
struct Soffice {
    let executable: URL

    static func locate() -> Soffice? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("soffice")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return Soffice(executable: candidate) }
        }
        return nil
    }

    static func reportSkip(_ test: String) {
        print("skipped: soffice not installed (\(test))")
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs soffice headless with its own profile folder, for at most two minutes. The
    /// profile is set to recalculate xlsx files on loading: LibreOffice's default ("never")
    /// shows the cached values and ignores `fullCalcOnLoad`, which would not test formulas.
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
        process.arguments = ["-env:UserInstallation=file://" + profile.appendingPathComponent("profile").path, "--headless"]
            + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "soffice \(arguments)")
    }

    /// Parses CSV with double-quoted fields (enough for LibreOffice's output).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = text.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" { field.append("\""); pending = characters.next() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
