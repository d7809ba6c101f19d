// Prints how fast ZVHFinance splits amounts exactly (largest remainder in 128-bit
// integers) and how much memory that takes, then checks and reports a generated
// national set and budgets at scale, each piece in a process of its own so its peak
// memory is its own. Run in release mode:
//
//   swift run -c release zvh-benchmark [ALLOCATIONS]
//   swift run -c release zvh-benchmark genereer MAP     (only write the national set)
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
if commandArguments.first == "genereer", commandArguments.count == 2 {
    let summary = try NationalSet.write(to: commandArguments[1])
    print("geschreven: \(summary.files) bestanden, \(summary.bytes / 1024) KiB, \(summary.lines) regels, \(summary.members) gemeenten in \(commandArguments[1])")
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
    for index in 0..<allocations {
        // The weights are positive and the totals small, so a split cannot fail; a
        // failure would still be counted rather than trap.
        guard let parts = try? Allocation.parts(of: totals[index & 1023], by: weightSets[(index >> 10) & 1023], unit: .euro) else {
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

// The national set and budgets at scale, each phase in a child process.
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
try? FileManager.default.removeItem(atPath: nationalFolder)
