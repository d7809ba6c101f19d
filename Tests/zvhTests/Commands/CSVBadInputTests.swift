import Foundation
import Testing

/// Every CSV (and rules file of `zvh boekingen`) of the bad-input corpus (`bad-input/csv/`): a Dutch message with file, line
/// and column, exit 65, nothing on stdout and nothing written.
@Suite struct CSVBadInputTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var command: String
        var status: Int32
        var fragment: String
        var testDescription: String { file }
    }

    static let directory = ZVHProcess.packageRoot.appendingPathComponent("Tests/zvhTests/Corpus/bad-input/csv")

    static let expectations: [Expectation] = {
        let text = (try? String(contentsOf: directory.appendingPathComponent("expectations.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let status = Int32(fields[2]) else { return nil }
            return Expectation(file: fields[0], command: fields[1], status: status, fragment: fields[3])
        }
    }()

    static func arguments(_ expectation: Expectation, csv: String, output: String) -> [String] {
        switch expectation.command {
        case "afrekening": ["afrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--voorschotten", csv, "--uitvoer", output]
        case "boekingen":
            ["boekingen", "Budgets/midden-limburg/jaarrekening-2021.json", csv, "--regels", "Budgets/midden-limburg/boekingsregels.json", "--tot", "2021-11-08", "--uitvoer", output]
        case "boekingsregels":
            ["boekingen", "Budgets/midden-limburg/jaarrekening-2021.json", "Budgets/midden-limburg/boekingen-2021.csv", "--regels", csv, "--uitvoer", output]
        default: ["volgend-jaar", "Budgets/midden-limburg/begroting-2022.json", "--inwoners", csv, "--uitvoer", output]
        }
    }

    @Test func everyCSVHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func csvGivesItsMessageAndWritesNothing(_ expectation: Expectation) throws {
        let csv = Self.directory.appendingPathComponent(expectation.file).path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-csv-\(UUID().uuidString).out").path
        let result = try ZVHProcess.run(Self.arguments(expectation, csv: csv, output: output))
        #expect(result.status == expectation.status, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(csv + ":"), "\(result.stderr)")
        #expect(result.stderr.contains(expectation.fragment), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
