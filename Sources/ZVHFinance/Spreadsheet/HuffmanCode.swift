/// A canonical Huffman code of DEFLATE, decoded a bit at a time from the count of codes
/// of each length (the method of zlib's `puff.c`): small, and checks every table it builds.
struct HuffmanCode: Sendable {
    /// How many codes have each length, 0...15.
    private var counts = [Int](repeating: 0, count: 16)
    /// The symbols ordered by code.
    private var symbols: [Int]

    /// Builds a code from the code length of each symbol (0 = unused).
    /// - Parameter allowsIncomplete: whether a code that does not use every bit pattern is
    ///   accepted; DEFLATE allows that only for a single code of length 1.
    init(lengths: [Int], allowsIncomplete: Bool) throws(SpreadsheetError) {
        for length in lengths { counts[length] += 1 }
        var left = 1
        for length in 1..<16 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw .corruptDeflateStream(reason: "te veel codes van lengte \(length)") }
        }
        let used = lengths.count - counts[0]
        if left > 0 && !(allowsIncomplete && used == counts[1] && used <= 1) {
            throw .corruptDeflateStream(reason: "onvolledige Huffmancode")
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: used)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }

    /// Reads one symbol.
    func decode(_ input: inout BitReader) throws(SpreadsheetError) -> Int {
        var code = 0, first = 0, index = 0
        for length in 1..<16 {
            code |= try input.bits(1)
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .corruptDeflateStream(reason: "een code hoort bij geen enkel symbool")
    }

    /// The fixed literal/length code of block type 1.
    static let fixedLiterals: HuffmanCode = {
        let lengths = [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
            + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)
        // A fixed table of the RFC; it is complete, so construction cannot fail.
        return (try? HuffmanCode(lengths: lengths, allowsIncomplete: false)) ?? HuffmanCode.empty
    }()

    /// The fixed distance code of block type 1 (32 symbols of 5 bits; 30 and 31 are invalid and refused when read).
    static let fixedDistances: HuffmanCode = {
        (try? HuffmanCode(lengths: [Int](repeating: 5, count: 32), allowsIncomplete: false)) ?? HuffmanCode.empty
    }()

    private static let empty = HuffmanCode(symbols: [])

    private init(symbols: [Int]) {
        self.symbols = symbols
    }

    /// The order in which code length code lengths are sent.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Reads the header of a dynamic block: the literal/length and distance codes.
    static func readDynamicCodes(from input: inout BitReader) throws(SpreadsheetError) -> (HuffmanCode, HuffmanCode) {
        let literalCount = try input.bits(5) + 257
        let distanceCount = try input.bits(5) + 1
        let codeLengthCount = try input.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw .corruptDeflateStream(reason: "te veel letter- of afstandscodes")
        }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[codeLengthOrder[index]] = try input.bits(3)
        }
        let codeLengthCode = try HuffmanCode(lengths: codeLengthLengths, allowsIncomplete: false)
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthCode.decode(&input)
            var repeated = 0, count = 0
            switch symbol {
            case 0...15:
                lengths.append(symbol)
                continue
            case 16:
                guard let previous = lengths.last else {
                    throw .corruptDeflateStream(reason: "herhaling van een codelengte zonder voorganger")
                }
                repeated = previous
                count = 3 + (try input.bits(2))
            case 17: count = 3 + (try input.bits(3))
            default: count = 11 + (try input.bits(7))
            }
            guard lengths.count + count <= literalCount + distanceCount else {
                throw .corruptDeflateStream(reason: "te veel codelengtes")
            }
            lengths += repeatElement(repeated, count: count)
        }
        guard lengths[256] != 0 else {
            throw .corruptDeflateStream(reason: "het blok heeft geen code voor zijn einde")
        }
        let literals = try HuffmanCode(lengths: Array(lengths[..<literalCount]), allowsIncomplete: true)
        let distances = try HuffmanCode(lengths: Array(lengths[literalCount...]), allowsIncomplete: true)
        return (literals, distances)
    }
}
