import Foundation
import ZVHFinance

/// Writes an output file (`--uitvoer`) atomically and only where it is safe.
///
/// The rules:
/// - Never over an input: any file named on the command line, and any file below a
///   folder named there (also the files a scan skips: `scenarios/`, `voorbeelden/`,
///   `*.schema.json`, hidden files), loaded or not. Files are compared by device and
///   inode, so another spelling or a (hard or symbolic) link is recognised. Exit 64.
/// - Only regular files: a folder, a FIFO, a device, a socket, or any path under
///   `/dev/`, `/proc/` or `/sys/` — as written, or through a symbolic link in any of
///   its components (``SystemPath``), whatever file it ends at — is refused (exit 64),
///   never replaced, even for root.
/// - An existing file keeps its permission bits (and, for root, its owner); a new file
///   gets 0644 minus the umask. A file without write permission is refused (exit 73).
/// - A symbolic link is written through when it points at a regular file that is not
///   an input: the file it resolves to is replaced and the link stays. A dangling link
///   or a loop of links is refused (exit 73).
/// - The text goes to a temporary file `.zvh-XXXXXX` (`mkstemp`) in the target's
///   folder, is synced, then renamed over the target: a reader never sees half a
///   report, a failure leaves nothing behind, and a name of 255 bytes still works.
///   SIGINT, SIGTERM and SIGHUP during the write remove the temporary file.
enum OutputFile {
    struct Failure: Error {
        var message: String
        /// Whether the command line asked for something not allowed (exit 64).
        var isUsage = false
    }

    /// Where to write and with which permission bits.
    struct Destination {
        /// The file to replace: the target, or the file a symbolic link resolves to.
        var path: String
        /// The existing file's status, if there is one.
        var existing: stat?
    }

    /// Checks `--uitvoer` before the command runs, against the paths on its command
    /// line (and `Budgets` for a command that reads it by default), so an input is
    /// protected even when it fails to load.
    /// - Returns: the exit status when the target is refused, nil when it may be written.
    static func refusal(for commandLine: ParsedCommandLine, of command: CommandSpec, context: inout CommandContext) -> Int32? {
        guard let path = commandLine.texts(of: ReportCommandOptions.output.spec).last else { return nil }
        if let flag = command.folderOutputFlag, commandLine.isSet(flag) { return nil }
        // The arguments, and the options that name an input (--scenario, --jaarrekening, --voorschotten, --inwoners, --sleutels-uit, …).
        var inputs = commandLine.arguments
        for option in command.options where option.namesInputFile {
            inputs += commandLine.texts(of: option)
        }
        let readsBudgetsByDefault = command.arguments.contains { $0.isOptional && $0.isRepeating }
        if readsBudgetsByDefault, commandLine.arguments.count < command.arguments.count { inputs.append("Budgets") }
        do {
            _ = try destination(of: path, protecting: inputs)
            return nil
        } catch {
            Diagnostics.line("\(path): fout: \(error.message)", context: &context)
            return error.isUsage ? ExitCode.usage : ExitCode.cannotCreate
        }
    }

    static func write(_ text: String, to path: String, protecting inputs: [String]) throws(Failure) {
        try write(bytes: Array(text.utf8), to: path, protecting: inputs)
    }

    /// Writes bytes (a workbook, or text as UTF-8) under the same rules.
    static func write(bytes: [UInt8], to path: String, protecting inputs: [String]) throws(Failure) {
        let destination = try destination(of: path, protecting: inputs)
        try replace(destination, with: bytes)
    }

    /// Checks the target against the rules and finds the file to replace.
    static func destination(of path: String, protecting inputs: [String]) throws(Failure) -> Destination {
        guard !path.isEmpty else { throw Failure(message: "geef een bestandsnaam op", isUsage: true) }
        guard !SystemPath.reachesSystem(path) else {
            throw Failure(message: "dit pad ligt onder /dev, /proc of /sys (of wijst daarheen): een apparaat- of systeembestand; zvh schrijft alleen gewone bestanden", isUsage: true)
        }
        guard !path.hasSuffix("/") else { throw Failure(message: "dit is een map; geef een bestandsnaam op", isUsage: true) }
        var link = stat()
        guard FileSystemName.withRepresentation(of: path, { lstat($0, &link) }) == 0 else {
            let code = errno
            guard code == ENOENT else { throw Failure(message: "kan het doel niet bekijken (\(String(cString: strerror(code))))") }
            let folder = PathText.folder(of: path)
            var status = stat()
            guard FileSystemName.withRepresentation(of: folder.isEmpty ? "." : folder, { stat($0, &status) }) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(message: "kan niet schrijven in \(folder) (de map bestaat niet)")
            }
            return Destination(path: path, existing: nil)
        }
        var target = path
        if link.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = FileSystemName.withRepresentation(of: path, { realpath($0, nil) }) else {
                let reason = errno == ELOOP ? "symbolische koppelingen vormen een kring" : "de symbolische koppeling wijst naar iets dat niet bestaat"
                throw Failure(message: "\(reason); zvh schrijft via een koppeling alleen naar een bestaand gewoon bestand")
            }
            defer { free(resolved) }
            let length = strlen(resolved)
            target = resolved.withMemoryRebound(to: UInt8.self, capacity: length) { FileSystemName.decoding(UnsafeBufferPointer(start: $0, count: length)) }
        }
        var status = stat()
        guard FileSystemName.withRepresentation(of: target, { stat($0, &status) }) == 0 else {
            throw Failure(message: "kan het doel niet bekijken (\(String(cString: strerror(errno))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(message: "dit is een map; geef een bestandsnaam op", isUsage: true)
        case S_IFIFO: throw Failure(message: "dit is een FIFO (named pipe); zvh schrijft alleen gewone bestanden", isUsage: true)
        case S_IFSOCK: throw Failure(message: "dit is een socket; zvh schrijft alleen gewone bestanden", isUsage: true)
        default: throw Failure(message: "dit is een apparaat; zvh schrijft alleen gewone bestanden", isUsage: true)
        }
        let identity = FileIdentity(path: target)
        if let identity, FileIdentity.allFiles(namedBy: inputs).contains(identity) {
            throw Failure(message: "weigert te schrijven over het invoerbestand; kies een ander uitvoerbestand", isUsage: true)
        }
        let isWritable = FileSystemName.withRepresentation(of: target) { access($0, W_OK) } == 0
        guard status.st_mode & 0o222 != 0, isWritable else {
            throw Failure(message: "het bestand is alleen-lezen (geen schrijfrechten); zvh vervangt het niet")
        }
        return Destination(path: target, existing: status)
    }

    /// Writes the bytes to a temporary file beside the destination and renames it over.
    static func replace(_ destination: Destination, with bytes: [UInt8]) throws(Failure) {
        TemporaryFile.installHandlers()
        defer { TemporaryFile.removeHandlers() }
        let temporary = try stage(bytes, for: destination)
        TemporaryFile.pauseForTests()
        do {
            try place(temporary, at: destination)
        } catch {
            TemporaryFile.remove()
            throw error
        }
        TemporaryFile.forget()
    }

    /// Writes the bytes, synced, to a new temporary file `.zvh-XXXXXX` in the
    /// destination's folder with the destination's permission bits; the file is
    /// ``TemporaryFile``'s until it is renamed or forgotten.
    /// - Returns: the temporary file's path.
    static func stage(_ bytes: [UInt8], for destination: Destination) throws(Failure) -> String {
        let folder = PathText.folder(of: destination.path)
        let template = FileSystemName.representation(of: (folder.isEmpty ? "." : folder) + "/.zvh-XXXXXX")
        guard template.count <= TemporaryFile.capacity else { throw Failure(message: "het pad is te lang") }
        let descriptor = TemporaryFile.create(from: template)
        guard descriptor >= 0 else {
            throw Failure(message: "kan niet schrijven in \(folder.isEmpty ? "." : folder) (\(String(cString: strerror(errno))))")
        }
        if let existing = destination.existing {
            fchmod(descriptor, existing.st_mode & 0o7777)
            if getuid() == 0 { fchown(descriptor, existing.st_uid, existing.st_gid) }
        } else {
            let mask = umask(0o022)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
        }
        var written = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    failure = result < 0 ? errno : EIO
                    break
                }
                written += result
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if let failure {
            TemporaryFile.remove()
            throw Failure(message: "schrijven mislukt (\(String(cString: strerror(failure)))); er is niets achtergelaten")
        }
        let length = strlen(TemporaryFile.path)
        return TemporaryFile.path.withMemoryRebound(to: UInt8.self, capacity: length) {
            FileSystemName.decoding(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Renames a staged temporary file over the destination.
    static func place(_ temporary: String, at destination: Destination) throws(Failure) {
        let renamed = FileSystemName.withRepresentation(of: temporary) { from in
            FileSystemName.withRepresentation(of: destination.path) { rename(from, $0) }
        }
        guard renamed == 0 else {
            throw Failure(message: "kan het bestand niet plaatsen (\(String(cString: strerror(errno)))); er is niets achtergelaten")
        }
    }
}
