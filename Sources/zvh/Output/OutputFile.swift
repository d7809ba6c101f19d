import Foundation

/// Writes an output file atomically: to a temporary file beside it, then renamed over
/// the target, so a reader never sees half a report and a failure leaves nothing
/// behind. Never writes over an input file.
enum OutputFile {
    struct Failure: Error {
        var message: String
        /// Whether the command line asked for something not allowed (exit 64).
        var isUsage = false
    }

    static func write(_ text: String, to path: String, protecting inputs: [String]) throws(Failure) {
        let target = resolved(path)
        for input in inputs where resolved(input) == target {
            throw Failure(message: "weigert te schrijven over het invoerbestand \(input); kies een ander uitvoerbestand", isUsage: true)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure(message: "dit is een map; geef een bestandsnaam op", isUsage: true)
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw Failure(message: "kan niet schrijven in \(directory.path) (\(String(cString: strerror(errno))))")
        }
        let bytes = Array(text.utf8)
        var written = 0
        var failed = false
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result <= 0 {
                    failed = true
                    break
                }
                written += result
            }
        }
        if !failed, fsync(descriptor) != 0 { failed = true }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        if failed {
            unlink(temporary.path)
            throw Failure(message: "schrijven mislukt (\(reason)); er is niets achtergelaten")
        }
        if rename(temporary.path, path) != 0 {
            let renameReason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw Failure(message: "kan het bestand niet plaatsen (\(renameReason)); er is niets achtergelaten")
        }
    }

    /// The path with symbolic links and `.`/`..` resolved (of the file, or of its
    /// folder when the file does not exist yet).
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) {
            return url.resolvingSymlinksInPath().path
        }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
    }
}
