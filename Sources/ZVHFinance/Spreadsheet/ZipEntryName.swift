/// The rule for entry names that may be read or written: relative paths that stay
/// inside the archive.
enum ZipEntryName {
    /// Whether a name is a relative path without `..` components, drive letters,
    /// backslashes, control characters or empty components.
    /// - Complexity: O(n) in the length of the name.
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/") else { return false }
        for scalar in name.unicodeScalars where scalar.value < 0x20 || scalar == "\\" || scalar == ":" {
            return false
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        for (index, component) in components.enumerated() {
            if component == ".." || component == "." { return false }
            // Only a folder entry ("xl/") may end in an empty component.
            if component.isEmpty && index != components.count - 1 { return false }
        }
        return true
    }
}
