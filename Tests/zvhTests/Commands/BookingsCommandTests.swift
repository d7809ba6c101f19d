import Foundation
import Testing

@Suite struct BookingsCommandTests {
    static let account = "Budgets/midden-limburg/jaarrekening-2021.json"
    static let export = "Budgets/midden-limburg/boekingen-2021.csv"
    static let rules = "Budgets/midden-limburg/boekingsregels.json"

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func cents(_ value: Any?) -> Int? {
        (value as? NSNumber).map { Int(($0.doubleValue * 100).rounded()) }
    }

    /// `name` in a folder of its own: a budget file written here is read with the budget
    /// files beside it (its books), so it must not stand beside other tests' files.
    func temporary(_ name: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-boekingen-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }

    /// The jaarrekening's own `werkelijk` amount per line, read from the file.
    func statedActuals() throws -> [String: Int] {
        let file = try json(String(contentsOf: ZVHProcess.packageRoot.appendingPathComponent(Self.account), encoding: .utf8))
        var result: [String: Int] = [:]
        func walk(_ items: [[String: Any]]) {
            for item in items {
                if let lines = item["regels"] as? [[String: Any]] { walk(lines); continue }
                let amounts = item["bedragen"] as? [String: Any] ?? [:]
                result[item["naam"] as! String] = cents(amounts["werkelijk"]) ?? 0
            }
        }
        walk(file["lasten"] as! [[String: Any]])
        walk(file["baten"] as! [[String: Any]])
        return result
    }

    @Test func theExampleReproducesTheWerkelijkColumnExactlyAndReconciles() throws {
        let result = try InProcess.run(["boekingen", Self.account, Self.export, "--regels", Self.rules, "--tot", "2021-11-08", "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        let lines = try #require(report["regels"] as? [[String: Any]])
        let stated = try statedActuals()
        #expect(lines.count == stated.count)
        for line in lines {
            let name = line["naam"] as! String
            #expect(cents(line["werkelijk"]) == stated[name], "\(name)")
        }
        let reconciliation = try #require(report["aansluiting"] as? [String: Any])
        #expect(reconciliation["sluit"] as? Bool == true)
        #expect(cents(reconciliation["som-boekingen"]) == cents(reconciliation["som-delen"]))
        // 664.182 lasten − 650.341 baten, nothing unassigned.
        #expect(cents(reconciliation["som-boekingen"]) == 13_841_00)
        #expect((report["niet-toegewezen"] as? [String: Any])?["aantal"] as? Int == 0)
        // The POK rule takes nothing: a warning.
        let warnings = try #require(report["waarschuwingen"] as? [String])
        #expect(warnings.contains { $0.contains("POK-gelden VWS") && $0.contains("geen enkele boeking") })
        // Income matched to members: Leudal received its whole contribution, 11 of 12 advances due.
        let members = try #require(report["gemeenten"] as? [[String: Any]])
        let leudal = try #require(members.first { $0["gemeente"] as? String == "Leudal" })
        #expect(cents(leudal["ontvangen"]) == 81_894_00)
        #expect(leudal["termijnen-verschuldigd"] as? Int == 11)
        for format in ["tekst", "markdown", "csv", "html"] {
            let rendered = try InProcess.run(["boekingen", Self.account, Self.export, "--regels", Self.rules, "--tot", "2021-11-08", "--formaat", format])
            #expect(rendered.status == 0 && rendered.stdout.contains("Formatie vast personeel"), "\(format)")
        }
    }

    @Test func anUnmatchedBookingIsListedAndTheProducedFileIsFlagged() throws {
        let csv = temporary("export.csv")
        var text = try String(contentsOf: ZVHProcess.packageRoot.appendingPathComponent(Self.export), encoding: .utf8)
        text += "15-03-2021;MEM;X1;1300;Debiteuren;6120;Onbekende boeking;250,75;\r\n"
        try text.write(to: csv, atomically: true, encoding: .utf8)
        let output = temporary("jaarrekening.json")
        defer { try? FileManager.default.removeItem(at: csv.deletingLastPathComponent()); try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let result = try InProcess.run(["boekingen", Self.account, csv.path, "--regels", Self.rules, "--tot", "2021-11-08", "--formaat", "json", "--uitvoer", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let unassigned = try #require(try json(result.stdout)["niet-toegewezen"] as? [String: Any])
        #expect(unassigned["aantal"] as? Int == 1)
        let booking = try #require((unassigned["boekingen"] as? [[String: Any]])?.first)
        #expect(booking["csv-regel"] as? Int == 375)
        #expect(cents(booking["bedrag"]) == 250_75)
        #expect((try json(result.stdout)["aansluiting"] as? [String: Any])?["sluit"] as? Bool == true)
        // The jaarrekening written has werkelijk tot 2021-11-08 from the bookings, and zvh check says it is incomplete.
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("\"tot\": \"2021-11-08\""))
        #expect(written.contains("\"niet-toegewezen\""))
        let check = try InProcess.run(["check", output.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("[werkelijk-onvolledig]") && check.stdout.contains("250,75"), "\(check.stdout)")
    }

    @Test func theProducedFileOfTheExampleHasNoIncompleteness() throws {
        let output = temporary("jaarrekening.json")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let result = try InProcess.run(["boekingen", Self.account, Self.export, "--regels", Self.rules, "--tot", "2021-11-08", "--uitvoer", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let check = try InProcess.run(["check", output.path, "--regel", "werkelijk-onvolledig"])
        #expect(check.status == 0, "\(check.stdout)")
        let again = try InProcess.run(["boekingen", output.path, Self.export, "--regels", Self.rules, "--tot", "2021-11-08", "--formaat", "json"])
        let lines = try #require(try json(again.stdout)["regels"] as? [[String: Any]])
        #expect(lines.allSatisfy { cents($0["werkelijk"]) == cents($0["werkelijk-in-bestand"]) ?? 0 })
    }

    @Test func neverWritesOverAnInput() throws {
        for input in [Self.export, Self.rules, Self.account] {
            let result = try InProcess.run(["boekingen", Self.account, Self.export, "--regels", Self.rules, "--uitvoer", input])
            #expect(result.status == 64, "\(input): \(result.stderr)")
        }
        #expect(try InProcess.run(["boekingen", Self.account, Self.export]).status == 64)
        #expect(try InProcess.run(["boekingen", Self.account, Self.export, "--regels", Self.rules, "--tot", "2022-01-01"]).status == 64)
        #expect(try InProcess.run(["boekingen", Self.account, Self.export, "--regels", Self.rules, "--tot", "8-11-2021"]).status == 64)
        #expect(try InProcess.run(["boekingen", Self.account, "geen-bestand.csv", "--regels", Self.rules]).status == 66)
    }

    @Test func internationalExportWithSignedAmountsQuotesBOMAndCRLF() throws {
        let folder = temporary("internationaal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let rules = """
            { "csv": { "scheidingsteken": ",", "decimaalteken": ".", "datumformaat": "jjjj-mm-dd",
                "kolommen": { "datum": "Date", "rekening": "Account", "omschrijving": "Description", "bedrag": "Amount" } },
              "regels": [
                { "naam": "Rent", "rekeningen": ["4300-4399"], "regel": "Huur" },
                { "naam": "Split", "rekeningen": [4400], "verdeling": [ { "regel": "Huur", "procent": 33.333333 }, { "regel": "Overige diensten", "procent": 66.666667 } ] },
                { "naam": "Leudal", "omschrijving": "*leudal*", "regel": "Leudal" } ] }
            """
        let csv = "\u{FEFF}Date,Account,Description,Amount\r\n2021-01-05,4300,\"Rent, January\",\"1,000.50\"\r\n2021-02-01,4400,\"Cleaning \"\"spring\"\"\",0.01\r\n"
            + "2021-03-01,8200,Contribution LEUDAL Q1,-20000\r\n2021-03-02,1200,Bank,5.25\r\n"
        try rules.write(to: folder.appendingPathComponent("regels.json"), atomically: true, encoding: .utf8)
        try csv.write(to: folder.appendingPathComponent("export.csv"), atomically: true, encoding: .utf8)
        let result = try InProcess.run([
            "boekingen", Self.account, folder.appendingPathComponent("export.csv").path, "--regels", folder.appendingPathComponent("regels.json").path, "--formaat", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        let lines = try #require(report["regels"] as? [[String: Any]])
        func actual(_ name: String) -> Int? { cents(lines.first { $0["naam"] as? String == name }?["werkelijk"]) }
        // One cent split 1/3 : 2/3 goes whole to the larger share.
        #expect(actual("Huur") == 1_000_50)
        #expect(actual("Overige diensten") == 1)
        #expect(actual("Leudal") == 20_000_00)
        let unassigned = try #require(report["niet-toegewezen"] as? [String: Any])
        #expect(unassigned["aantal"] as? Int == 1 && cents(unassigned["bedrag"]) == 5_25)
        #expect((report["aansluiting"] as? [String: Any])?["sluit"] as? Bool == true)
    }

    @Test func folderScansSkipTheRulesFileAndTheExport() throws {
        let overview = try InProcess.run(["overzicht", "Budgets/midden-limburg", "--formaat", "json"])
        #expect(overview.status == 0, "\(overview.stderr)")
        #expect(!overview.stdout.contains("boekingsregels") && !overview.stderr.contains("boekingsregels"))
        let check = try InProcess.run(["check", "Budgets"])
        #expect(!check.stdout.contains("boekingsregels") && !check.stderr.contains("boekingsregels"), "\(check.stderr)")
    }
}
