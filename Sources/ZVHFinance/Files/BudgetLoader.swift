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

    /// The bytes of a file, refusing directories, missing files and oversized files
    /// with a Dutch reason.
    public static func readBytes(_ path: String) throws(BudgetFileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "bestand niet gevonden")
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(file: path, reason: "dit is een map, geen bestand (gebruik 'zvh overzicht \(path)' of 'zvh check \(path)' voor een hele map)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(file: path, reason: "het bestand kan niet gelezen worden (geen leesrechten?)")
        }
        defer { try? handle.close() }
        let data: Data?
        do {
            data = try handle.read(upToCount: maximumFileSize + 1)
        } catch {
            throw .unreadable(file: path, reason: "het bestand kan niet gelezen worden")
        }
        let bytes = [UInt8](data ?? Data())
        guard bytes.count <= maximumFileSize else {
            throw .unreadable(file: path, reason: "het bestand is groter dan \(maximumFileSize / 1024 / 1024) MiB; een begrotingsbestand is veel kleiner (verkeerd bestand?)")
        }
        return bytes
    }

    /// The budget files named by `paths`: files as given, folders walked for `*.json`
    /// (except JSON Schemas, and `scenarios/` and `voorbeelden/` folders below the
    /// folder given, which hold scenarios and examples rather than real periods),
    /// sorted for a stable order.
    /// - Throws: ``BudgetFileError/unreadable(file:reason:)`` for a path that does not exist.
    public static func budgetFiles(in paths: [String]) throws(BudgetFileError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "bestand of map niet gevonden")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let components = relative.split(separator: "/")
                guard relative.hasSuffix(".json"), !relative.hasSuffix(".schema.json"),
                    !components.contains("scenarios"), !components.contains("voorbeelden"), !components.contains(where: { $0.hasPrefix(".") })
                else { continue }
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }
}
