// libFuzzer harness for scenarios: scenario files and quick options with projections up
// to the documented limits. Compiled with the library and the `zvh` sources minus
// main.swift (see .fuzz/run). The first 8 bytes of an input are parameters (budget,
// years 0…30, yearly indexation −50…100% per kind, sensitivity, a sweep axis, quick
// options); the rest is a scenario file. Each input is run twice: through the library
// (`ScenarioFileReader`, `ScenarioStudy`, every report format) and through
// `zvh scenario` with the same file and options, in-process.

import Foundation

let scenarioFolder: String = {
    let path = NSTemporaryDirectory() + "zvh-fuzz-scenario-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// The bundled budgets (begrotingen and jaarrekeningen), read once.
let scenarioBudgets: [(path: String, budget: Budget)] = {
    let root = FileManager.default.currentDirectoryPath + "/Budgets"
    let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".json") && !$0.contains("schema") && !$0.contains("scenarios/") }.sorted()
    return files.compactMap { file in
        let path = root + "/" + file
        return (try? BudgetLoader.load(path)).map { (path, $0) }
    }
}()

/// A percentage within (and, rarely, just outside) the documented range.
func fuzzPercent(_ byte: UInt8) -> (Quantity, String) {
    let value = Int(byte) * 151 / 255 - 50 + (byte == 255 ? 1 : 0)
    return (Quantity(Int64(value)), "\(value)%")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count >= 8, !scenarioBudgets.isEmpty else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let parameters = bytes[0..<8]
    let file = Array(bytes[8...])
    let (path, budget) = scenarioBudgets[Int(parameters[0]) % scenarioBudgets.count]
    let years = Int(parameters[1]) % 32  // 31: one beyond the limit, must be refused by the CLI
    let kinds = IndexationKind.allCases
    let kind = kinds[Int(parameters[2]) % kinds.count]
    let (percent, percentText) = fuzzPercent(parameters[3])
    var indexation = Indexation()
    indexation[kind] = percent
    let flags = parameters[4]

    // The library.
    let scenario = try? ScenarioFileReader.read(file, file: "scenario.json")
    var sweepAxes: [Sweep.Axis] = []
    if flags & 2 != 0 {
        let points = Int(parameters[5]) % 64 + 1
        sweepAxes = [Sweep.Axis(parameter: .indexation(kind), values: (0..<points).map { Quantity(Int64($0)) })]
    }
    let study = ScenarioStudy(
        budget: budget, scenarios: scenario.map { [$0] } ?? [],
        projection: ProjectionParameters(years: min(years, ProjectionParameters.yearRange.upperBound), indexation: scenario?.indexation ?? indexation),
        includesSensitivity: flags & 1 != 0, sweepAxes: sweepAxes)
    if let content = try? study.figures() {
        for format in ReportFormat.allCases {
            _ = format.rendered(content, options: ReportOptions(unit: flags & 4 != 0 ? .cent : .euro, explains: flags & 8 != 0))
        }
    }

    // The command line, with the same file and quick options.
    let scenarioPath = scenarioFolder + "/scenario.json"
    FileManager.default.createFile(atPath: scenarioPath, contents: Data(file))
    var arguments = ["scenario", path, "--scenario", scenarioPath, "--jaren", "\(years)", "--raming-index", "\(kind.rawValue)=\(percentText)"]
    if flags & 1 != 0 { arguments.append("--gevoeligheid") }
    if flags & 16 != 0 { arguments += ["--index", "\(kinds[Int(parameters[6]) % kinds.count].rawValue)=\(fuzzPercent(parameters[7]).1)"] }
    if flags & 32 != 0 { arguments += ["--fte", "procesregie=+\(Int(parameters[6]) * 40)"] }
    if flags & 64 != 0, let member = budget.organisation.members.first?.name { arguments += ["--uittreden", "\(member)@\(budget.period.year + Int(parameters[7]) % 4)"] }
    if flags & 128 != 0 { arguments += ["--formaat", ReportFormat.names[Int(parameters[5]) % ReportFormat.names.count]] }
    var output = ""
    var errors = ""
    let status = ZVH.run(arguments: arguments, stdout: &output, stderr: &errors)
    if ![0, 64, 65].contains(status) { fatalError("zvh scenario ended with \(status): \(errors)") }
    if status != 0, !output.isEmpty { fatalError("zvh scenario wrote stdout with \(status)") }
    if status == 0, scenario == nil { fatalError("zvh scenario accepted a file the reader refuses") }
    if years == 31, status != 64 { fatalError("--jaren 31 not refused") }
    return 0
}
