import Foundation

/// The dependencies between the folders of a Swift source tree, measured from the type
/// names each file declares at its top level and the capitalised names it uses (outside
/// comments and string literals, inside string interpolations).
///
/// Folder A uses folder B when a file in A names a type declared at the top level of a
/// file in B. A cycle is a set of two or more folders each reachable from the others.
///
/// ```swift
/// let dependencies = try FolderDependencies(root: sources)
/// dependencies.cycles.map(dependencies.describe)   // ["Budget → Files (Column.swift: UnassignedBookings) → Budget (…)"]
/// ```
struct FolderDependencies {
    /// One use that makes an edge: the file and the name it uses.
    struct Evidence: Hashable, Comparable {
        var file: String
        var name: String

        static func < (lhs: Evidence, rhs: Evidence) -> Bool { (lhs.file, lhs.name) < (rhs.file, rhs.name) }
    }

    /// One source file: its folder (the first path component under the root), its
    /// name and its text.
    struct Source {
        var folder: String
        var file: String
        var text: String
    }

    /// Every folder holding a source file, sorted.
    private(set) var folders: [String] = []
    /// Per folder, the other folders it uses, each with the first use found (by file, then name).
    private(set) var edges: [String: [String: Evidence]] = [:]

    /// Reads every `.swift` file under `root`.
    /// - Complexity: O(total size of the files).
    init(root: URL) throws {
        var sources: [Source] = []
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { throw CocoaError(.fileReadNoSuchFile) }
        for case let relative as String in enumerator where relative.hasSuffix(".swift") {
            let components = relative.split(separator: "/").map(String.init)
            let text = try String(contentsOfFile: base + "/" + relative, encoding: .utf8)
            sources.append(Source(folder: components.count > 1 ? components[0] : ".", file: relative, text: text))
        }
        self.init(sources)
    }

    /// Measures the dependencies of the given files.
    /// - Complexity: O(total size of the files).
    init(_ sources: [Source]) {
        var declaringFolder: [String: String] = [:]
        var used: [(source: Source, names: Set<String>)] = []
        for source in sources {
            let scan = SwiftNames(source.text)
            for name in scan.topLevelDeclarations { declaringFolder[name] = source.folder }
            used.append((source, scan.capitalisedNames))
        }
        folders = Set(sources.map(\.folder)).sorted()
        for (source, names) in used {
            for name in names {
                guard let target = declaringFolder[name], target != source.folder else { continue }
                let evidence = Evidence(file: source.file, name: name)
                if let known = edges[source.folder, default: [:]][target], known < evidence { continue }
                edges[source.folder, default: [:]][target] = evidence
            }
        }
    }

    /// Whether `folder` uses `other`.
    func uses(_ folder: String, _ other: String) -> Bool { edges[folder]?[other] != nil }

    /// The folders that use `folder`, sorted.
    func users(of folder: String) -> [String] { folders.filter { uses($0, folder) } }

    /// Every set of two or more folders that depend on each other (a strongly connected
    /// component of the folder graph), each sorted, in the order of their first folder.
    /// - Complexity: O(folders + edges) (Tarjan's algorithm).
    var cycles: [[String]] {
        var index: [String: Int] = [:], lowLink: [String: Int] = [:]
        var stack: [String] = [], onStack: Set<String> = []
        var components: [[String]] = []
        func connect(_ folder: String) {
            index[folder] = index.count
            lowLink[folder] = index[folder]
            stack.append(folder)
            onStack.insert(folder)
            for next in (edges[folder] ?? [:]).keys.sorted() {
                if index[next] == nil {
                    connect(next)
                    lowLink[folder] = min(lowLink[folder]!, lowLink[next]!)
                } else if onStack.contains(next) {
                    lowLink[folder] = min(lowLink[folder]!, index[next]!)
                }
            }
            guard lowLink[folder] == index[folder] else { return }
            var component: [String] = []
            while let top = stack.popLast() {
                onStack.remove(top)
                component.append(top)
                if top == folder { break }
            }
            if component.count > 1 { components.append(component.sorted()) }
        }
        for folder in folders where index[folder] == nil { connect(folder) }
        return components.sorted { $0[0] < $1[0] }
    }

    /// One cycle through the first folder of `component`, each step with the use that
    /// makes it: `A → B (B/File.swift: Name) → A (…)`.
    func describe(_ component: [String]) -> String {
        let members = Set(component)
        let start = component[0]
        // Breadth-first from the start back to it, inside the component.
        var previous: [String: String] = [:]
        var queue = [start]
        var found = false
        while !queue.isEmpty, !found {
            let folder = queue.removeFirst()
            for next in (edges[folder] ?? [:]).keys.sorted() where members.contains(next) {
                if next == start { previous[start] = folder; found = true; break }
                if previous[next] == nil { previous[next] = folder; queue.append(next) }
            }
        }
        var path = [start]
        var folder = previous[start] ?? start
        while folder != start, path.count <= component.count {
            path.insert(folder, at: 1)
            folder = previous[folder] ?? start
        }
        path.append(start)
        var text = path[0]
        for (from, to) in zip(path, path.dropFirst()) {
            let evidence = edges[from]![to]!
            text += " → \(to) (\(evidence.file): \(evidence.name))"
        }
        return text
    }
}

/// The names a Swift file declares at its top level and the capitalised names it uses,
/// from a scan that skips comments and string literals but reads interpolations.
struct SwiftNames {
    private(set) var topLevelDeclarations: Set<String> = []
    private(set) var capitalisedNames: Set<String> = []

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    private var declares = false

    private static let declarationKeywords: Set<String> = ["struct", "enum", "class", "protocol", "actor", "typealias"]

    /// Scans `text`.
    /// - Complexity: O(n) in the length of the text.
    init(_ text: String) {
        bytes = Array(text.utf8)
        scanCode(untilClosingParenthesis: false)
    }

    private func byte(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
    }

    private static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Code up to the end, or up to the `)` closing an interpolation.
    private mutating func scanCode(untilClosingParenthesis: Bool) {
        var parentheses = 0
        while let current = byte() {
            switch current {
            case UInt8(ascii: "/") where byte(1) == UInt8(ascii: "/"):
                while let next = byte(), next != UInt8(ascii: "\n") { position += 1 }
            case UInt8(ascii: "/") where byte(1) == UInt8(ascii: "*"):
                skipBlockComment()
            case UInt8(ascii: "#") where byte(1) == UInt8(ascii: "\"") || byte(1) == UInt8(ascii: "#"):
                var hashes = 0
                while byte() == UInt8(ascii: "#") { hashes += 1; position += 1 }
                if byte() == UInt8(ascii: "\"") { scanString(hashes: hashes) }
            case UInt8(ascii: "\""):
                scanString(hashes: 0)
            case UInt8(ascii: "("):
                parentheses += 1
                position += 1
            case UInt8(ascii: ")"):
                position += 1
                if untilClosingParenthesis {
                    if parentheses == 0 { return }
                    parentheses -= 1
                }
            case UInt8(ascii: "{"):
                depth += 1
                position += 1
            case UInt8(ascii: "}"):
                depth -= 1
                position += 1
            case UInt8(ascii: "`"):
                position += 1
                identifier()
                if byte() == UInt8(ascii: "`") { position += 1 }
            case _ where Self.isIdentifierStart(current):
                identifier()
            case _ where Self.isIdentifierPart(current):
                while let next = byte(), Self.isIdentifierPart(next) { position += 1 }   // a number such as 1_000 or 2e3
            default:
                position += 1
            }
        }
    }

    private mutating func identifier() {
        let start = position
        while let next = byte(), Self.isIdentifierPart(next) { position += 1 }
        guard position > start else { return }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        if declares {
            declares = false
            if depth == 0 { topLevelDeclarations.insert(name) }
        } else if depth == 0, Self.declarationKeywords.contains(name) {
            declares = true
        }
        if let first = name.utf8.first, first >= 0x41, first <= 0x5A { capitalisedNames.insert(name) }
    }

    private mutating func skipBlockComment() {
        var nesting = 0
        while byte() != nil {
            if byte() == UInt8(ascii: "/"), byte(1) == UInt8(ascii: "*") {
                nesting += 1
                position += 2
            } else if byte() == UInt8(ascii: "*"), byte(1) == UInt8(ascii: "/") {
                nesting -= 1
                position += 2
                if nesting == 0 { return }
            } else {
                position += 1
            }
        }
    }

    /// A string literal from its opening quote (after any `#`), reading interpolations as code.
    private mutating func scanString(hashes: Int) {
        let isMultiline = byte(1) == UInt8(ascii: "\"") && byte(2) == UInt8(ascii: "\"")
        position += isMultiline ? 3 : 1
        while let current = byte() {
            if current == UInt8(ascii: "\\") {
                var count = 0
                while byte(1 + count) == UInt8(ascii: "#") { count += 1 }
                if count == hashes {
                    position += 1 + count
                    if byte() == UInt8(ascii: "(") {
                        position += 1
                        scanCode(untilClosingParenthesis: true)
                    } else {
                        position += 1   // the escaped character
                    }
                    continue
                }
                position += 1
                continue
            }
            if current == UInt8(ascii: "\"") {
                let quotes = isMultiline ? 3 : 1
                var closes = true
                for offset in 0..<quotes where byte(offset) != UInt8(ascii: "\"") { closes = false }
                for offset in 0..<hashes where byte(quotes + offset) != UInt8(ascii: "#") { closes = false }
                if closes {
                    position += quotes + hashes
                    return
                }
            }
            if current == UInt8(ascii: "\n"), !isMultiline, hashes == 0 { return }   // unterminated: give up on the line
            position += 1
        }
    }
}
