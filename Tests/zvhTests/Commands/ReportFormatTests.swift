import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ReportFormatTests {
    static let begroting = "Budgets/midden-limburg/begroting-2022.json"

    @Test func markdownRendersAsTablesWithAnAlignmentRowAndEqualColumns() throws {
        let result = try InProcess.run(["begroting", Self.begroting, "--formaat", "markdown"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        var tables = 0
        while index < lines.count {
            guard lines[index].hasPrefix("|") else {
                index += 1
                continue
            }
            let block = lines[index...].prefix { $0.hasPrefix("|") }
            let counts = block.map { $0.split(separator: "|", omittingEmptySubsequences: false).count }
            #expect(Set(counts).count == 1, "every row has the same number of cells")
            #expect(block.dropFirst().first?.allSatisfy { "|-: ".contains($0) } == true, "second row aligns")
            tables += 1
            index += block.count
        }
        // Lines, contributions, the verloop of the reserves and the art. 19 overview.
        #expect(tables == 4)
        #expect(result.stdout.contains("| Echt-Susteren ⚠2 | 66.777 | 12,12% | 66.777 | -1.605 | -11.853 | -13.458 | 53.319 |"))
    }

    @Test func csvOpensInDutchExcelAndMatchesTheJSON() throws {
        let csv = try InProcess.run(["begroting", Self.begroting, "--formaat", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("\u{FEFF}"))
        // Titled blocks, one per table; the contributions are the second (then reserves, art. 19).
        let blocks = csv.stdout.dropFirst().components(separatedBy: "\r\n\r\n")
        #expect(blocks.count == 4)
        let rows = try #require(blocks.dropFirst().first).components(separatedBy: "\r\n").filter { !$0.isEmpty }.dropFirst()
            .filter { !$0.hasPrefix("0;totaal;") }.map { $0.components(separatedBy: ";") }
        let header = try #require(rows.first)
        #expect(Array(header.prefix(3)) == ["niveau", "soort", "gemeente"])
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count }, "one header row, same width everywhere")
        let json = try InProcess.run(["begroting", Self.begroting, "--formaat", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let contributions = try #require(document["bijdragen"] as? [[String: Any]])
        func number(_ field: String) -> Int? {
            #expect(!field.contains("."), "no thousands separators")
            return Int(field.replacingOccurrences(of: ",", with: "."))
        }
        let column = { (name: String) in try #require(header.firstIndex(of: name)) }
        for (row, entry) in zip(rows.dropFirst(), contributions) {
            #expect(row[try column("gemeente")] == entry["gemeente"] as? String)
            #expect(number(row[try column("bijdrage")]) == entry["bijdrage"] as? Int)
            #expect(number(row[try column("verrekening")]) == entry["verrekening"] as? Int)
            #expect(number(row[try column("definitief")]) == entry["definitief"] as? Int)
        }
    }

    @Test func htmlIsWellFormedSelfContainedAndHasCharts() throws {
        for arguments in [["begroting", Self.begroting], ["jaarrekening", "Budgets/midden-limburg/jaarrekening-2021.json"], ["gemeente", "Beek"], ["check"], ["overzicht"]] {
            let result = try InProcess.run(arguments + ["--formaat", "html"])
            #expect(result.status == (arguments[0] == "check" ? 1 : 0))
            let parser = XMLParser(data: Data(result.stdout.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
            #expect(parser.parse(), "\(arguments): \(String(describing: parser.parserError))")
            #expect(result.stdout.contains("<html lang=\"nl\""))
            #expect(!result.stdout.contains("src=\"http"))
            #expect(!result.stdout.contains("<link"))
            if arguments[0] != "check" {
                #expect(result.stdout.contains("<svg"))
                #expect(result.stdout.contains("<caption>"))
            }
        }
    }

    @Test func gemeenteBeekShowsBothPeriodsAndPointsAtTheDuplicateLine() throws {
        let result = try InProcess.run(["gemeente", "Beek", "Budgets/westelijke-mijnstreek"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Financiën 2023"))
        #expect(result.stdout.contains("januari t/m juli 2024"))
        #expect(result.stdout.contains("⚠ dubbele-regel"))
        #expect(result.stdout.contains("waarschijnlijk Stein"))
        let json = try InProcess.run(["gemeente", "beek", "--formaat", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let periods = try #require(document["perioden"] as? [[String: Any]])
        #expect(periods.count == 2)
        let remarks = try #require(periods[1]["bevindingen"] as? [[String: Any]])
        #expect(remarks.contains { $0["regel"] as? String == "dubbele-regel" })
    }

    @Test func gemeenteWithAnUnknownNameSuggestsTheClosest() throws {
        let result = try InProcess.run(["gemeente", "Bek"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("bedoelde u 'Beek'?"))
    }

    @Test func uitlegExplainsEveryContribution() throws {
        let result = try InProcess.run(["begroting", Self.begroting, "--uitleg"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Uitleg per gemeente"))
        #expect(result.stdout.contains("gewicht 81.598 van in totaal 550.968"))
        #expect(result.stdout.contains("Exact: -13.245 × 81.598 / 550.968 = -1.961,5758…"))
        #expect(result.stdout.contains("Definitief: 81.598 − 1.961 − 14.484 = 65.153."))
    }

    @Test func everyReportIsByteIdenticalAcrossRunsLocalesAndTimeZones() throws {
        for format in ["tekst", "markdown", "csv", "json", "html"] {
            for arguments in [
                ["overzicht"], ["begroting", Self.begroting, "--uitleg"], ["jaarrekening", "Budgets/midden-limburg/jaarrekening-2021.json"],
                ["gemeente", "Beek"], ["check"],
                ["scenario", "Budgets/noord-limburg/begroting-2024.json", "--scenario", "extra-fte-mda", "--jaren", "2", "--gevoeligheid"],
            ] {
                let first = try InProcess.run(arguments + ["--formaat", format])
                let second = try ZVHProcess.run(arguments + ["--formaat", format], environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "TZ": "Asia/Tokyo"])
                #expect(first.stdout == second.stdout, "\(arguments) \(format)")
            }
        }
    }
}

@Suite struct OutputFileTests {
    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-uitvoer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func uitvoerWritesTheFileAndNothingToStdout() throws {
        let directory = try Self.temporaryDirectory()
        let target = directory.appendingPathComponent("rapport.html")
        let result = try InProcess.run(["begroting", ReportFormatTests.begroting, "--formaat", "html", "--uitvoer", target.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["rapport.html"], "no temporary file left")
    }

    @Test func uitvoerRefusesToOverwriteAnInput() throws {
        let directory = try Self.temporaryDirectory()
        let input = directory.appendingPathComponent("begroting.json")
        try FileManager.default.copyItem(atPath: ZVHProcess.packageRoot.appendingPathComponent(ReportFormatTests.begroting).path, toPath: input.path)
        let before = try Data(contentsOf: input)
        let sameFile = directory.appendingPathComponent("./begroting.json").path
        let result = try InProcess.run(["begroting", input.path, "--uitvoer", sameFile])
        #expect(result.status == 64)
        #expect(result.stderr.contains("weigert te schrijven over het invoerbestand"))
        #expect(try Data(contentsOf: input) == before)
        let link = directory.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let viaLink = try InProcess.run(["begroting", input.path, "--uitvoer", link.path])
        #expect(viaLink.status == 64)
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func uitvoerIntoAMissingFolderFailsWithoutLeavingAnything() throws {
        let directory = try Self.temporaryDirectory()
        let target = directory.appendingPathComponent("bestaat-niet/rapport.txt")
        let result = try InProcess.run(["overzicht", "--uitvoer", target.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("fout: kan niet schrijven"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
