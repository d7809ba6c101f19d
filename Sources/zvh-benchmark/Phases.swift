import Foundation
import ZVHFinance

/// One measured piece of work, run in a process of its own so that its peak memory is
/// its own: `zvh-benchmark fase NAAM [MAP]`.
enum Phase: String, CaseIterable {
    case controle = "controle"
    case overzichtJSON = "overzicht-json"
    case organisatie = "organisatie"
    case leden10000 = "leden-10000"
    case regelsPlat = "regels-100000-plat"
    case regelsGroepen = "regels-100000-groepen"
    case labels = "labels-10000-van-1kb"
    case bestanden = "bestanden-6000"
    case boekingen = "boekingen-1000000"
    case importeerVijandig = "importeer-vijandig"
    case boekingenVijandig = "boekingen-vijandig"

    /// What the phase measures, for the printed table.
    var title: String {
        switch self {
        case .controle: "controle van de landelijke set (laden + check)"
        case .overzichtJSON: "overzicht van de landelijke set als JSON"
        case .organisatie: "overzicht van één organisatie (20 bestanden)"
        case .leden10000: "één begroting met 10.000 gemeenten"
        case .regelsPlat: "100.000 kostenregels zonder groepen"
        case .regelsGroepen: "100.000 kostenregels in 1.000 groepen"
        case .labels: "10.000 labels van 1 KB (twee perioden)"
        case .bestanden: "6.000 bestanden van één organisatie"
        case .boekingen: "1.000.000 boekingen toewijzen (zvh boekingen)"
        case .importeerVijandig: "zvh importeer, vijandige werkmappen (n = 1, 2, 4)"
        case .boekingenVijandig: "zvh boekingen, lang patroon × lange omschrijving"
        }
    }

    /// Runs the phase and returns a line of extra figures (files/s and the like).
    func run(folder: String) throws -> String {
        switch self {
        case .controle:
            // As `zvh check` does: files read and budgets analysed on every core.
            let files = try BudgetLoader.budgetFiles(in: [folder])
            let budgets = try BudgetLoader.loadAll(files).map { try $0.get() }
            let findings = Checker.check(AnalysedBudget.analysing(budgets))
            return "\(files.count) bestanden, \(findings.count) bevindingen"
        case .overzichtJSON, .organisatie:
            let root = self == .organisatie ? (folder as NSString).appendingPathComponent("zvh-1") : folder
            let files = try BudgetLoader.budgetFiles(in: [root])
            let analysed = AnalysedBudget.analysing(try BudgetLoader.loadAll(files).map { try $0.get() })
            let findings = Checker.check(analysed)
            let content = OverviewContent(analysed.map { BudgetReportContent($0, showsContributions: true, findings: findings) })
            var sink = CountingSink()
            ReportFormat.json.render(content, to: &sink)
            return "\(files.count) bestanden, \(sink.bytes / 1024) KiB JSON"
        case .leden10000:
            return try Self.measureBudget(Self.manyMembers(10_000))
        case .regelsPlat:
            return try Self.measureBudget(Self.manyLines(100_000, perGroup: nil))
        case .regelsGroepen:
            return try Self.measureBudget(Self.manyLines(100_000, perGroup: 100))
        case .labels:
            let label = String(repeating: "Representatiekosten ", count: 51)
            let texts = (0..<2).map { year in
                Array(Self.manyLines(10_000, perGroup: nil, label: { "\(label)\($0 * (year + 1))" }).replacingOccurrences(of: "\"jaar\": 2026", with: "\"jaar\": \(2025 + year)").utf8)
            }
            return try Self.measureCheck(texts, what: "2 × 10.000 labels")
        case .bestanden:
            // 6.000 distinct periods: months of the years 1900–2199, then two-month periods.
            let texts = (0..<6000).map { index in
                let period = index < 3600
                    ? "\"jaar\": \(1900 + index % 300), \"eerste-maand\": \(1 + index / 300), \"maanden\": 1"
                    : "\"jaar\": \(1900 + (index - 3600) % 300), \"eerste-maand\": \(1 + (index - 3600) / 300), \"maanden\": 2"
                return Array(Self.manyLines(20, perGroup: nil).replacingOccurrences(of: "\"jaar\": 2026", with: period).utf8)
            }
            return try Self.measureCheck(texts, what: "6.000 bestanden")
        case .boekingen:
            return try BookingsPhase.run(count: 1_000_000)
        case .importeerVijandig:
            return try HostilePhases.importer()
        case .boekingenVijandig:
            return try HostilePhases.bookings()
        }
    }

    /// Reads and checks files of one organisation from their texts; only that is timed
    /// (making the texts is not).
    static func measureCheck(_ texts: [[UInt8]], what: String) throws -> String {
        let clock = ContinuousClock()
        var budgets: [AnalysedBudget] = []
        var findings: [Finding] = []
        var failure: BudgetFileError?
        let elapsed = clock.measure {
            do throws(BudgetFileError) {
                for (index, bytes) in texts.enumerated() {
                    budgets.append(AnalysedBudget(try BudgetFileReader.read(bytes, file: "bestand-\(index).json")))
                }
                findings = Checker.check(budgets)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return "\(what), \(findings.count) bevindingen; lezen + controle \(Measure.milliseconds(elapsed)) (de rest is het maken van de teksten)"
    }

    static func measureBudget(_ json: String) throws -> String {
        let budget = try BudgetFileReader.read(Array(json.utf8), file: "generated.json")
        let analysed = AnalysedBudget(budget)
        let findings = Checker.check([analysed])
        var sink = CountingSink()
        ReportFormat.tekst.render(BudgetReportContent(analysed, showsContributions: true, findings: findings), to: &sink)
        return "\(json.utf8.count / 1024) KiB invoer, \(findings.count) bevindingen"
    }

    /// A begroting with `count` members split by inhabitants, with a settlement.
    static func manyMembers(_ count: Int) -> String {
        let members = (0..<count).map { #"{ "naam": "Gemeente \#($0)", "inwoners": { "aantal": \#(NationalSet.amount($0, 1)) } }"# }
        return """
            { "soort": "begroting", "organisatie": { "code": "groot", "naam": "Groot" }, "periode": { "jaar": 2026 },
              "bron": { "document": "gegenereerd" }, "gemeenten": [ \(members.joined(separator: ",\n")) ],
              "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
              "lasten": [ { "naam": "Kosten", "soort": "personeel", "bedragen": { "begroot": 987654321 } } ],
              "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 12345678 } } ],
              "verdeelsleutels": [ { "naam": "i", "soort": "inwoners" } ],
              "bijdragen": { "sleutel": "i" },
              "verrekening": { "componenten": [ { "naam": "resultaat", "bedrag": -1234567, "sleutel": "i" } ] } }
            """
    }

    /// A begroting with `count` cost lines, flat or in groups of `perGroup`.
    static func manyLines(_ count: Int, perGroup: Int?, label: (Int) -> String = { "Regel \($0)" }) -> String {
        let lines = (0..<count).map { #"{ "naam": "\#(label($0))", "soort": "materieel", "bedragen": { "begroot": \#(NationalSet.amount($0, 2)) } }"# }
        let costs: String
        if let perGroup {
            costs = stride(from: 0, to: count, by: perGroup).map { start in
                #"{ "groep": "Groep \#(start / perGroup)", "regels": [ \#(lines[start..<min(count, start + perGroup)].joined(separator: ",\n")) ] }"#
            }.joined(separator: ",\n")
        } else {
            costs = lines.joined(separator: ",\n")
        }
        let members = (0..<10).map { #"{ "naam": "Gemeente \#($0)", "inwoners": { "aantal": \#(NationalSet.amount($0, 3)) } }"# }
        return """
            { "soort": "begroting", "organisatie": { "code": "lang", "naam": "Lang" }, "periode": { "jaar": 2026 },
              "bron": { "document": "gegenereerd" }, "gemeenten": [ \(members.joined(separator: ", ")) ],
              "kolommen": [ { "naam": "begroot", "soort": "begroot" } ],
              "lasten": [ \(costs) ],
              "baten": [ { "naam": "Rijk", "soort": "rijksbijdrage", "bedragen": { "begroot": 1000 } } ],
              "verdeelsleutels": [ { "naam": "i", "soort": "inwoners" } ],
              "bijdragen": { "sleutel": "i" } }
            """
    }
}

/// A text stream that counts what is written and keeps nothing.
struct CountingSink: TextOutputStream {
    var bytes = 0
    mutating func write(_ string: String) { bytes += string.utf8.count }
}

/// Measures phases in child processes and a command's latency.
enum Measure {
    /// Peak resident memory of this process so far, in MiB.
    static func peakMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// Milliseconds of a duration, to one decimal, as Dutch text.
    static func milliseconds(_ duration: Duration) -> String {
        let micro = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        return "\(micro / 1000),\(micro % 1000 / 100) ms"
    }

    /// Runs `zvh-benchmark fase NAAM MAP` as a child and returns its line of output.
    static func phase(_ phase: Phase, folder: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["fase", phase.rawValue, folder]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            return "niet gestart: \(error)"
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The median wall time of running the release `zvh` with `arguments`, in ms text.
    static func latency(_ arguments: [String], runs: Int = 21, binary: URL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zvh")) -> String? {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        let clock = ContinuousClock()
        var times: [Duration] = []
        // posix_spawn and waitpid: Foundation's `Process.waitUntilExit` polls a run loop
        // and would add tens of milliseconds to a command of a few.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        for _ in 0..<runs {
            let elapsed = clock.measure {
                var child: pid_t = 0
                guard posix_spawn(&child, binary.path, &actions, nil, argv, environ) == 0 else { return }
                var status: Int32 = 0
                waitpid(child, &status, 0)
            }
            times.append(elapsed)
        }
        return milliseconds(times.sorted()[runs / 2])
    }
}
