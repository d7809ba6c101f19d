/// Suggestions for mistyped keys and names ("begrot" → "begroot").
public enum Spelling {
    /// The candidate closest to `word` by edit distance, if it is close enough to be
    /// a likely typo (at most a third of the word's length, and at least 1).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        // A very long word is no typo of a short key; do not spend time on it.
        guard word.count <= 200 else { return nil }
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, word.count / 3) else { return nil }
        return best.candidate
    }

    /// The suggestion as a clause to append to a message: `; bedoelde u "begroot"?`,
    /// or nothing.
    public static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; bedoelde u \"\($0)\"?" } ?? ""
    }

    /// The closest candidate to `word` as such a clause, or nothing.
    public static func hint(for word: String, among candidates: [String]) -> String {
        hint(closest(to: word, among: candidates))
    }

    /// The Levenshtein distance between two strings, by characters.
    /// - Complexity: O(m × n).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(a, b, atMost: Int.max) ?? Int.max
    }

    /// The Levenshtein distance between two strings when it is at most `bound`, else
    /// nil; stops as soon as every partial distance exceeds the bound.
    /// - Complexity: O(m × n) at worst.
    public static func editDistance(_ a: String, _ b: String, atMost bound: Int) -> Int? {
        // ASCII text (most labels and keys) has one character per byte ("\r\n" aside,
        // which is one character): comparing bytes gives the same distance, far cheaper.
        func isPlainASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } }
        if isPlainASCII(a), isPlainASCII(b) { return editDistance(Array(a.utf8), Array(b.utf8), atMost: bound) }
        return editDistance(Array(a), Array(b), atMost: bound)
    }

    private static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], atMost bound: Int) -> Int? {
        if a.isEmpty { return b.count <= bound ? b.count : nil }
        if b.isEmpty { return a.count <= bound ? a.count : nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var smallest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                smallest = Swift.min(smallest, current[j])
            }
            // Distances never shrink from one row to the next.
            if smallest > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
