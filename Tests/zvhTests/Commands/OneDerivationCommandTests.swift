import Foundation
import Testing

/// End-to-end checks that every format renders one value: the amounts the text shows
/// are the presentation rounding of the JSON's exact amounts, findings reach the members
/// they touch, and the same broken file always gives the same diagnostic.
@Suite struct OneDerivationCommandTests {
    /// Every report command over the bundled budgets, as arguments.
    static var reportRuns: [[String]] {
        let budgets = [
            "Budgets/midden-limburg/begroting-2022.json", "Budgets/midden-limburg/jaarrekening-2021.json",
            "Budgets/westelijke-mijnstreek/jaarrekening-2023.json", "Budgets/westelijke-mijnstreek/begroting-2024-jan-jul.json",
            "Budgets/noord-limburg/begroting-2024.json", "Budgets/westelijke-mijnstreek/voorbeelden/begroting-2019.json",
        ]
        var runs = budgets.flatMap { [["begroting", $0], ["jaarrekening", $0], ["scenario", $0]] }
        runs += [["overzicht"], ["gemeente", "Roermond"], ["gemeente", "Beek"], ["gemeente", "Venlo"], ["check"]]
        runs += [
            ["brief", "Leudal", budgets[0], "--concept"], ["brief", "Beek", budgets[3], "--concept"], ["brief", "Venlo", budgets[4], "--concept"],
            ["gemeente", "Leudal", "--uitleg"], ["gemeente", "Stein"],
        ]
        return runs
    }

    /// Every amount in a JSON document, in cents (numbers with at most two decimals
    /// that are not counts): collected as exact decimal text.
    static func jsonAmounts(_ text: String) -> Set<Int64> {
        var amounts: Set<Int64> = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "-" || character.isNumber, index == text.startIndex || " [:".contains(text[text.index(before: index)]) {
                var end = index
                while end < text.endIndex, "-0123456789.".contains(text[end]) { end = text.index(after: end) }
                if let cents = Self.cents(String(text[index..<end])) { amounts.insert(cents) }
                index = end
            } else {
                index = text.index(after: index)
            }
        }
        return amounts
    }

    static func cents(_ number: String) -> Int64? {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard number.count <= 16, let whole = Int64(parts[0]), parts.count <= 2 else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            guard parts[1].count <= 2, let value = Int64(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        let negative = number.hasPrefix("-")
        return whole * 100 + (negative ? -fraction : fraction)
    }

    /// The numbers in the table cells of a Markdown report with `--centen`: Dutch
    /// notation (`1.402.290,50`, `-13.245`, `+/+ 79`), in cents; percentages and labels
    /// are left out.
    static func shownAmounts(_ markdown: String) -> [Int64] {
        var result: [Int64] = []
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            for cell in line.split(separator: "|") {
                var text = cell.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "")
                if text.hasPrefix("+/+ ") { text = String(text.dropFirst(4)) }
                if text.hasPrefix("-/- ") { text = "-" + text.dropFirst(4) }
                guard text.range(of: #"^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$"#, options: .regularExpression) != nil else { continue }
                let plain = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                if let cents = Self.cents(plain) { result.append(cents) }
            }
        }
        return result
    }

    @Test(arguments: reportRuns)
    func everyShownAmountIsAnAmountOfTheJSON(arguments: [String]) throws {
        let json = try InProcess.run(arguments + ["--formaat", "json"])
        let shown = try InProcess.run(arguments + ["--formaat", "markdown"] + (arguments == ["check"] ? [] : ["--centen"]))
        #expect(json.status == shown.status)
        let exact = Self.jsonAmounts(json.stdout)
        let amounts = Self.shownAmounts(shown.stdout)
        #expect(!amounts.isEmpty || arguments == ["check"], "\(arguments)")
        // With --centen the presentation rounding is the identity: every amount shown is
        // one the JSON holds (totals, lines, contributions, differences, findings).
        let missing = amounts.filter { !exact.contains($0) }
        #expect(missing.isEmpty, "\(arguments): shown but not in the JSON: \(missing.prefix(5))")
    }

    @Test func gemeenteRoermondShowsTheSettlementFindingOf2022() throws {
        let result = try InProcess.run(["gemeente", "Roermond", "--formaat", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let periods = try #require(document["perioden"] as? [[String: Any]])
        let period2022 = try #require(periods.first { ($0["bestand"] as? String)?.hasSuffix("begroting-2022.json") == true })
        let findings = try #require(period2022["bevindingen"] as? [[String: Any]])
        let settlement = try #require(findings.first { $0["regel"] as? String == "verrekening-wijkt-af" && ($0["melding"] as? String)?.contains("27.461") == true })
        #expect((settlement["gemeenten"] as? [String])?.contains("Roermond") == true)
        #expect((settlement["vergeleken-met"] as? String)?.hasSuffix("jaarrekening-2021.json") == true)
        let text = try InProcess.run(["gemeente", "Roermond"])
        #expect(text.stdout.contains("27.461 meer dan het overschot"))
    }

    @Test func sharesAreNumbersInJSON() throws {
        let result = try InProcess.run(["begroting", "Budgets/midden-limburg/begroting-2022.json", "--formaat", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let members = try #require(document["bijdragen"] as? [[String: Any]])
        #expect(members.allSatisfy { $0["aandeel"] is NSNumber })
        #expect((members.first?["sleutel"] as? [String: Any])?["gewicht"] as? NSNumber == 66777)
    }

    @Test func theSameBrokenFileGivesTheSameDiagnosticInTwentyRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-determinism-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("b.json")
        let json = """
            { "soort": "begroting", "organisatie": { "code": "t", "naam": "T" }, "periode": { "jaar": 2024 },
              "bron": { "document": "t" }, "gemeenten": [ { "naam": "A" } ],
              "kolommen": [ { "naam": "b", "soort": "begroot" }, { "naam": "w", "soort": "werkelijk" } ],
              "lasten": [ { "naam": "Kosten", "bedragen": { "b": 1, "w": 2 }, "vermeld": { "w": 3, "b": 4 } } ],
              "baten": [] }
            """
        try json.write(to: file, atomically: true, encoding: .utf8)
        var diagnostics: Set<String> = []
        for _ in 0..<20 {
            let result = try InProcess.run(["check", file.path])
            #expect(result.status == 65)
            diagnostics.insert(result.stderr)
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.contains(":4:85: fout: 'lasten[0].vermeld.w'") == true)
    }
}
