/// A text pattern on a booking's description: plain text matches anywhere in it
/// (`huur`), `*` stands for any text and anchors the rest (`Factuur * huur*` must start
/// with "Factuur "). Letters match without regard to case (ASCII); no regular
/// expressions, so a pattern cannot take more than linear-times-pieces time.
public struct DescriptionPattern: Hashable, Sendable {
    /// The pattern as written.
    public var text: String
    /// Where it is written.
    public var origin: FieldLocation
    /// The texts between the stars, lowercased.
    let pieces: [[UInt8]]
    /// Whether the description must start with the first piece.
    let anchoredStart: Bool
    /// Whether the description must end with the last piece.
    let anchoredEnd: Bool

    /// Creates a pattern.
    public init(_ text: String, origin: FieldLocation = .none) {
        self.text = text
        self.origin = origin
        let bytes = Array(text.utf8).map(DescriptionPattern.lowercased)
        let hasStar = bytes.contains(UInt8(ascii: "*"))
        pieces = bytes.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: true).map(Array.init)
        anchoredStart = hasStar && bytes.first != UInt8(ascii: "*")
        anchoredEnd = hasStar && bytes.last != UInt8(ascii: "*")
    }

    /// An ASCII letter in lower case; other bytes unchanged.
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// Whether a description (already lowercased by ``lowercased(_:)``) matches.
    /// - Complexity: O(n × m) at worst for a description of n bytes and a pattern of m.
    public func matches(lowercased description: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var end = description.count
        var pieces = self.pieces[...]
        if anchoredStart, let first = pieces.first {
            guard Self.hasPrefix(description, from: start, first) else { return false }
            start += first.count
            pieces = pieces.dropFirst()
        }
        if anchoredEnd, let last = pieces.last {
            guard end - start >= last.count, Self.hasPrefix(description, from: end - last.count, last) else { return false }
            end -= last.count
            pieces = pieces.dropLast()
        }
        for piece in pieces {
            guard let found = Self.find(piece, in: description, from: start, to: end) else { return false }
            start = found + piece.count
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

    static func find(_ piece: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let first = piece.first else { return start }
        var position = start
        while position + piece.count <= end {
            if text[position] == first, hasPrefix(text, from: position, piece) { return position }
            position += 1
        }
        return nil
    }
}
