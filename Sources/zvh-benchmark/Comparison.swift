import Foundation

/// The table of issue 24: zvh beside ledger and hledger on the same data, each command
/// run in a child process of its own (median wall time of `runs`; the peak resident
/// memory of one more run, by `/usr/bin/time`), with the ratio peer / zvh (above 1: zvh is faster)
/// and its target: `zvh-benchmark vergelijk [--maal N] [--zvh PAD] [--herhalingen N]`.
///
/// The set is the national set of ``NationalSet`` (`--maal 10`: ten times the
/// organisations, each as large) and its journal (``Journal``); the peers get the
/// members' contributions as ready numbers and do no key split, settlement or checks.
enum Comparison {
    /// One row: a piece of work for zvh and the peer command it is compared with.
    struct Row {
        var work: String
        var zvh: [String]
        var peer: [String]
        /// The ratio peer / zvh to reach, in tenths (nil: for comparison only).
        var targetTenths: Int?
    }

    /// One measured command: median wall time in microseconds and peak memory in KiB
    /// (0: not measured).
    struct Measured {
        var microseconds: Int
        var peakKiB: Int
    }

    /// Writes the set and its journals into `folder` and prints the table.
    static func run(zvh: String, times: Int, runs: Int, folder: String) throws {
        try? FileManager.default.removeItem(atPath: folder)
        let set = (folder as NSString).appendingPathComponent("landelijk")
        let summary = try NationalSet.write(to: set, organisations: 25 * times)
        let journal = (folder as NSString).appendingPathComponent("landelijk.journal")
        let organisation = (folder as NSString).appendingPathComponent("zvh-1.journal")
        let file = (folder as NSString).appendingPathComponent("een.journal")
        let one = (set as NSString).appendingPathComponent("zvh-1/begroting-2020.json")
        _ = try Journal.write(from: set, to: journal)
        _ = try Journal.write(from: (set as NSString).appendingPathComponent("zvh-1"), to: organisation)
        _ = try Journal.write(from: one, to: file)
        let rows = [
            Row(work: "landelijke set: check", zvh: [zvh, "check", set], peer: ["ledger", "-f", journal, "--budget", "bal"], targetTenths: 60),
            Row(work: "landelijke set: check", zvh: [zvh, "check", set], peer: ["hledger", "-f", journal, "bal", "--budget", "-Y"], targetTenths: nil),
            Row(work: "landelijke set: overzicht als JSON", zvh: [zvh, "overzicht", set, "--formaat", "json"], peer: ["ledger", "-f", journal, "bal"], targetTenths: 10),
            Row(work: "één organisatie: overzicht", zvh: [zvh, "overzicht", (set as NSString).appendingPathComponent("zvh-1")],
                peer: ["ledger", "-f", organisation, "--budget", "bal"], targetTenths: 15),
            Row(work: "één bestand: begroting", zvh: [zvh, "begroting", one], peer: ["ledger", "-f", file, "--budget", "bal"], targetTenths: 20),
        ]
        print("zvh: \(zvh)")
        print("landelijke set: \(summary.files) bestanden, \(summary.bytes / 1024) KiB, \(summary.lines) regels, \(summary.members) gemeenten (zvh-benchmark genereer MAP\(times == 1 ? "" : " --maal \(times)"))")
        print("mediaan van \(runs) runs per opdracht; piek = maximale RSS van nog een run (/usr/bin/time -f %M); verhouding = peer / zvh (boven 1: zvh is sneller)")
        print("")
        print("| werk | zvh | piek zvh | peer | peer-tijd | piek peer | verhouding | doel | gehaald |")
        print("|---|---|---|---|---|---|---|---|---|")
        var measuredZVH: [[String]: Measured] = [:]
        for row in rows {
            let ours: Measured
            if let known = measuredZVH[row.zvh] {
                ours = known
            } else {
                guard let measured = measure(row.zvh, runs: runs) else {
                    print("| \(row.work) | niet gestart: \(row.zvh[0]) | | | | | | | |")
                    continue
                }
                ours = measured
                measuredZVH[row.zvh] = measured
            }
            let peerName = row.peer[0]
            let shownPeer = "`" + ([peerName] + row.peer.dropFirst(3)).joined(separator: " ") + "`"
            let target = row.targetTenths.map { "≥ " + tenths($0) + "×" } ?? "—"
            guard let theirs = measure(row.peer, runs: runs) else {
                print("| \(row.work) | \(milliseconds(ours.microseconds)) | \(mebibytes(ours.peakKiB)) | \(shownPeer) | niet geïnstalleerd | | | \(target) | |")
                continue
            }
            let ratio = theirs.microseconds * 10 / max(1, ours.microseconds)
            let met = row.targetTenths.map { ratio >= $0 ? "ja" : "nee" } ?? ""
            print("| \(row.work) | \(milliseconds(ours.microseconds)) | \(mebibytes(ours.peakKiB)) | \(shownPeer) | \(milliseconds(theirs.microseconds)) | \(mebibytes(theirs.peakKiB)) | \(tenths(ratio))× | \(target) | \(met) |")
        }
    }

    /// Runs a command `runs` times (output to /dev/null) for its wall time, and once
    /// more under `/usr/bin/time -f %M` for its peak memory; nil when it cannot be
    /// started. (The child's own `ru_maxrss` from `wait4` is not its own: `posix_spawn`
    /// starts it in this process's memory, whose peak it inherits until `exec`; `time`
    /// is a small process.)
    static func measure(_ command: [String], runs: Int) -> Measured? {
        guard var measured = time(command, runs: runs) else { return nil }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-vergelijk-piek-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        measured.peakKiB = 0
        if time(["/usr/bin/time", "-f", "%M", "-o", report] + command, runs: 1) != nil,
           let text = try? String(contentsOfFile: report, encoding: .utf8),
           let kibibytes = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            measured.peakKiB = kibibytes
        }
        return measured
    }

    /// Runs a command `runs` times (output to /dev/null): the median wall time.
    static func time(_ command: [String], runs: Int) -> Measured? {
        var times: [Int] = []
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        let clock = ContinuousClock()
        for _ in 0..<runs {
            var child: pid_t = 0
            var usage = rusage()
            let start = clock.now
            guard posix_spawnp(&child, command[0], &actions, nil, argv, environ) == 0 else { return nil }
            var status: Int32 = 0
            guard wait4(child, &status, 0, &usage) == child else { return nil }
            let elapsed = clock.now - start
            // 127: the shell's "command not found", as posix_spawnp reports a missing program in the child.
            if (status >> 8) & 0xFF == 127 { return nil }
            times.append(Int(elapsed.components.seconds) * 1_000_000 + Int(elapsed.components.attoseconds / 1_000_000_000_000))
        }
        return Measured(microseconds: times.sorted()[runs / 2], peakKiB: 0)
    }

    /// Microseconds as milliseconds, Dutch (`236 ms`, `9,8 ms` below 100).
    static func milliseconds(_ microseconds: Int) -> String {
        microseconds >= 100_000 ? "\(microseconds / 1000) ms" : "\(microseconds / 1000),\(microseconds % 1000 / 100) ms"
    }

    /// KiB as MiB, Dutch, one decimal (`—` when not measured).
    static func mebibytes(_ kibibytes: Int) -> String {
        kibibytes == 0 ? "—" : "\(kibibytes / 1024),\(kibibytes % 1024 * 10 / 1024) MiB"
    }

    /// Tenths as a Dutch decimal (`1,5`).
    static func tenths(_ value: Int) -> String {
        "\(value / 10),\(value % 10)"
    }
}
