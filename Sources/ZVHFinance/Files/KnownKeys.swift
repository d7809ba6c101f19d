/// The keys an object of a file may have, with the bit each has in a key signature
/// (``JSONDocument/keySignature(ofObject:)``) worked out once: checking an object's
/// members against them (``ObjectReader/requireKnownKeys(_:)``) compares a
/// plain member key with the one or two allowed keys of its bit, not with every key.
///
/// ```swift
/// static let lineKeys: KnownKeys = ["naam", "code", "soort", "bedragen"]
/// try object.requireKnownKeys(Self.lineKeys)
/// ```
struct KnownKeys: ExpressibleByArrayLiteral, Sendable {
    /// The keys, in the order given (the order of a suggestion's candidates).
    let keys: [String]
    /// For each of the 64 bits, the positions in ``keys`` of the keys with that bit.
    let byBit: [[Int]]
    /// Whether every key is plain ASCII; otherwise members are compared with every key.
    let isPlain: Bool

    init(_ keys: [String]) {
        self.keys = keys
        var byBit = [[Int]](repeating: [], count: 64)
        var isPlain = true
        for (position, key) in keys.enumerated() {
            let bytes = Array(key.utf8)
            guard let first = bytes.first, let last = bytes.last, bytes.allSatisfy({ $0 < 0x80 }) else {
                isPlain = false
                continue
            }
            byBit[JSONDocument.signatureBitIndex(length: bytes.count, first: first, last: last)].append(position)
        }
        self.byBit = byBit
        self.isPlain = isPlain
    }

    init(arrayLiteral keys: String...) {
        self.init(keys)
    }
}
