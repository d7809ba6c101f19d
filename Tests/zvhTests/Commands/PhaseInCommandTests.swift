import Foundation
import Testing

@Suite struct PhaseInCommandTests {
    static let budget = "Budgets/midden-limburg/begroting-2022.json"

    /// Per variant of the meerjarenraming: per year the members' amounts in cents.
    func projection(_ arguments: [String]) throws -> [String: [[String: Int64]]] {
        let result = try InProcess.run(["scenario", Self.budget, "--formaat", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let variants = try #require((document["meerjarenraming"] as? [String: Any])?["varianten"] as? [[String: Any]])
        var byName: [String: [[String: Int64]]] = [:]
        for variant in variants {
            let years = try #require(variant["jaren"] as? [[String: Any]])
            byName[try #require(variant["naam"] as? String)] = try years.map { year in
                let amounts = try #require(year["bijdragen"] as? [String: NSNumber])
                return amounts.mapValues { Int64(truncating: NSDecimalNumber(decimal: $0.decimalValue * 100)) }
            }
        }
        return byName
    }

    @Test func ingroeiInFourYearsStepsAQuarterOfTheFullEffectPerYearAndAddsUpToZero() throws {
        let phased = try projection(["--ingroei", "inwoners/4"])
        let full = try projection(["--sleutel", "inwoners"])
        let basis = try #require(phased["basis"])
        let steps = try #require(phased["snelle wijzigingen"])
        let fullSteps = try #require(full["snelle wijzigingen"])
        #expect(steps.count == 4)
        for (index, year) in steps.enumerated() {
            let k = Int64(index + 1)
            var sum: Int64 = 0
            for (member, amount) in year {
                let difference = amount - basis[index][member, default: 0]
                let fullDifference = fullSteps[index][member, default: 0] - basis[index][member, default: 0]
                sum += difference
                #expect(abs(4 * difference - k * fullDifference) < 4 * 100, "\(member) in jaar \(k)")
            }
            #expect(sum == 0)
        }
        #expect(steps[3] == fullSteps[3])
    }

    @Test func theReportShowsTheDerivationPerYearInEveryFormat() throws {
        for format in ["tekst", "markdown", "csv", "html", "json"] {
            let result = try InProcess.run(["scenario", Self.budget, "--ingroei", "inwoners/4/1000", "--formaat", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains(format == "json" ? "\"gewicht-nieuwe-sleutel\"" : "Ingroei van de verdeelsleutel"), "\(format)")
        }
    }

    @Test func aBadIngroeiOptionIsAUsageError() throws {
        for value in ["inwoners", "inwoners/0", "inwoners/31", "inwoners/4/-5", "inwoners/4/veel", "/4"] {
            let result = try InProcess.run(["scenario", Self.budget, "--ingroei", value])
            #expect(result.status == 64, "\(value)")
            #expect(result.stderr.contains("--ingroei"), "\(value)")
            #expect(result.stdout.isEmpty)
        }
        let unknown = try InProcess.run(["scenario", Self.budget, "--ingroei", "inwonres/4"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("inwoners"))
    }

    @Test func aBadIngroeiInAScenarioFileNamesFileLineAndColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-ingroei-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, String)] = [
            (#"{"soort": "ingroei", "sleutel": "inwoners", "jaren": 0}"#, "jaren"),
            (#"{"soort": "ingroei", "sleutel": "inwoners"}"#, "jaren"),
            (#"{"soort": "ingroei", "sleutel": "inwoners", "jaren": 4, "plafond": {"per-jaar": -1}}"#, "negatief"),
            (#"{"soort": "ingroei", "sleutel": "inwoners", "jaren": 4, "plafond": {}}"#, "per-jaar"),
            (#"{"soort": "ingroei", "sleutel": "inwoners", "jaren": 4, "stappen": 2}"#, "stappen"),
        ]
        for (index, (change, expected)) in cases.enumerated() {
            let file = directory.appendingPathComponent("s\(index).json")
            try "{\n  \"naam\": \"x\",\n  \"wijzigingen\": [\n    \(change)\n  ]\n}\n".write(to: file, atomically: true, encoding: .utf8)
            let output = directory.appendingPathComponent("uit\(index).txt")
            let result = try InProcess.run(["scenario", Self.budget, "--scenario", file.path, "--uitvoer", output.path])
            #expect(result.status == 65, "\(change): \(result.stderr)")
            #expect(result.stderr.contains("\(file.path):4:"), "\(change): \(result.stderr)")
            #expect(result.stderr.contains(expected), "\(change): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }
}
