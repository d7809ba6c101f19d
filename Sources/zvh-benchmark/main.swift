// Prints how fast ZVHFinance splits amounts exactly (largest remainder in 128-bit
// integers) and how much memory that takes, then checks and reports a generated
// national set and budgets at scale, each piece in a process of its own so its peak
// memory is its own. Run in release mode:
//
//   swift run -c release zvh-benchmark [ALLOCATIONS] [SCENARIOS] [alleen]
//   swift run -c release zvh-benchmark genereer MAP [--maal N]   (only write the national set; N times as many organisations)
//   swift run -c release zvh-benchmark vergelijk [--maal N] [--zvh PAD] [--herhalingen N]
//                                                        (the table of zvh beside ledger and hledger, .ci/peers)
//   swift run -c release zvh-benchmark journaal MAP BESTAND  (the set as a ledger journal)
//
// Figures vary with the machine and its load; compare runs on the same machine.
import Foundation
import ZVHFinance

/// A small deterministic generator (SplitMix64), so every run splits the same amounts.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let commandArguments = Array(CommandLine.arguments.dropFirst())
/// The value of `--NAME N` among the arguments, if given.
func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
/// The zvh to time: the statically linked install build when it is there (.ci/static-build,
/// .ci/peers), else the zvh beside the benchmark.
let defaultZVH = FileManager.default.isExecutableFile(atPath: ".build-static/release/zvh")
    ? ".build-static/release/zvh" : URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zvh").path
if commandArguments.first == "genereer", commandArguments.count == 2 || (commandArguments.count == 4 && commandArguments[2] == "--maal") {
    let times = option("maal", in: commandArguments).flatMap(Int.init) ?? 1
    let summary = try NationalSet.write(to: commandArguments[1], organisations: 25 * max(1, times))
    print("geschreven: \(summary.files) bestanden, \(summary.bytes / 1024) KiB, \(summary.lines) regels, \(summary.members) gemeenten in \(commandArguments[1])")
    exit(0)
}
if commandArguments.first == "vergelijk" {
    let times = max(1, option("maal", in: commandArguments).flatMap(Int.init) ?? 1)
    let runs = max(1, option("herhalingen", in: commandArguments).flatMap(Int.init) ?? 5)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-vergelijk").path
    try Comparison.run(zvh: option("zvh", in: commandArguments) ?? defaultZVH, times: times, runs: runs, folder: folder)
    try? FileManager.default.removeItem(atPath: folder)
    exit(0)
}
if commandArguments.first == "journaal", commandArguments.count == 3 {
    let summary = try Journal.write(from: commandArguments[1], to: commandArguments[2])
    print("geschreven: \(summary.transactions) boekingen, \(summary.postings) posten in \(commandArguments[2])")
    exit(0)
}
if commandArguments.first == "fase", commandArguments.count == 3, let phase = Phase(rawValue: commandArguments[1]) {
    let clock = ContinuousClock()
    var detail = ""
    let elapsed = clock.measure {
        do { detail = try phase.run(folder: commandArguments[2]) } catch { detail = "mislukt: \(error)" }
    }
    print("\(Measure.milliseconds(elapsed)), piek \(Measure.peakMiB()) MiB (\(detail))")
    exit(0)
}
let allocations = commandArguments.first.flatMap(Int.init) ?? 1_000_000
let membersPerSplit = 10
var generator = SplitMix(state: 42)
let weightSets = (0..<1024).map { _ in (0..<membersPerSplit).map { _ in Quantity(Int64.random(in: 1...200_000, using: &generator)) } }
let totals = (0..<1024).map { _ in Money(euros: Int64.random(in: -5_000_000...5_000_000, using: &generator)) }

var checksum: Int64 = 0
let clock = ContinuousClock()
let elapsed = clock.measure {
    // One split after the other into the same storage, as `zvh boekingen` splits its
    // bookings (`Allocation.split(_:by:unit:into:)`).
    var parts: [Money] = []
    for index in 0..<allocations {
        // The weights are positive and the totals small, so a split cannot fail; a
        // failure would still be counted rather than trap.
        do throws(AllocationError) {
            try Allocation.split(totals[index & 1023], by: weightSets[(index >> 10) & 1023], unit: .euro, into: &parts)
        } catch {
            checksum &+= 1
            continue
        }
        checksum &+= parts[index % membersPerSplit].cents
    }
}
// Integer arithmetic only, as everywhere in ZVHFinance.
let nanoseconds = max(1, elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let shares = allocations * membersPerSplit
let sharesPerSecond = Int64(shares) * 1_000_000_000 / nanoseconds
print("allocaties:            \(allocations) × \(membersPerSplit) gemeenten = \(shares) aandelen")
print("tijd:                  \(nanoseconds / 1_000_000) ms")
print("aandelen per seconde:  \(sharesPerSecond / 1_000_000),\(sharesPerSecond % 1_000_000 / 100_000) miljoen")
print("piekgeheugen (RSS):    \(usage.ru_maxrss / 1024) MiB")
print("controlegetal:         \(checksum)")

// The scenario figure: a 15-member budget with themes (each with its own participants
// and key) and a two-component settlement, evaluated as one scenario after another in
// one process (apply the changes, compute every member's contribution).
let memberNames = (1...15).map { "Gemeente \($0)" }
let members = memberNames.map { Municipality(name: $0, inhabitants: Inhabitants(count: Int64.random(in: 10_000...120_000, using: &generator))) }
let weightKey = DistributionKey(name: "bijdragen", kind: .weights(memberNames.map { KeyEntry(municipality: $0, value: Quantity(Int64.random(in: 20_000...200_000, using: &generator))) }))
@MainActor func theme(_ name: String, participants: Theme.Participation, key: String) -> BudgetItem {
    .group(BudgetGroup(name: name, items: [
        .line(BudgetLine(name: "Procesregie \(name)", kind: .personnel, amounts: ["begroot": Money(euros: Int64.random(in: 50_000...300_000, using: &generator))])),
        .line(BudgetLine(name: "Materieel \(name)", kind: .material, amounts: ["begroot": Money(euros: Int64.random(in: 5_000...40_000, using: &generator))])),
    ], theme: Theme(keyName: key, participation: participants)))
}
let scenarioBudget = Budget(
    file: "benchmark.json", kind: .begroting, title: "Begroting 2026", organisation: Organisation(identifier: "benchmark", name: "Benchmark", members: members),
    period: Period(year: 2026), source: SourceReference(document: "gegenereerd"), columns: [Column(name: "begroot", kind: .budgeted)],
    costs: [
        .line(BudgetLine(name: "Formatie", kind: .personnel, amounts: ["begroot": Money(euros: 1_250_000)])),
        .line(BudgetLine(name: "Huur", kind: .material, amounts: ["begroot": Money(euros: 140_000)])),
        theme("MDA++", participants: .except([memberNames[14]]), key: "inwoners"),
        theme("Jeugdtafels", participants: .only(Array(memberNames[0..<8])), key: "bijdragen"),
        theme("Nazorg", participants: .all, key: "inwoners"),
    ],
    income: [.line(BudgetLine(name: "Rijksbijdrage", kind: .nationalGrant, amounts: ["begroot": Money(euros: 400_000)]))],
    keys: [weightKey, DistributionKey(name: "inwoners", kind: .inhabitants([]))],
    contributionRule: ContributionRule(keyName: "bijdragen", column: "begroot"),
    settlement: Settlement(settledYear: 2025, description: "Verrekening 2025", components: [
        SettlementComponent(name: "onderbesteding 2025", amount: Money(euros: -84_321), keyName: "bijdragen"),
        SettlementComponent(name: "POK 2025", amount: Money(euros: -97_800), keyName: "inwoners"),
    ]))
let scenarioCount = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 200_000
let probes = (0..<64).map { index in
    Scenario(name: "s\(index)", changes: [
        ScenarioChange(.indexation(Indexation(personnel: Quantity(millionths: Int64(index) * 100_000)))),
        ScenarioChange(.fte(function: "procesregie", delta: Quantity(millionths: Int64(index % 8) * 250_000), theme: "MDA++", rate: Money(euros: 95_000))),
    ])
}
let prepared = scenarioBudget.withComputedContributions()
// As a sweep (`zvh scenario --reeks`) evaluates its grid points: from the lines the
// changes touch (`ScenarioEvaluator`), the budget's own path (apply the changes to a
// copy of the budget, compute its statement) where that does not apply.
let evaluator = ScenarioEvaluator(budget: prepared)
var scenarioChecksum: Int64 = 0
let scenarioElapsed = clock.measure {
    for index in 0..<scenarioCount {
        if let outcome = evaluator.outcome(of: probes[index & 63]) {
            scenarioChecksum &+= outcome.total.cents
            continue
        }
        guard let statement = try? prepared.applying(probes[index & 63]).contributions() else {
            scenarioChecksum &+= 1
            continue
        }
        scenarioChecksum &+= statement.totalFinal.cents
    }
}
let scenarioNanoseconds = max(1, scenarioElapsed.components.seconds * 1_000_000_000 + scenarioElapsed.components.attoseconds / 1_000_000_000)
print("scenario's:            \(scenarioCount) × 15 gemeenten, 3 thema's, verrekening in 2 componenten")
print("tijd:                  \(scenarioNanoseconds / 1_000_000) ms")
print("scenario's per seconde: \(Int64(scenarioCount) * 1_000_000_000 / scenarioNanoseconds)")
print("controlegetal:         \(scenarioChecksum)")
// The whole variant, as `zvh scenario` computes each variant it reports (and the
// steering group's page each combination): the changes applied to a copy of the budget
// and its statement computed, every split with its derivation; a twentieth as many.
let variantCount = max(1, scenarioCount / 20)
var variantChecksum: Int64 = 0
let variantElapsed = clock.measure {
    for index in 0..<variantCount {
        variantChecksum &+= (try? prepared.applying(probes[index & 63]).contributions())?.totalFinal.cents ?? 1
    }
}
let variantNanoseconds = max(1, variantElapsed.components.seconds * 1_000_000_000 + variantElapsed.components.attoseconds / 1_000_000_000)
print("hele varianten per seconde (begroting + staat, \(variantCount)): \(Int64(variantCount) * 1_000_000_000 / variantNanoseconds)")

// The national set and budgets at scale, each phase in a child process; left out with
// a third argument `alleen` (to profile the splits or the scenarios alone).
if CommandLine.arguments.dropFirst(3).first == "alleen" { exit(0) }
let nationalFolder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-benchmark-landelijk").path
try? FileManager.default.removeItem(atPath: nationalFolder)
let national = try NationalSet.write(to: nationalFolder)
print("")
print("landelijke set:        \(national.files) bestanden, \(national.bytes / 1024) KiB, \(national.lines) regels, \(national.members) gemeenten (zvh-benchmark genereer MAP)")
for phase in Phase.allCases {
    print("\(phase.title):".padding(toLength: 52, withPad: " ", startingAt: 0) + Measure.phase(phase, folder: nationalFolder))
}
let sampleFile = (nationalFolder as NSString).appendingPathComponent("zvh-1/begroting-2020.json")
if let latency = Measure.latency(["begroting", sampleFile, "--formaat", "json"]) {
    print("één bestand (zvh begroting, mediaan van 21):".padding(toLength: 52, withPad: " ", startingAt: 0) + latency)
}
// The floor: starting a process that does nothing, measured the same way.
if let latency = Measure.latency([], binary: URL(fileURLWithPath: "/bin/true")) {
    print("ter vergelijking: /bin/true starten:".padding(toLength: 52, withPad: " ", startingAt: 0) + latency)
}
// The statically linked build (.ci/static-build), when run from the project folder.
if let latency = Measure.latency(["begroting", sampleFile, "--formaat", "json"], binary: URL(fileURLWithPath: ".build-static/release/zvh")) {
    print("één bestand, statisch gelinkt (.build-static):".padding(toLength: 52, withPad: " ", startingAt: 0) + latency)
}
try? FileManager.default.removeItem(atPath: nationalFolder)

// zvh beside ledger and hledger (the table of .ci/peers), on the install build when there.
print("")
let comparisonFolder = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-vergelijk").path
try Comparison.run(zvh: defaultZVH, times: 1, runs: 5, folder: comparisonFolder)
try? FileManager.default.removeItem(atPath: comparisonFolder)
