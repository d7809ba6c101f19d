import Foundation

/// Reads budget files from disk and finds them in folders.
///
/// Reading is bounded: a file larger than ``maximumFileSize`` is refused before it is
/// read, so a stray export cannot exhaust memory.
public enum BudgetLoader {
    /// The largest budget file accepted: 8 MiB, far above any real budget.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Reads and parses one budget file.
    /// - Parameter path: the file's path, as the user gave it (used in messages).
    /// - Returns: the budget.
    /// - Throws: ``BudgetFileError``: `.unreadable` when the file cannot be read,
    ///   other cases when its content is wrong.
    public static func load(_ path: String) throws(BudgetFileError) -> Budget {
        try BudgetFileReader.read(try readBytes(path), file: path)
    }

    /// The bytes of a file, refusing directories, missing files, files that are not
    /// regular (a FIFO, a device, a socket: checked before opening, and opened
    /// non-blocking so nothing can make zvh wait) and oversized files, with a Dutch
    /// reason.
    /// - Parameter path: the file's path (a name that is not UTF-8 in
    ///   ``FileSystemName`` form).
    /// - Throws: ``BudgetFileError/unreadable(file:reason:)``.
    public static func readBytes(_ path: String) throws(BudgetFileError) -> [UInt8] {
        guard let status = FileStatus(path: path) else {
            throw .unreadable(file: path, reason: FileStatus.reason(errno, path: path, missing: "bestand niet gevonden"))
        }
        guard !status.isDirectory else {
            throw .unreadable(file: path, reason: "dit is een map, geen bestand (gebruik 'zvh overzicht \(path)' of 'zvh check \(path)' voor een hele map)")
        }
        guard status.isRegularFile else {
            throw .unreadable(file: path, reason: "dit is \(status.kindName), geen gewoon bestand; zvh leest alleen gewone bestanden")
        }
        guard status.size <= maximumFileSize else { throw tooLarge(path) }
        let descriptor = FileSystemName.withRepresentation(of: path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw .unreadable(file: path, reason: "het bestand kan niet gelezen worden: " + FileStatus.reason(errno, path: path, missing: "bestand niet gevonden"))
        }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, FileStatus(raw: opened).isRegularFile else {
            throw .unreadable(file: path, reason: "het bestand veranderde tijdens het openen; zvh leest alleen gewone bestanden")
        }
        // Room for the size the file has now and one byte more, to notice a file that
        // grows while it is read; grown (up to one byte over the limit) only then. A
        // buffer of the largest size for every file would zero 8 MiB per file.
        var bytes = [UInt8](repeating: 0, count: Int(min(status.size, Int64(maximumFileSize))) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= maximumFileSize else { break }
                bytes += repeatElement(0, count: min(bytes.count, maximumFileSize + 1 - bytes.count))
            }
            let result = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if result < 0, errno == EINTR { continue }
            guard result >= 0 else {
                throw .unreadable(file: path, reason: "het bestand kan niet gelezen worden (\(String(cString: strerror(errno))))")
            }
            if result == 0 { break }
            count += result
        }
        guard count <= maximumFileSize else { throw tooLarge(path) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    static func tooLarge(_ path: String) -> BudgetFileError {
        .unreadable(file: path, reason: "het bestand is groter dan \(maximumFileSize / 1024 / 1024) MiB, de grens van zvh voor een invoerbestand (verkeerd bestand?)")
    }

    /// The budget files named by `paths`: files as given, folders walked for `*.json`
    /// (except JSON Schemas, rules files `boekingsregels*.json`, the profile `organisatie.json`, hidden files and folders, and `scenarios/` and
    /// `voorbeelden/` folders below the folder given, which hold scenarios and examples
    /// rather than real periods), sorted by path for a stable order.
    ///
    /// Symbolic links are followed, each folder is read once (a link back to a folder
    /// above cannot make the walk loop). Every `*.json` that is not a folder is listed,
    /// so a FIFO, a dangling link or an unreadable file is reported when it is read
    /// rather than passed over in silence.
    /// - Throws: ``BudgetFileError/unreadable(file:reason:)`` for a path that does not
    ///   exist and for a folder that cannot be read.
    /// - Complexity: O(n log n) in the number of files below the folders.
    public static func budgetFiles(in paths: [String]) throws(BudgetFileError) -> [String] {
        var files: [String] = []
        var visited: Set<FileIdentity> = []
        for path in paths {
            guard let status = FileStatus(path: path) else {
                throw .unreadable(file: path, reason: FileStatus.reason(errno, path: path, missing: "bestand of map niet gevonden"))
            }
            guard status.isDirectory else {
                files.append(path)
                continue
            }
            var found: [String] = []
            try collect(in: path, identity: status.identity, into: &found, visited: &visited)
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    /// The budget files directly in one folder (not below it), sorted by path: the
    /// other files an organisation's file sits beside.
    /// - Throws: ``BudgetFileError/unreadable(file:reason:)`` when the folder cannot be read.
    /// - Complexity: O(n log n) in the folder's entries.
    public static func budgetFiles(directlyIn folder: String) throws(BudgetFileError) -> [String] {
        let names: [String]
        do throws(FileStatus.Failure) {
            names = try FileStatus.entries(of: folder)
        } catch {
            throw .unreadable(file: folder, reason: "de map kan niet gelezen worden: " + FileStatus.reason(error.code, path: folder, missing: "map niet gevonden"))
        }
        return names.filter { !$0.hasPrefix(".") && isBudgetFileName($0) }.map { FileStatus.joined(folder, $0) }
            .filter { FileStatus(path: $0)?.isDirectory != true }.sorted()
    }

    static func isBudgetFileName(_ name: String) -> Bool {
        // Rules files of `zvh boekingen` (`boekingsregels*.json`) and the letters' profile (`organisatie.json`) live beside the budgets but are no budgets.
        name.hasSuffix(".json") && !name.hasSuffix(".schema.json") && !name.hasPrefix("boekingsregels") && name != "organisatie.json"
    }

    static func collect(in folder: String, identity: FileIdentity, into found: inout [String], visited: inout Set<FileIdentity>) throws(BudgetFileError) {
        guard visited.insert(identity).inserted else { return }
        let names: [String]
        do throws(FileStatus.Failure) {
            names = try FileStatus.entries(of: folder)
        } catch {
            throw .unreadable(file: folder, reason: "de map kan niet gelezen worden: " + FileStatus.reason(error.code, path: folder, missing: "map niet gevonden"))
        }
        for name in names where !name.hasPrefix(".") {
            let path = FileStatus.joined(folder, name)
            guard let status = FileStatus(path: path) else {
                if isBudgetFileName(name) { found.append(path) }
                continue
            }
            if status.isDirectory {
                guard name != "scenarios", name != "voorbeelden" else { continue }
                try collect(in: path, identity: status.identity, into: &found, visited: &visited)
            } else if isBudgetFileName(name) {
                found.append(path)
            }
        }
    }
}
