import Foundation
import Testing

/// The prognose of `zvh boekingen --tot` on the bundled bookings: a complete line stays
/// at its werkelijk, and no line is projected beyond the larger of begroot and werkelijk.
@Suite struct PrognosisCommandTests {
    @Test func aCompleteLineStaysAtItsActualAndNoLineOvershoots() throws {
        let result = try InProcess.run([
            "boekingen", "Budgets/midden-limburg/jaarrekening-2021.json", "Budgets/midden-limburg/boekingen-2021.csv",
            "--regels", "Budgets/midden-limburg/boekingsregels.json", "--tot", "2021-11-08", "--formaat", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let lines = try #require(document["regels"] as? [[String: Any]])
        func decimal(_ value: Any?) -> Decimal { (value as? NSNumber)?.decimalValue ?? 0 }
        let formatie = try #require(lines.first { $0["naam"] as? String == "Formatie vast personeel" })
        #expect(decimal(formatie["prognose"]) == 546_555)
        for line in lines {
            let bound = max(abs(decimal(line["begroot"])), abs(decimal(line["werkelijk"])))
            #expect(abs(decimal(line["prognose"])) <= bound, "\(line["naam"] ?? "")")
        }
    }
}
