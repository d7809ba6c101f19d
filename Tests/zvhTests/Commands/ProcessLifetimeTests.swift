import Foundation
import Testing
@testable import zvh

/// The `zvh` process leaves what a command read to the system at exit
/// (``ProcessLifetime``); a run in a test keeps nothing, and the output is the same.
@Suite struct ProcessLifetimeTests {
    @Test func onlyTheProcessKeepsWhatItRead() {
        #expect(Environment.current().endsWithProcess)
        #expect(!Environment.plain.endsWithProcess)
        #expect(!Environment(outputIsTerminal: true, errorIsTerminal: true, noColor: true).endsWithProcess)
    }

    @Test func theProcessWritesWhatARunInATestWrites() throws {
        for arguments in [
            ["begroting", "Budgets/midden-limburg/begroting-2022.json"], ["jaarrekening", "Budgets/midden-limburg/jaarrekening-2021.json", "--formaat", "json"],
            ["voorschotten", "Budgets/midden-limburg/begroting-2022.json", "--concept"], ["check", "Budgets", "--formaat", "csv"],
        ] {
            let absolute = arguments.map { $0.hasPrefix("Budgets") ? ZVHProcess.packageRoot.appendingPathComponent($0).path : $0 }
            let process = try ZVHProcess.run(absolute)
            let inProcess = InProcess.outcome(absolute)
            #expect(process.status == inProcess.status, "\(arguments)")
            #expect(process.stdout == inProcess.stdout, "\(arguments)")
            #expect(process.stderr == inProcess.stderr, "\(arguments)")
        }
    }
}
