/// Suggestions for mistyped keys and names ("begrot" → "begroot").
public enum Spelling {
    /// The longest word or candidate compared, in characters: a typo of a key or a
    /// name is short, and a longer text is no typo of either.
    public static let maximumLength = 200

    /// The candidate closest to `word` by edit distance, if it is close enough to be
    /// a likely typo (at most a third of the word's length, and at least 1).
    ///
    /// Both sides are bounded: a word or a candidate longer than ``maximumLength``
    /// characters is not compared, and each distance is computed only up to the
    /// threshold (a candidate whose length differs more is skipped unread).
    /// - Complexity: O(c × L × t) for c candidates, L = ``maximumLength`` and the
    ///   threshold t ≤ L / 3 — linear in the number of candidates.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        // `utf8.count` is O(1): a long text is refused before it is read.
        guard word.utf8.count <= maximumLength * 4, word.count <= maximumLength else { return nil }
        let lowered = word.lowercased()
        let length = lowered.count
        let threshold = max(1, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate.utf8.count <= maximumLength * 4 {
            let candidateLength = candidate.count
            guard candidateLength <= maximumLength, abs(candidateLength - length) <= threshold else { continue }
            let bound = min(threshold, (best?.distance ?? Int.max) - 1)
            guard bound >= 0, let distance = editDistance(lowered, candidate.lowercased(), atMost: bound) else { continue }
            best = (candidate, distance)
        }
        return best?.candidate
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
        func isPlainASCII(_ bytes: some Sequence<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } }
        // Read in place (no copy of either text), with the two rows on the stack.
        var inPlace: Int?? = nil
        _ = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in
                if isPlainASCII(a), isPlainASCII(b) { inPlace = .some(editDistance(a, b, atMost: bound)) }
            }
        }
        if let inPlace { return inPlace }
        if isPlainASCII(a.utf8), isPlainASCII(b.utf8) { return editDistance(Array(a.utf8), Array(b.utf8), atMost: bound) }
        return editDistance(Array(a), Array(b), atMost: bound)
    }

    /// ``editDistance(_:_:atMost:)`` of two byte buffers, its two rows in a temporary
    /// allocation rather than two arrays.
    private static func editDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, atMost bound: Int) -> Int? {
        if a.isEmpty { return b.count <= bound ? b.count : nil }
        if b.isEmpty { return a.count <= bound ? a.count : nil }
        // Only the band of cells within `bound` of the diagonal can stay within the
        // bound; every other cell counts as `beyond` (bound + 1).
        let bound = Swift.min(bound, Swift.max(a.count, b.count))
        guard abs(a.count - b.count) <= bound else { return nil }
        let beyond = bound + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows -> Int? in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...b.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(b.count + 1)...])
            for j in 0...b.count { previous[j] = Swift.min(j, beyond) }
            for i in 1...a.count {
                let low = Swift.max(1, i - bound), high = Swift.min(b.count, i + bound)
                current[low - 1] = low == 1 ? Swift.min(i, beyond) : beyond
                var smallest = current[low - 1]
                let byte = a[i - 1]
                for j in low...high {
                    let cost = byte == b[j - 1] ? 0 : 1
                    let value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, beyond)
                    current[j] = value
                    smallest = Swift.min(smallest, value)
                }
                if high < b.count { current[high + 1] = beyond }
                // Distances never shrink from one row to the next.
                if smallest > bound { return nil }
                swap(&previous, &current)
            }
            return previous[b.count] <= bound ? previous[b.count] : nil
        }
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
