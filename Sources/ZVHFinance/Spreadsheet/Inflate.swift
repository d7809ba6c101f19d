/// A DEFLATE decompressor (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks,
/// with a bound on the output so that a small hostile stream cannot exhaust memory.
///
/// Every step either consumes input or produces output, and output is bounded, so
/// decompression always ends; malformed streams throw, they never trap.
///
/// ```swift
/// let text = try Inflate.decompress(compressed, maximumSize: 1 << 20)
/// ```
public enum Inflate {
    /// Decompresses a raw DEFLATE stream (no zlib or gzip header).
    /// - Parameters:
    ///   - bytes: the compressed stream; bytes after its final block are ignored.
    ///   - maximumSize: the most output bytes allowed.
    /// - Returns: the decompressed bytes.
    /// - Throws: ``SpreadsheetError/inflatedSizeExceeded(limit:)`` beyond `maximumSize`,
    ///   ``SpreadsheetError/truncatedDeflateStream`` when the input ends early,
    ///   ``SpreadsheetError/corruptDeflateStream(reason:)`` for any other malformation.
    /// - Complexity: O(n + m) for n input and m output bytes (at most 15 steps per code).
    public static func decompress(_ bytes: [UInt8], maximumSize: Int) throws(SpreadsheetError) -> [UInt8] {
        var state = InflateState(input: bytes, limit: max(0, maximumSize))
        try state.run()
        return state.output
    }
}

/// The input bit position and the output of one decompression.
struct InflateState {
    var input: BitReader
    var output: [UInt8] = []
    let limit: Int

    init(input: [UInt8], limit: Int) {
        self.input = BitReader(bytes: input)
        self.limit = limit
        // Reserve for a typical ratio, never for the whole limit up front.
        output.reserveCapacity(min(limit, input.count * 4 + 64))
    }

    mutating func run() throws(SpreadsheetError) {
        var isLast = false
        while !isLast {
            isLast = try input.bits(1) == 1
            switch try input.bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: HuffmanCode.fixedLiterals, distances: HuffmanCode.fixedDistances)
            case 2:
                let (literals, distances) = try HuffmanCode.readDynamicCodes(from: &input)
                try huffmanBlock(literals: literals, distances: distances)
            default: throw .corruptDeflateStream(reason: "ongeldig bloktype 3")
            }
        }
    }

    private mutating func storedBlock() throws(SpreadsheetError) {
        input.alignToByte()
        let length = try input.bits(16)
        let complement = try input.bits(16)
        guard length == ~complement & 0xFFFF else {
            throw .corruptDeflateStream(reason: "de lengte van een ongecomprimeerd blok klopt niet met haar complement")
        }
        guard output.count + length <= limit else { throw .inflatedSizeExceeded(limit: limit) }
        output += try input.bytes(length)
    }

    private mutating func huffmanBlock(literals: HuffmanCode, distances: HuffmanCode) throws(SpreadsheetError) {
        while true {
            let symbol = try literals.decode(&input)
            if symbol < 256 {
                guard output.count < limit else { throw .inflatedSizeExceeded(limit: limit) }
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let lengthIndex = symbol - 257
                guard lengthIndex < Self.lengthBase.count else {
                    throw .corruptDeflateStream(reason: "ongeldige lengtecode \(symbol)")
                }
                let length = Self.lengthBase[lengthIndex] + (try input.bits(Self.lengthExtra[lengthIndex]))
                let distanceSymbol = try distances.decode(&input)
                guard distanceSymbol < Self.distanceBase.count else {
                    throw .corruptDeflateStream(reason: "ongeldige afstandscode \(distanceSymbol)")
                }
                let distance = Self.distanceBase[distanceSymbol] + (try input.bits(Self.distanceExtra[distanceSymbol]))
                guard distance <= output.count else {
                    throw .corruptDeflateStream(reason: "een afstand verwijst \(distance) bytes terug, voorbij het begin")
                }
                guard output.count + length <= limit else { throw .inflatedSizeExceeded(limit: limit) }
                let start = output.count - distance
                for offset in 0..<length {
                    output.append(output[start + offset])
                }
            }
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                             35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                              3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                               257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                               8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}

/// Reads a byte array as a little-endian stream of bits, as DEFLATE packs them.
struct BitReader {
    private let bytes: [UInt8]
    private var position = 0
    private var buffer: UInt64 = 0
    private var count = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next `n` bits (at most 32), least significant first.
    mutating func bits(_ n: Int) throws(SpreadsheetError) -> Int {
        while count < n {
            guard position < bytes.count else { throw .truncatedDeflateStream }
            buffer |= UInt64(bytes[position]) << UInt64(count)
            position += 1
            count += 8
        }
        let value = Int(buffer & ((1 << UInt64(n)) - 1))
        buffer >>= UInt64(n)
        count -= n
        return value
    }

    /// Drops the bits left in the current byte.
    mutating func alignToByte() {
        buffer = 0
        count = 0
    }

    /// The next `n` whole bytes; call after ``alignToByte()``.
    mutating func bytes(_ n: Int) throws(SpreadsheetError) -> ArraySlice<UInt8> {
        guard n <= bytes.count - position else { throw .truncatedDeflateStream }
        defer { position += n }
        return bytes[position..<position + n]
    }
}
