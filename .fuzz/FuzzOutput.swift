// libFuzzer harness for the output side: every report content (begroting, overzicht,
// gemeente, brief, scenario, verrekening, voorschotten, afrekening, check) of a fuzzed
// budget file — or, when it does not load, of a bundled budget — rendered in every
// `ReportFormat` into a `TextOutputStream` that stops accepting text after N bytes
// (N from the input), with and without cents and explanations. Compiled with the
// library sources only (see .fuzz/run). It checks that a sink that fails never
// changes what is written before the failure (the text is a prefix of the full
// rendering), that JSON output parses, and that rendering twice gives the same text.
//
// Input layout: byte 0 = flags, bytes 1…3 = N (little-endian, 24 bits), the rest a budget file.

/// A sink that takes at most `limit` UTF-8 bytes and then refuses everything, the
/// way a full disk or a closed pipe ends a stream.
struct FailingSink: TextOutputStream {
    var limit: Int
    var text: [UInt8] = []
    var failed = false
    mutating func write(_ string: String) {
        guard !failed else { return }
        let bytes = Array(string.utf8)
        if text.count + bytes.count > limit {
            text += bytes.prefix(limit - text.count)
            failed = true
        } else {
            text += bytes
        }
    }
}

let outputBudgets: [Budget] = {
    let root = "Budgets"
    let files = ["midden-limburg/begroting-2022.json", "midden-limburg/jaarrekening-2021.json", "noord-limburg/begroting-2024.json",
                 "westelijke-mijnstreek/jaarrekening-2023.json", "westelijke-mijnstreek/begroting-2024-jan-jul.json"]
    return files.compactMap { try? BudgetLoader.load(root + "/" + $0) }
}()

func contents(of budget: Budget, others: [Budget], flags: UInt8) -> [any ReportContent] {
    let analysed = AnalysedBudget(budget)
    let findings = Checker.check([analysed])
    var result: [any ReportContent] = []
    let entry = BudgetReportContent(analysed, showsContributions: true, findings: findings)
    result.append(entry)
    result.append(BudgetReportContent(analysed, showsContributions: false, findings: findings))
    result.append(OverviewContent([entry] + others.map { BudgetReportContent(AnalysedBudget($0), showsContributions: true) }))
    result.append(CheckReport(findings: findings, files: [budget.file]))
    for member in budget.organisation.members.prefix(flags & 16 != 0 ? 64 : 2) {
        result.append(MunicipalityReport(member.name, entries: [entry]))
        if let letter = ContributionLetter(member.name, begroting: budget.file, entries: [entry]) { result.append(letter) }
    }
    if let statement = analysed.statement {
        if budget.kind == .begroting {
            result.append(AdvancesReport(AdvanceSchedule(statement: statement, budget: budget, count: Int(flags >> 5) % 13 + 1)))
        }
        if let comparison = try? ScenarioComparison(basis: budget, scenarios: Sensitivity.probes(for: budget)) {
            result.append(ScenarioFigures(comparison: comparison))
        }
        if flags & 32 != 0, let content = try? ScenarioStudy(budget: budget, scenarios: [], projection: ProjectionParameters(years: 3), includesSensitivity: true).figures() {
            result.append(content)
        }
    }
    if budget.kind == .jaarrekening, let derivation = try? SettlementDerivation(analysed) {
        result.append(SettlementReport(derivation))
        if let statement = analysed.statement {
            result.append(FinalAccountReport(FinalAccount(derivation: derivation, statement: statement, paid: nil, paidSource: "fuzz")))
        }
    }
    return result
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOutput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count >= 4 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let flags = bytes[0]
    let limit = Int(bytes[1]) | Int(bytes[2]) << 8 | Int(bytes[3]) << 16
    let file = Array(bytes[4...])
    let budget = (try? BudgetFileReader.read(file, file: "fuzz.json")) ?? outputBudgets[Int(flags) % max(outputBudgets.count, 1)]
    let options = ReportOptions(unit: flags & 1 != 0 ? .cent : .euro, explains: flags & 2 != 0)
    for content in contents(of: budget, others: flags & 4 != 0 ? outputBudgets : [], flags: flags) {
        for format in ReportFormat.allCases {
            let full = format.rendered(content, options: options)
            var sink = FailingSink(limit: limit)
            format.render(content, options: options, to: &sink)
            let whole = Array(full.utf8)
            guard sink.text == Array(whole.prefix(limit)) else {
                fatalError("\(format): the text before a failing sink differs from the full rendering")
            }
            if flags & 8 != 0, format.rendered(content, options: options) != full {
                fatalError("\(format): two renderings differ")
            }
            if format == .json, (try? JSONParser.parse(whole)) == nil {
                fatalError("json: the output does not parse")
            }
        }
    }
    return 0
}
