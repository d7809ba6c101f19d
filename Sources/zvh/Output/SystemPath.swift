import Foundation
import ZVHFinance

/// Whether an output path reaches the system's pseudo-files: `/dev`, `/proc`, `/sys`.
///
/// `/dev/stdout` and `/proc/self/fd/1` are links to whatever standard output is; when
/// that is a file, following the link and renaming over it would replace the file
/// (`zvh … --uitvoer /dev/stdout >> log` lost the log). So the path is refused as it
/// is written, and as every step of its resolution reads — each symbolic link in it,
/// in any component, followed by hand — and never by the file it ends at.
enum SystemPath {
    static let roots = ["/dev", "/proc", "/sys"]

    /// Whether the path, as written or through any link it passes, lies under
    /// `/dev`, `/proc` or `/sys`.
    /// - Complexity: O(n × links) in the length of the path, at most 40 links.
    static func reachesSystem(_ path: String) -> Bool {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var pending = normalizedComponents(absolute)[...]
        var resolved: [String] = []
        var links = 0
        while let component = pending.popFirst() {
            resolved.append(component)
            if isSystem(resolved) { return true }
            guard let target = linkTarget(resolved), links < 40 else { continue }
            links += 1
            resolved.removeLast()
            // The link's target in its place, then the rest of the path; `..` lexically.
            let base = target.hasPrefix("/") ? "" : "/" + resolved.joined(separator: "/")
            let normalized = normalizedComponents(base + "/" + target + "/" + pending.joined(separator: "/"))
            resolved = []
            pending = normalized[...]
        }
        return false
    }

    /// The components of an absolute path with `.` and `..` taken lexically.
    static func normalizedComponents(_ path: String) -> [String] {
        var components: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(part))
            }
        }
        return components
    }

    static func isSystem(_ components: some Collection<String>) -> Bool {
        guard let first = components.first else { return false }
        return roots.contains("/" + first)
    }

    /// The target of the symbolic link at the path, nil when it is none.
    static func linkTarget(_ components: [String]) -> String? {
        let path = "/" + components.joined(separator: "/")
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = FileSystemName.withRepresentation(of: path) { readlink($0, &buffer, buffer.count - 1) }
        guard length > 0 else { return nil }
        return FileSystemName.decoding(buffer[..<length].map { UInt8(bitPattern: $0) })
    }
}
