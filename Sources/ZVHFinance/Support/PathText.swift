/// Path arithmetic on text, without Foundation's `NSString` path methods: on Linux,
/// `("a" as NSString).deletingLastPathComponent` traps for any one-character path
/// (`zvh begroting x.json --uitvoer a` ended with signal 4; found by the cli fuzzer).
///
/// ```swift
/// PathText.folder(of: "Budgets/x.json")   // "Budgets"
/// PathText.folder(of: "a")                // ""
/// PathText.folder(of: "/a")               // "/"
/// ```
public enum PathText {
    /// The folder part of a path, as `deletingLastPathComponent` gives it: empty for a
    /// bare name, `/` for a name in the root; trailing slashes are ignored.
    /// - Complexity: O(n) in the length of the path.
    public static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return String(folder)
    }
}
