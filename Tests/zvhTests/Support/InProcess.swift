import Foundation
@testable import zvh

/// Runs `zvh` in this process (``ZVH/run(arguments:stdout:stderr:environment:)``), as the
/// built binary would in the package root, without starting a process: for the tests
/// of what a command shows and its exit status, not of how the process behaves (signals,
/// closed descriptors, traps: those use ``ZVHProcess``).
enum InProcess {
    /// The package root as the working directory, once, so a bundled budget is named as
    /// `Budgets/…` just as ``ZVHProcess`` runs the binary there.
    private static let workingDirectory: Bool = FileManager.default.changeCurrentDirectoryPath(ZVHProcess.packageRoot.path)

    /// The temporary file of `--uitvoer` (``TemporaryFile``) is one per process: runs
    /// that write files take turns.
    private static let fileWriting = NSLock()

    /// The options with which a command writes files.
    private static let writingOptions = ["--uitvoer", "--toepassen", "--wijziging", "--alle"]

    /// Runs `zvh` with arguments in the package root, in a plain environment (no
    /// terminal, no colour: as ``ZVHProcess`` with `NO_COLOR`). Throws nothing; it
    /// throws only to stand where ``ZVHProcess/run(_:in:environment:)`` stood.
    static func run(_ arguments: [String]) throws -> ZVHProcess.Result {
        outcome(arguments)
    }

    /// Runs `zvh` with arguments in the package root, as ``run(_:)``.
    static func outcome(_ arguments: [String]) -> ZVHProcess.Result {
        _ = workingDirectory
        let writesFiles = arguments.contains { argument in writingOptions.contains { argument == $0 || argument.hasPrefix($0 + "=") } }
        if writesFiles { fileWriting.lock() }
        defer { if writesFiles { fileWriting.unlock() } }
        var stdout = ""
        var stderr = ""
        let status = ZVH.run(arguments: arguments, stdout: &stdout, stderr: &stderr, environment: .plain)
        return ZVHProcess.Result(status: status, stdout: stdout, stderr: stderr, endedBySignal: false)
    }
}
