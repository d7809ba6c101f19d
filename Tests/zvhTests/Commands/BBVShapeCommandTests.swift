import Foundation
import Testing

/// The BBV shape of `zvh begroting --bbv` on Midden-Limburg 2022: baten and lasten
/// gross, the saldo, the mutaties reserves and the resultaat apart; lines matched across
/// the years by code, a regrouped group shown as moved.
@Suite struct BBVShapeCommandTests {
    static let begroting = "Budgets/midden-limburg/begroting-2022.json"

    static func bbv() throws -> [String: Any] {
        let document = try BBVCommandTests.json(["begroting", begroting, "--bbv"])
        return try #require(document["bbv"] as? [String: Any])
    }

    static func amounts(_ value: Any?) -> [Int?] {
        (value as? [Any])?.map { ($0 as? NSNumber)?.intValue } ?? []
    }

    static func row(_ rows: Any?, code: String) throws -> [String: Any] {
        try #require((rows as? [[String: Any]])?.first { $0["code"] as? String == code }, "row \(code)")
    }

    @Test func aReserveAdditionIsAMutatieReservesNotANegativeBaten() throws {
        let bbv = try Self.bbv()
        #expect(Self.amounts(bbv["totaal-baten"]).last == 746_568)
        #expect(Self.amounts(bbv["totaal-lasten"]).last == 648_768)
        #expect(Self.amounts(bbv["saldo-baten-en-lasten"]).last == 97_800)
        #expect(Self.amounts(bbv["mutaties-reserves"]).last == -97_800)
        #expect(Self.amounts(bbv["resultaat"]).last == 0)
        let baten = try #require(bbv["baten"] as? [[String: Any]])
        #expect(!baten.contains { ($0["code"] as? String)?.hasPrefix("reserve") == true })
        #expect(Self.amounts(try Self.row(bbv["reservemutaties"], code: "reserve-31265.toevoeging")["bedragen"]) == [nil, -97_800])
    }

    @Test func renamedLinesStandOnOneRowByCode() throws {
        let bbv = try Self.bbv()
        #expect(Self.amounts(try Self.row(bbv["baten"], code: "rijksbijdrage")["bedragen"]) == [97_000, 97_800])
        // The computed contributions of 2022 and the group "Bijdrage gemeenten" of 2021.
        #expect(Self.amounts(try Self.row(bbv["baten"], code: "bijdragen-gemeenten")["bedragen"]) == [553_341, 550_968])
        // Rijksbijdrage, POK (2021 and 2022 by code) and the contributions: no half-empty rows.
        #expect((bbv["baten"] as? [[String: Any]])?.count == 3)
        #expect(Self.amounts(try Self.row(bbv["baten"], code: "pok")["bedragen"]) == [nil, 97_800])
    }

    @Test func inhuurIsComparedLikeWithLikeAndShownAsMoved() throws {
        let bbv = try Self.bbv()
        // 2021 held Inhuur inside Personele kosten; 2022 beside it.
        #expect(Self.amounts(try Self.row(bbv["lasten"], code: "personeel")["bedragen"]) == [546_555, 532_010])
        #expect(Self.amounts(try Self.row(bbv["lasten"], code: "inhuur")["bedragen"]) == [50_518, 28_717])
        let moved = try #require(bbv["verplaatst"] as? [[String: Any]])
        #expect(moved.contains { $0["code"] as? String == "inhuur" && $0["van"] as? String == "Personele kosten" && $0["naar"] is NSNull })
        // Every column still adds up to its file's total.
        let lasten = try #require(bbv["lasten"] as? [[String: Any]])
        for column in 0..<2 {
            #expect(lasten.compactMap { Self.amounts($0["bedragen"])[column] }.reduce(0, +) == Self.amounts(bbv["totaal-lasten"])[column])
        }
        let text = try InProcess.run(["begroting", Self.begroting, "--bbv"]).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Verplaatst: Inhuur (code inhuur) stond in begroting 2021 onder \"Personele kosten\" en staat nu op het hoogste niveau"))
        #expect(text.contains("Saldo van baten en lasten"))
    }

    @Test func theReserveScheduleOfMiddenLimburg2022() throws {
        let document = try BBVCommandTests.json(["begroting", Self.begroting])
        let schedule = try #require(document["verloop-reserves"] as? [String: Any])
        let reserve = try #require((schedule["reserves"] as? [[String: Any]])?.first)
        #expect(reserve["naam"] as? String == "31265")
        #expect((reserve["stand-begin"] as? NSNumber)?.intValue == 0)
        #expect((reserve["toevoegingen"] as? NSNumber)?.intValue == 97_800)
        #expect((reserve["onttrekkingen"] as? NSNumber)?.intValue == 0)
        #expect((reserve["stand-eind"] as? NSNumber)?.intValue == 97_800)
        #expect((document["saldo-baten-en-lasten"] as? [String: Any])?["begroot"] as? Int == 97_800)
        #expect((document["mutaties-reserves"] as? [String: Any])?["begroot"] as? Int == -97_800)
        for format in ["tekst", "markdown", "csv", "html"] {
            let output = try InProcess.run(["begroting", Self.begroting, "--formaat", format]).stdout
            #expect(output.contains("stand eind") && output.contains("97.800") || output.contains("97800"), "\(format)")
        }
    }
}
