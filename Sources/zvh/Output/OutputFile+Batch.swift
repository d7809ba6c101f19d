import Foundation
import ZVHFinance

extension OutputFile {
    /// Why a batch was not written: the file it failed on and the reason.
    struct BatchFailure: Error {
        var path: String
        var failure: Failure
    }

    /// Writes several files as one batch (`brief --alle`): all or none.
    ///
    /// Every target is checked by the rules of ``destination(of:protecting:)`` before
    /// anything is written, and two targets that are one file (the same name, or two
    /// spellings a case-insensitive file system takes as one) are refused. Then each
    /// file is written to its own temporary file beside its target; only when all are
    /// written are they renamed into place. A failure on the way removes the temporary
    /// files and leaves every target as it was. (An interruption by a signal removes
    /// the temporary file being written; those written before it stay behind as hidden
    /// `.zvh-XXXXXX` files, never as a letter.)
    /// - Throws: ``BatchFailure`` naming the file.
    static func writeBatch(_ files: [(path: String, bytes: [UInt8])], protecting inputs: [String]) throws(BatchFailure) {
        var destinations: [Destination] = []
        var seen: [String: String] = [:]
        for file in files {
            do {
                destinations.append(try destination(of: file.path, protecting: inputs))
            } catch {
                throw BatchFailure(path: file.path, failure: error)
            }
            let key = file.path.lowercased()
            if let other = seen[key] {
                throw BatchFailure(path: file.path, failure: Failure(message: "dezelfde naam als \(other); er is niets geschreven", isUsage: true))
            }
            seen[key] = file.path
        }
        TemporaryFile.installHandlers()
        defer { TemporaryFile.removeHandlers() }
        var staged: [String] = []
        func removeStaged() {
            for path in staged { _ = FileSystemName.withRepresentation(of: path) { unlink($0) } }
        }
        for (file, destination) in zip(files, destinations) {
            do {
                staged.append(try stage(file.bytes, for: destination))
                TemporaryFile.forget()
            } catch {
                removeStaged()
                throw BatchFailure(path: file.path, failure: Failure(message: error.message + " (geen enkel bestand geschreven)"))
            }
        }
        TemporaryFile.pauseForTests()
        for (index, destination) in destinations.enumerated() {
            do {
                try place(staged[index], at: destination)
            } catch {
                staged.removeFirst(index)
                removeStaged()
                let placed = index == 0 ? "geen enkel bestand geschreven" : "\(index) van de \(files.count) bestanden geplaatst"
                throw BatchFailure(path: files[index].path, failure: Failure(message: error.message + " (\(placed))"))
            }
        }
    }
}
