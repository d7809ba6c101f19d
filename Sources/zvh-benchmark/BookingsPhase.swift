import Foundation
import ZVHFinance

/// `zvh boekingen` at scale: an export of a million bookings (Dutch notation, debit and
/// credit, quoted descriptions, CRLF) written to a temporary file, then assigned by 20
/// rules (account ranges, cost centres, description patterns, a split) and reported as
/// JSON. Only the assignment and the report are timed; the process's peak memory shows
/// that reading streams.
enum BookingsPhase {
    static let budget = """
        { "soort": "begroting", "organisatie": { "code": "b", "naam": "B" }, "periode": { "jaar": 2025 }, "bron": { "document": "gegenereerd" },
          "gemeenten": [ { "naam": "A" }, { "naam": "B" }, { "naam": "C" } ], "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
          "lasten": [ { "groep": "Personeel", "regels": [
              { "naam": "Salarissen", "soort": "personeel", "bedragen": { "begroot": 900000 } },
              { "naam": "Inhuur", "soort": "personeel", "bedragen": { "begroot": 80000 } } ] },
            { "naam": "Huur", "soort": "materieel", "bedragen": { "begroot": 70000 } },
            { "naam": "ICT", "soort": "materieel", "bedragen": { "begroot": 40000 } },
            { "naam": "Diensten", "soort": "materieel", "bedragen": { "begroot": 30000 } },
            { "naam": "Representatie", "soort": "materieel", "bedragen": { "begroot": 2000 } } ],
          "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 100000 } },
            { "naam": "Bijdrage A", "soort": "gemeentelijke-bijdrage", "gemeente": "A", "bedragen": { "begroot": 400000 } },
            { "naam": "Bijdrage B", "soort": "gemeentelijke-bijdrage", "gemeente": "B", "bedragen": { "begroot": 350000 } },
            { "naam": "Bijdrage C", "soort": "gemeentelijke-bijdrage", "gemeente": "C", "bedragen": { "begroot": 272000 } } ] }
        """

    static let rules = """
        { "csv": { "kolommen": { "datum": "Boekdatum", "rekening": "Rekening", "kostenplaats": "Kostenplaats", "omschrijving": "Omschrijving", "debet": "Debet", "credit": "Credit" } },
          "regels": [
            { "naam": "r1", "rekeningen": ["4000-4049"], "kostenplaatsen": ["6120", "6121"], "regel": "Salarissen" },
            { "naam": "r2", "rekeningen": ["4050-4099"], "regel": "Salarissen" },
            { "naam": "r3", "rekeningen": ["4200-4209"], "omschrijving": "*detachering*", "regel": "Inhuur" },
            { "naam": "r4", "rekeningen": ["4200-4299"], "regel": "Inhuur" },
            { "naam": "r5", "rekeningen": ["4300-4319"], "regel": "Huur" },
            { "naam": "r6", "rekeningen": ["4320"], "verdeling": [ { "regel": "Huur", "procent": 75 }, { "regel": "Diensten", "procent": 25 } ] },
            { "naam": "r7", "rekeningen": ["4400-4409"], "regel": "ICT" },
            { "naam": "r8", "rekeningen": ["4410"], "omschrijving": ["lunch*", "*bloemen*"], "regel": "Representatie" },
            { "naam": "r9", "rekeningen": ["4410-4499"], "regel": "Diensten" },
            { "naam": "r10", "rekeningen": ["4500-4599"], "regel": "Representatie" },
            { "naam": "r11", "rekeningen": ["8100"], "regel": "Rijk" },
            { "naam": "r12", "rekeningen": ["8200"], "omschrijving": "*gemeente A*", "regel": "Bijdrage A" },
            { "naam": "r13", "rekeningen": ["8200"], "omschrijving": "*gemeente B*", "regel": "Bijdrage B" },
            { "naam": "r14", "rekeningen": ["8200"], "omschrijving": "*gemeente C*", "regel": "Bijdrage C" } ] }
        """

    static let accounts: [UInt64] = [4000, 4010, 4060, 4200, 4250, 4300, 4320, 4400, 4410, 4450, 4510, 8100, 8200, 1300]
    static let descriptions = ["Salaris medewerker", "Factuur detachering zuid", "Inhuur adviseur", "Huur kantoor", "Energie; schoonmaak",
                               "ICT-licentie", "Lunch stuurgroep", "Drukwerk", "Abonnement", "Rijksbijdrage", "Bijdrage gemeente B", "Onbekend"]

    static func run(count: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-benchmark-boekingen-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(count: count, to: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let budget = try BudgetFileReader.read(Array(Self.budget.utf8), file: "begroting.json")
        let rules = try BookingRulesReader.read(Array(Self.rules.utf8), file: "regels.json")
        let clock = ContinuousClock()
        var actuals: BookingActuals?
        var failure: BookingsError?
        var sink = CountingSink()
        let elapsed = clock.measure {
            do throws(BookingsError) {
                actuals = try BookingAssigner.assign(budget: budget, rules: rules, exportPath: path, through: BookingDate(year: 2025, month: 11, day: 8))
                ReportFormat.json.render(BookingsReport(actuals!), to: &sink)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        let result = actuals!
        return "\(result.bookingCount) boekingen (\(size / 1024 / 1024) MiB), \(result.unassignedCount) zonder regel, aansluiting \(result.reconciles ? "sluit" : "SLUIT NIET"); toewijzen + rapport \(Measure.milliseconds(elapsed)) (de rest is het schrijven van de export)"
    }

    /// Writes the export in blocks, so writing does not hold it in memory either.
    static func write(count: Int, to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var block = "\u{FEFF}Boekdatum;Dagboek;Rekening;Kostenplaats;Omschrijving;Debet;Credit\r\n"
        var state: UInt64 = 2025
        for index in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let random = Int(truncatingIfNeeded: state >> 33)
            let account = accounts[random % accounts.count]
            let cents = 100 + (random >> 4) % 500_000
            let amount = "\(cents / 100),\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
            let isIncome = account >= 8000
            let description = "\(descriptions[(random >> 12) % descriptions.count]) \(index)"
            block += "\(1 + random % 28 < 10 ? "0" : "")\(1 + random % 28)-\(1 + (random >> 8) % 12 < 10 ? "0" : "")\(1 + (random >> 8) % 12)-2025;MEM;\(account);612\(random % 3);"
                + (description.contains(";") ? "\"\(description)\"" : description) + ";\(isIncome ? "" : amount);\(isIncome ? amount : "")\r\n"
            if block.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(block.utf8))
                block = ""
            }
        }
        try handle.write(contentsOf: Data(block.utf8))
    }
}
