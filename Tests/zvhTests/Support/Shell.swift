import Foundation

/// Runs a shell script with `$ZVH` set to the built binary, for what `Process` cannot
/// set up: a closed descriptor, `/dev/full`, a pipe whose reader has gone.
enum Shell {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ script: String, in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory ?? ZVHProcess.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["ZVH"] = ZVHProcess.binary.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-sh-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-sh-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Whether a FIFO can be made in the temporary folder.
    static let canMakeFIFO: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-fifo-\(UUID().uuidString)").path
        defer { unlink(path) }
        return mkfifo(path, 0o600) == 0
    }()

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zvh-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
