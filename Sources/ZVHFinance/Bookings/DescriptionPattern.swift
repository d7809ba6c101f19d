/// A text pattern on a booking's description: plain text matches anywhere in it
/// (`huur`), `*` stands for any text and anchors the rest (`Factuur * huur*` must start
/// with "Factuur "). Letters match without regard to case (ASCII); no regular
/// expressions. Each piece is searched with Knuth–Morris–Pratt, so matching a
/// description of n bytes never reads a byte more than twice: O(n + m) for a pattern
/// of m bytes, whatever the text (a long `aaaa…b` against `aaaa…a` included).
public struct DescriptionPattern: Hashable, Sendable {
    /// The pattern as written.
    public var text: String
    /// Where it is written.
    public var origin: FieldLocation?
    /// The texts between the stars, lowercased.
    let pieces: [[UInt8]]
    /// Whether the description must start with the first piece.
    let anchoredStart: Bool
    /// Whether the description must end with the last piece.
    let anchoredEnd: Bool
    /// Per piece, the Knuth–Morris–Pratt failure function: for each prefix length
    /// k + 1, the length of its longest proper prefix that is also its suffix.
    let failures: [[Int]]

    /// Creates a pattern.
    public init(_ text: String, origin: FieldLocation? = nil) {
        self.text = text
        self.origin = origin
        let bytes = Array(text.utf8).map(DescriptionPattern.lowercased)
        let hasStar = bytes.contains(UInt8(ascii: "*"))
        pieces = bytes.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: true).map(Array.init)
        anchoredStart = hasStar && bytes.first != UInt8(ascii: "*")
        anchoredEnd = hasStar && bytes.last != UInt8(ascii: "*")
        failures = pieces.map(DescriptionPattern.failureFunction)
    }

    /// The failure function of a piece.
    /// - Complexity: O(m) for a piece of m bytes.
    static func failureFunction(_ piece: [UInt8]) -> [Int] {
        var failure = [Int](repeating: 0, count: piece.count)
        var matched = 0
        for index in piece.indices.dropFirst() {
            while matched > 0, piece[index] != piece[matched] { matched = failure[matched - 1] }
            if piece[index] == piece[matched] { matched += 1 }
            failure[index] = matched
        }
        return failure
    }

    /// An ASCII letter in lower case; other bytes unchanged.
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// Whether a description (already lowercased by ``lowercased(_:)``) matches.
    /// - Complexity: O(n + m) for a description of n bytes and a pattern of m.
    public func matches(lowercased description: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var end = description.count
        var pieces = self.pieces.indices[...]
        if anchoredStart, let first = pieces.first {
            guard Self.hasPrefix(description, from: start, self.pieces[first]) else { return false }
            start += self.pieces[first].count
            pieces = pieces.dropFirst()
        }
        if anchoredEnd, let last = pieces.last {
            let piece = self.pieces[last]
            guard end - start >= piece.count, Self.hasPrefix(description, from: end - piece.count, piece) else { return false }
            end -= piece.count
            pieces = pieces.dropLast()
        }
        for index in pieces {
            guard let found = Self.find(self.pieces[index], failure: failures[index], in: description, from: start, to: end) else { return false }
            start = found + self.pieces[index].count
        }
        return start <= end
    }

    /// Whether a plain string matches (for tests and messages).
    public func matches(_ description: String) -> Bool {
        let lowered = Array(description.utf8).map(Self.lowercased)
        return lowered.withUnsafeBufferPointer { matches(lowercased: $0) }
    }

    @inline(__always) static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, from start: Int, _ piece: [UInt8]) -> Bool {
        guard text.count - start >= piece.count else { return false }
        for index in piece.indices where text[start + index] != piece[index] { return false }
        return true
    }

    /// The first position at or after `start` where the piece ends by `end`
    /// (Knuth–Morris–Pratt: the position in the text never moves back).
    /// - Complexity: O(end − start).
    static func find(_ piece: [UInt8], failure: [Int], in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard !piece.isEmpty else { return start }
        var matched = 0
        var position = start
        while position < end {
            let byte = text[position]
            while matched > 0, byte != piece[matched] { matched = failure[matched - 1] }
            if byte == piece[matched] { matched += 1 }
            position += 1
            if matched == piece.count { return position - piece.count }
        }
        return nil
    }
}
