import Foundation
import Testing
@testable import zvh

/// `zvh verrekening` and `zvh volgend-jaar` before and after the board adopts a
/// resultaatbestemming, on the bundled Midden-Limburg jaarrekening 2021 and the example
/// `voorbeelden/resultaatbestemming/jaarrekening-2021.json` (the same account with reserve 31265, a
/// plafond of 60.000 and the adopted bestemming `zvh resultaatbestemming --vaststellen` wrote).
@Suite struct AdoptedAppropriationCommandTests {
    static let root = ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg")
    static let adopted = root.appendingPathComponent("voorbeelden/resultaatbestemming/jaarrekening-2021.json").path

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

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = run(arguments + ["--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    /// A folder with begroting 2022 and a jaarrekening 2021 (`account`), as the books of one organisation.
    static func books(account: String) throws -> URL {
        let folder = try SpreadsheetCommandTests.folder()
        try FileManager.default.copyItem(at: root.appendingPathComponent("begroting-2022.json"), to: folder.appendingPathComponent("begroting-2022.json"))
        try FileManager.default.copyItem(atPath: account, toPath: folder.appendingPathComponent("jaarrekening-2021.json").path)
        return folder
    }

    @Test func verrekeningSettlesOnlyWhatTheAdoptedBestemmingLeaves() throws {
        let before = try Self.json(["verrekening", Self.root.appendingPathComponent("jaarrekening-2021.json").path, "--alleen-bestand"])
        #expect(Self.int(before["verrekend-resultaat"]) == 83_584)
        #expect(Self.int(before["niet-verrekend-resultaat"]) == 0)
        #expect(before["resultaatbestemming"] is NSNull)

        let after = try Self.json(["verrekening", Self.adopted, "--alleen-bestand"])
        #expect(Self.int(after["resultaat"]) == 83_584)
        #expect(Self.int(after["verrekend-resultaat"]) == 23_584)
        #expect(Self.int(after["niet-verrekend-resultaat"]) == 60_000)
        let pok = try #require((after["componenten"] as? [[String: Any]])?.first { $0["code"] as? String == "pok" })
        #expect(Self.int(pok["naar-reserve"]) == 60_000)
        #expect(Self.int(pok["verrekening"]) == -37_800)
        #expect(pok["reserve"] as? String == "31265")
        let parts = try #require(after["naar-reserves"] as? [[String: Any]])
        #expect(parts.map { Self.int($0["bedrag"]) } == [60_000])
        let decision = try #require(after["resultaatbestemming"] as? [String: Any])
        #expect(decision["datum"] as? String == "2022-07-07")
        let members = try #require(after["gemeenten"] as? [[String: Any]])
        #expect(members.compactMap { Self.int($0["verrekening"]) }.reduce(0, +) == -23_584)
    }

    @Test func nietVerrekenenStillLeavesAWholeComponentOut() throws {
        let result = try Self.json(["verrekening", Self.root.appendingPathComponent("jaarrekening-2021.json").path, "--alleen-bestand", "--niet-verrekenen", "pok"])
        #expect(Self.int(result["verrekend-resultaat"]) == -14_216)
        #expect(Self.int(result["niet-verrekend-resultaat"]) == 97_800)
    }

    @Test func volgendJaarFollowsTheAdoptedBestemmingAndTheReserveScheduleShowsIt() throws {
        // Before adoption: the nacalculatie asks 27.461 back from the members.
        let plain = try Self.books(account: Self.root.appendingPathComponent("jaarrekening-2021.json").path)
        defer { try? FileManager.default.removeItem(at: plain) }
        let plainOut = plain.appendingPathComponent("begroting-2023.json").path
        let first = Self.run(["volgend-jaar", plain.appendingPathComponent("begroting-2022.json").path, "--jaarrekening", plain.appendingPathComponent("jaarrekening-2021.json").path, "--nacalculatie", "--uitvoer", plainOut])
        #expect(first.status == 0, "\(first.stderr)")
        let plainFile = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plainOut))) as? [String: Any])
        let plainSettlement = try #require(plainFile["verrekening"] as? [String: Any])
        #expect((plainSettlement["componenten"] as? [[String: Any]])?.compactMap { Self.int($0["bedrag"]) } == [27_461])
        #expect(plainSettlement["naar-reserves"] == nil)

        // After adoption: 60.000 of POK to reserve 31265, so the members pay back 87.461 and the reserve gets 60.000.
        let folder = try Self.books(account: Self.adopted)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("begroting-2023.json").path
        let second = Self.run(["volgend-jaar", folder.appendingPathComponent("begroting-2022.json").path, "--jaarrekening", folder.appendingPathComponent("jaarrekening-2021.json").path, "--nacalculatie", "--uitvoer", output])
        #expect(second.status == 0, "\(second.stderr)")
        let written = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let settlement = try #require(written["verrekening"] as? [String: Any])
        #expect((settlement["componenten"] as? [[String: Any]])?.compactMap { Self.int($0["bedrag"]) } == [87_461])
        let parts = try #require(settlement["naar-reserves"] as? [[String: Any]])
        #expect(parts.map { Self.int($0["bedrag"]) } == [60_000])
        #expect(parts.map { $0["reserve"] as? String } == ["31265"])
        // Conserved: begroting 2022 returned 111.045; 87.461 back from the members, 60.000 to the reserve: 83.584 in all.
        #expect(-111_045 + 87_461 - 60_000 == -83_584)
        #expect((written["opmerkingen"] as? [String])?.contains { $0.contains("volgt de vastgestelde resultaatbestemming") } == true)

        let budget = try Self.json(["begroting", output, "--alleen-bestand"])
        let schedule = try #require((budget["verloop-reserves"] as? [String: Any])?["reserves"] as? [[String: Any]])
        let reserve = try #require(schedule.first { $0["naam"] as? String == "31265" })
        #expect(Self.int(reserve["stand-begin"]) == 97_800)
        #expect(Self.int(reserve["toevoegingen"]) == 60_000)
        #expect(Self.int(reserve["stand-eind"]) == 157_800)

        let check = Self.run(["check", output])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func vaststellenWritesTheProposalAsTheAdoptedBlockThatZvhReadsBack() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("jaarrekening-2021.json").path
        let result = Self.run(["resultaatbestemming", Self.adopted, "--alleen-bestand", "--vaststellen", "2022-07-08", "--besluit", "AB 8 juli 2022", "--uitvoer", output])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try Self.json(["verrekening", output, "--alleen-bestand"])
        let decision = try #require(after["resultaatbestemming"] as? [String: Any])
        #expect(decision["besluit"] as? String == "AB 8 juli 2022")
        #expect(Self.int(after["niet-verrekend-resultaat"]) == 60_000)
    }

    @Test func vaststellenWithoutABesluitOrWithABadDateIsAUsageError() {
        for arguments in [["--vaststellen", "2022-07-08"], ["--besluit", "AB"], ["--vaststellen", "8-7-2022", "--besluit", "AB"]] {
            let result = Self.run(["resultaatbestemming", Self.adopted, "--alleen-bestand"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func vaststellenNeverWritesOverItsInput() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("jaarrekening-2021.json").path
        try FileManager.default.copyItem(atPath: Self.adopted, toPath: file)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let result = Self.run(["resultaatbestemming", file, "--vaststellen", "2022-07-08", "--besluit", "AB", "--uitvoer", file])
        #expect(result.status == 64)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    @Test func anAdoptedAmountBeyondTheResultIsRefusedWithFileLineAndColumn() throws {
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Self.adopted, encoding: .utf8).replacingOccurrences(of: "\"naar-reserve\": 60000", with: "\"naar-reserve\": 97801")
        let file = folder.appendingPathComponent("jaarrekening-2021.json").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = Self.run(["verrekening", file, "--alleen-bestand"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(file):"))
        #expect(result.stderr.contains(": fout: 'vastgestelde-resultaatbestemming.componenten[0]': naar-reserve 97.801 past niet bij het resultaat +/+ 97.800"))
    }
}
