import Foundation
import Testing
@testable import zvh

/// `zvh gemeente`: € per inwoner structureel is the library's structural figure (only
/// the structural lines), shown beside the bijdrage per inwoner (totaal).
@Suite struct MunicipalityStructuralTests {
    static func period(_ folder: String, year: Int) throws -> [String: Any] {
        var out = ""
        var err = ""
        let status = ZVH.run(arguments: ["gemeente", "Leudal", folder, "--formaat", "json"], stdout: &out, stderr: &err)
        #expect(status == 0, "\(err)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let periods = try #require(document["perioden"] as? [[String: Any]])
        return try #require(periods.first { ($0["titel"] as? String)?.contains("Begroting \(year)") == true })
    }

    @Test func structuralPerInwonerLeavesOutTheIncidentalLines() throws {
        // Bundled 2022: the incidental POK and its reserve addition cancel, so structural = totaal.
        let bundled = try Self.period(ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg").path, year: 2022)
        let total = try #require(bundled["per-inwoner-bijdrage"] as? NSNumber)
        #expect(bundled["per-inwoner-structureel"] as? NSNumber == total)
        #expect(total.decimalValue == Decimal(string: "2.27"))

        // Without the reserve addition the POK lowers this year's bijdrage, not the structural one.
        let folder = try SpreadsheetCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOf: ZVHProcess.packageRoot.appendingPathComponent("Budgets/midden-limburg/begroting-2022.json"), encoding: .utf8)
        let movement = #",\#n    { "naam": "Toevoeging reserve 31265", "code": "reserve-31265.toevoeging", "reserve": "31265", "soort": "reserve-toevoeging", "bedragen": { "begroot": -97800 } }"#
        #expect(source.contains(movement))
        let text = source.replacingOccurrences(of: movement, with: "")
        try text.write(to: folder.appendingPathComponent("begroting-2022.json"), atomically: true, encoding: .utf8)
        let changed = try Self.period(folder.path, year: 2022)
        let changedTotal = try #require(changed["per-inwoner-bijdrage"] as? NSNumber)
        let structural = try #require(changed["per-inwoner-structureel"] as? NSNumber)
        #expect(structural.decimalValue == total.decimalValue)
        #expect(changedTotal.decimalValue < structural.decimalValue)
    }
}
