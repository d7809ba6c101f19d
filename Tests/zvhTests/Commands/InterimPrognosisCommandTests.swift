import Foundation
import Testing
@testable import zvh

/// `zvh tussenrapportage --prognose`: the interim report from a file's own prognose
/// column (`voorbeelden/jaarrekening-2021-prognose.json`, werkelijk to 8 November 2021),
/// the same content as from the bookings, and exactly one source.
@Suite struct InterimPrognosisCommandTests {
    static let example = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/voorbeelden/jaarrekening-2021-prognose.json").path
    static let bookings = [
        "--boekingen", ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/boekingen-2021.csv").path,
        "--regels", ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/boekingsregels.json").path, "--tot", "2021-11-08",
    ]

    /// Runs zvh in process; a run that writes a file runs the binary, as the output
    /// writer's temporary file and signal handlers are process-wide.
    static func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        if arguments.contains("--uitvoer") || arguments.contains("--wijziging") {
            guard let result = try? ZVHProcess.run(arguments) else { return (-1, "", "zvh kon niet gestart worden") }
            return (result.status, result.stdout, result.stderr)
        }
        var out = ""
        var err = ""
        let status = ZVH.run(arguments: arguments, stdout: &out, stderr: &err)
        return (status, out, err)
    }

    static func lines(_ arguments: [String]) throws -> [String: [String: Any]] {
        let result = run(["tussenrapportage", example] + arguments + ["--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let lines = try #require(document["regels"] as? [[String: Any]])
        return Dictionary(lines.map { (($0["code"] as? String) ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func formatieVastPersoneelsPrognoseIsItsWerkelijkAsFromTheBookings() throws {
        let column = try Self.lines(["--prognose"])
        let formatie = try #require(column["personeel.formatie"])
        #expect((formatie["prognose"] as? NSNumber)?.intValue == 546_555)
        #expect(formatie["grondslag"] as? String == "volledig gerealiseerd")
        // Every cost line: the column's prognose equals the bookings route's (they share begroot and werkelijk).
        let booked = try Self.lines(Self.bookings)
        for code in ["personeel.formatie", "inhuur.ingeleend", "inhuur.uitbesteed", "inhuur.studie-en-reiskosten", "materieel.huur", "materieel.overige-diensten", "materieel.representatie"] {
            #expect((column[code]?["prognose"] as? NSNumber) == (booked[code]?["prognose"] as? NSNumber), "\(code)")
            #expect(column[code]?["grondslag"] as? String == booked[code]?["grondslag"] as? String, "\(code)")
        }
        // The file states the POK's expected amount; the bookings have none.
        #expect((column["pok"]?["prognose"] as? NSNumber)?.intValue == 97_800)
        #expect(column["pok"]?["grondslag"] as? String == "verwacht bedrag uit het bestand")
    }

    @Test func explanationsAndTheProposedAmendmentWorkFromThePrognoseColumn() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let explanations = folder.appendingPathComponent("toelichtingen.json").path
        try #"{ "inhuur.ingeleend": "Vacature pas in september ingevuld." }"#.write(toFile: explanations, atomically: true, encoding: .utf8)
        let proposal = folder.appendingPathComponent("wijziging.json").path
        let lines = try Self.lines(["--prognose", "--toelichtingen", explanations, "--wijziging", proposal, "--drempel", "20000", "--drempel", "50%"])
        #expect(lines["inhuur.ingeleend"]?["toelichting"] as? String == "Vacature pas in september ingevuld.")
        #expect(lines["materieel.huur"]?["boven-drempel"] as? Bool == false)
        let shown = Self.run(["begroting", proposal, "--formaat", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("wijziging-tussenrapportage"))
    }

    @Test func bothSourcesOrNeitherIsAUsageErrorInDutch() {
        let both = Self.run(["tussenrapportage", Self.example, "--prognose"] + Self.bookings)
        #expect(both.status == 64)
        #expect(both.stderr.contains("kies één bron"))
        let partly = Self.run(["tussenrapportage", Self.example, "--prognose", "--tot", "2021-11-08"])
        #expect(partly.status == 64)
        let neither = Self.run(["tussenrapportage", Self.example])
        #expect(neither.status == 64)
        #expect(neither.stderr.contains("geef een bron"))
        #expect(neither.stdout.isEmpty && both.stdout.isEmpty)
    }

    @Test func aFileWithoutAPrognoseColumnIsADataErrorNamingTheFile() {
        let file = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/jaarrekening-2021.json").path
        let result = Self.run(["tussenrapportage", file, "--prognose"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file):"))
        #expect(result.stderr.contains("geen kolom van soort \"prognose\""))
        #expect(result.stdout.isEmpty)
    }
}
