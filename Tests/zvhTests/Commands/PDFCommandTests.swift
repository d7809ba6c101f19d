import Foundation
import Testing
@testable import zvh
@testable import ZVHFinance

/// `--formaat pdf` end to end: every report of every bundled budget as PDF, checked by
/// real readers (qpdf, pdftotext from poppler-utils) when they are installed — without
/// them each such test prints "skipped: … not installed" and passes.
@Suite(.serialized) struct PDFCommandTests {
    static let root = ZVHProcess.packageRoot.path

    /// A program on the PATH, or nil.
    static func tool(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program and returns its exit status and standard output.
    static func output(_ program: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func zvh(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let result = InProcess.outcome(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    /// Every report the bundled budgets give: per budget its own report, the scenario
    /// study, the advances and the letters (begroting), the settlement and final
    /// account (jaarrekening), and the overview, the check and every member's page.
    static func reports() throws -> [[String]] {
        let budgets = try FileManager.default.subpathsOfDirectory(atPath: root + "/Budgets")
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") && !$0.contains("scenarios/") && !$0.contains("boekingsregels") && !$0.hasSuffix("organisatie.json") }
            .sorted().map { root + "/Budgets/" + $0 }
        var runs: [[String]] = [["overzicht", root + "/Budgets"], ["check", root + "/Budgets"]]
        var members: [String] = []
        for file in budgets {
            let document = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
            let names = (document["gemeenten"] as? [[String: Any]] ?? []).compactMap { $0["naam"] as? String }
            if document["soort"] as? String == "begroting" {
                // Documents for members go out as drafts while a fout touches them (`--concept`).
                runs += [["begroting", file], ["scenario", file, "--gevoeligheid", "--jaren", "3"], ["voorschotten", file, "--concept"]]
                runs += names.map { ["brief", $0, file, "--datum", "2026-09-15", "--kenmerk", "ZVH/2026/001", "--concept"] }
            } else {
                runs += [["jaarrekening", file], ["verrekening", file], ["afrekening", file, "--concept"]]
            }
            if !file.contains("/voorbeelden/") { members += names.filter { !members.contains($0) } }
        }
        return runs + members.map { ["gemeente", $0, root + "/Budgets"] }
    }

    /// The numbers under a key that names a total (`totaal`, `totaal-lasten`, …) in a
    /// JSON report, as the views show them: whole euros and, for a fraction, with cents.
    static func totals(in value: Any, under key: String? = nil, into found: inout [Decimal]) {
        if let object = value as? [String: Any] {
            for (name, child) in object { totals(in: child, under: (key?.contains("totaal") == true) ? key : name, into: &found) }
        } else if let array = value as? [Any] {
            for child in array { totals(in: child, under: key, into: &found) }
        } else if !(value is Bool), let number = value as? NSNumber, key?.contains("totaal") == true {
            found.append(number.decimalValue)
        }
    }

    /// `1.402.290`, `-13.245`, `16.288,25`.
    static func dutch(_ value: Decimal) -> [String] {
        func grouped(_ digits: String) -> String {
            var result = ""
            for (index, character) in digits.reversed().enumerated() {
                if index > 0, index % 3 == 0 { result.append(".") }
                result.append(character)
            }
            return String(result.reversed())
        }
        let sign = value < 0 ? "-" : ""
        let magnitude = value < 0 ? -value : value
        var cents = magnitude * 100
        var roundedCents = Decimal()
        NSDecimalRound(&roundedCents, &cents, 0, .plain)
        let totalCents = NSDecimalNumber(decimal: roundedCents).int64Value
        var euros = Decimal()
        var whole = magnitude
        NSDecimalRound(&euros, &whole, 0, .plain)
        let wholeText = sign + grouped(String(NSDecimalNumber(decimal: euros).int64Value))
        guard totalCents % 100 != 0 else { return [wholeText] }
        let fraction = totalCents % 100
        return [sign + grouped(String(totalCents / 100)) + "," + (fraction < 10 ? "0" : "") + String(fraction), wholeText]
    }

    @Test func everyReportOfEveryBundledBudgetIsAValidRepeatablePDFWithEveryTotalOfItsJSON() throws {
        let qpdf = Self.tool("qpdf")
        let pdftotext = Self.tool("pdftotext")
        if qpdf == nil { print("skipped: qpdf not installed (the PDF structure check)") }
        if pdftotext == nil { print("skipped: pdftotext not installed (poppler-utils; the totals check)") }
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The reports side by side (each waits on qpdf and pdftotext), their problems told after.
        let problems = Array(try Self.reports().enumerated()).concurrentMap { number, arguments in
            Self.pdfProblems(arguments, number: number, folder: folder, qpdf: qpdf, pdftotext: pdftotext)
        }
        for problem in problems.joined() { Issue.record(Comment(rawValue: problem)) }
    }

    /// What is wrong with one report as PDF: its exit status, two runs that differ,
    /// qpdf's check, a total of its JSON that the PDF's text lacks.
    static func pdfProblems(_ arguments: [String], number: Int, folder: URL, qpdf: String?, pdftotext: String?) -> [String] {
        func zvh(_ arguments: [String]) -> ZVHProcess.Result { InProcess.outcome(arguments) }
        let first = folder.appendingPathComponent("\(number)-a.pdf").path
        let second = folder.appendingPathComponent("\(number)-b.pdf").path
        let run = zvh(arguments + ["--formaat", "pdf", "--uitvoer", first])
        // A jaarrekening without a begroot column has no settlement, by design (65), in every format.
        if run.status == 65, zvh(arguments + ["--formaat", "json"]).status == 65, ["verrekening", "afrekening"].contains(arguments[0]) { return [] }
        var problems: [String] = []
        if run.status > 1 { problems.append("\(arguments): \(run.stderr)") }
        guard FileManager.default.fileExists(atPath: first) else { return problems }
        _ = zvh(arguments + ["--formaat", "pdf", "--uitvoer", second])
        if FileManager.default.contents(atPath: first) != FileManager.default.contents(atPath: second) { problems.append("\(arguments): two runs differ") }
        if let qpdf {
            do {
                let check = try output(qpdf, ["--check", first])
                if check.status != 0 { problems.append("\(arguments): qpdf --check: \(check.text.suffix(300))") }
            } catch {
                problems.append("\(arguments): qpdf: \(error)")
            }
        }
        guard let pdftotext else { return problems }
        do {
            let flat = try output(pdftotext, ["-enc", "UTF-8", first, "-"]).text.filter { !$0.isWhitespace }
            var found: [Decimal] = []
            totals(in: try JSONSerialization.jsonObject(with: Data(zvh(arguments + ["--formaat", "json"]).stdout.utf8)), into: &found)
            for total in Set(found) {
                let shown = dutch(total)
                if !shown.contains(where: { flat.contains($0) }) { problems.append("\(arguments): total \(shown[0]) of the JSON is not in the PDF") }
            }
        } catch {
            problems.append("\(arguments): \(error)")
        }
        return problems
    }

    @Test func theLetterReadsAsALetterWithItsScheduleDateAndKenmerk() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("brief.pdf").path
        // A fout touches Leudal's 2022 settlement (111.045 returned on a result of 83.584), so
        // the letter goes out only as a draft (exit 1), marked on every page.
        let refused = zvh(["brief", "Leudal", Self.root + "/Budgets/midden-limburg/begroting-2022.json", "--formaat", "pdf", "--datum", "2026-09-15", "--kenmerk", "ZVH/2026/001", "--uitvoer", pdf])
        #expect(refused.status == 65)
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let run = zvh(["brief", "Leudal", Self.root + "/Budgets/midden-limburg/begroting-2022.json", "--formaat", "pdf", "--datum", "2026-09-15", "--kenmerk", "ZVH/2026/001", "--uitvoer", pdf, "--concept"])
        #expect(run.status == 1, "\(run.err)")
        guard let pdfinfo = Self.tool("pdfinfo"), let pdftotext = Self.tool("pdftotext") else {
            return print("skipped: pdfinfo/pdftotext not installed (poppler-utils)")
        }
        let info = try Self.output(pdfinfo, [pdf])
        #expect(info.status == 0)
        #expect(info.text.contains("Title:           CONCEPT — bevat fouten — Uw bijdrage 2022 aan het Zorg- en Veiligheidshuis Midden-Limburg"))
        #expect(!info.text.contains("CreationDate"))
        let text = try Self.output(pdftotext, ["-enc", "UTF-8", "-layout", pdf, "-"]).text
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count == 2)
        #expect(pages.allSatisfy { $0.contains("CONCEPT — bevat fouten") })
        #expect(text.contains("15 september 2026"))
        #expect(text.contains("ZVH/2026/001"))
        #expect(text.contains("€ 65.153"))
        let instalments = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Termijn ") }
        #expect(instalments.count == 4)
        #expect(instalments.allSatisfy { $0.contains("15 oktober 2026") && $0.hasSuffix("16.288,25") })
        #expect(text.contains("Totaal") && text.contains("65.153"))
        for forbidden in ["Budgets/", "bestandsregel", "zvh ", "⚠", "grootste-restmethode", "afgekapt", ".json"] {
            #expect(!text.contains(forbidden), "the letter contains \(forbidden)")
        }
    }

    @Test func pdfIsWrittenOnlyToAFileNeverToATerminalOrPipe() {
        let run = zvh(["begroting", Self.root + "/Budgets/midden-limburg/begroting-2022.json", "--formaat", "pdf"])
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("--formaat pdf schrijft een PDF-bestand (binair) en vraagt om --uitvoer BESTAND.pdf"))
    }

    @Test func badLetterOptionsAndProfilesAreRefusedInDutch() throws {
        let begroting = Self.root + "/Budgets/midden-limburg/begroting-2022.json"
        let date = zvh(["brief", "Leudal", begroting, "--datum", "15-09-2026"])
        #expect(date.status == 64)
        #expect(date.err.contains("--datum verwacht een datum als JJJJ-MM-DD"))
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("begroting-2022.json").path
        try FileManager.default.copyItem(atPath: begroting, toPath: copy)
        try Data("{ \"afzender\": 3 }".utf8).write(to: folder.appendingPathComponent("organisatie.json"))
        let profile = zvh(["brief", "Leudal", copy])
        #expect(profile.status == 65)
        #expect(profile.err.contains("organisatie.json:1:15: fout:"))
        #expect(profile.out.isEmpty)
    }

    @Test func everyChartInEveryBundledHTMLReportHasItsValueAxisAtZero() throws {
        var charts = 0
        for arguments in try Self.reports() {
            let html = zvh(arguments + ["--formaat", "html"]).out
            for svg in html.components(separatedBy: "<svg").dropFirst() {
                let body = svg.components(separatedBy: "</svg>")[0]
                charts += 1
                let ticks = body.components(separatedBy: "class=\"tick\"").dropFirst().map { $0.components(separatedBy: ">")[1].components(separatedBy: "<")[0] }
                #expect(ticks.contains("0"), "\(arguments): a chart's value axis does not show 0 (ticks \(ticks.prefix(8)))")
                #expect(body.contains("class=\"nullijn\""), "\(arguments): a chart has no zero line")
                #expect(body.contains("<desc"), "\(arguments): a chart has no text alternative")
            }
        }
        #expect(charts > 10)
    }

    @Test func theScenarioComparisonStaysOneTableWithEveryMemberAndVariantOnOnePage() throws {
        let folder = try Shell.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("scenario.pdf").path
        let begroting = Self.root + "/Budgets/midden-limburg/begroting-2022.json"
        let run = zvh(["scenario", begroting, "--scenario", "sleutel-naar-inwoners", "--scenario", "pok-vervalt", "--uittreden", "Nederweert", "--formaat", "pdf", "--uitvoer", pdf])
        #expect(run.status == 0, "\(run.err)")
        guard let pdftotext = Self.tool("pdftotext") else { return print("skipped: pdftotext not installed (poppler-utils)") }
        let pages = try Self.output(pdftotext, ["-enc", "UTF-8", "-layout", pdf, "-"]).text.components(separatedBy: "\u{0C}")
        let page = try #require(pages.first { $0.contains("Definitieve bijdrage per gemeente") })
        let lines = page.split(separator: "\n").map(String.init)
        // One row per member, each with the basis and all three variants with their differences.
        let rows: [(String, [String])] = [
            ("Echt-Susteren", ["53.319", "59.619", "65.172", "58.260"]), ("Leudal", ["65.153", "65.676", "79.637", "71.191"]),
            ("Maasgouw", ["39.725", "45.636", "48.557", "43.407"]), ("Nederweert", ["30.310", "32.243", "37.049", "-7.652", "-37.962"]),
            ("Roerdalen", ["34.930", "38.636", "42.695", "38.167"]), ("Roermond", ["126.522", "106.604", "154.649", "138.248"]),
            ("Weert", ["89.964", "91.509", "109.964", "98.302"]),
        ]
        for (member, figures) in rows {
            #expect(lines.contains { line in line.hasPrefix(member) && figures.allSatisfy { line.contains($0) } }, "\(member): one row with \(figures)")
        }
        #expect(lines.contains { $0.hasPrefix("gemeente") && $0.contains("basis") && $0.contains("sleutel naar") && $0.contains("POK") && $0.contains("snelle") })
    }
}
