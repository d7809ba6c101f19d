import Testing
@testable import ZVHFinance

@Suite struct InflateTests {
    @Test func decompressesStoredFixedAndDynamicBlocksFromZlib() throws {
        #expect(try Inflate.decompress(PythonVectors.stored, maximumSize: 100) == Array("Hallo, ZVH!".utf8))
        #expect(try Inflate.decompress(PythonVectors.fixed, maximumSize: 100)
                == Array("aaaaaaaaaabcabcabcabc hallo hallo".utf8))
        for stream in [PythonVectors.dynamic1, PythonVectors.dynamic6, PythonVectors.dynamic9] {
            #expect(stream[0] >> 1 & 3 == 2 || stream == PythonVectors.dynamic1)
            #expect(try Inflate.decompress(stream, maximumSize: 1 << 20) == PythonVectors.text)
        }
    }

    @Test func decompressesLongRepeats() throws {
        let expected = Array("ab".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        #expect(try Inflate.decompress(PythonVectors.long, maximumSize: 100_002) == expected)
    }

    @Test func refusesOutputBeyondTheBound() {
        #expect(throws: SpreadsheetError.inflatedSizeExceeded(limit: 100_001)) {
            try Inflate.decompress(PythonVectors.long, maximumSize: 100_001)
        }
        #expect(throws: SpreadsheetError.inflatedSizeExceeded(limit: 10)) {
            try Inflate.decompress(PythonVectors.stored, maximumSize: 10)
        }
    }

    @Test func refusesEveryTruncation() {
        for stream in [PythonVectors.stored, PythonVectors.fixed, PythonVectors.dynamic6] {
            for length in 0..<stream.count {
                #expect(throws: SpreadsheetError.self) {
                    try Inflate.decompress(Array(stream[..<length]), maximumSize: 1 << 20)
                }
            }
        }
        #expect(throws: SpreadsheetError.truncatedDeflateStream) { try Inflate.decompress([], maximumSize: 10) }
    }

    @Test func refusesMalformedStreams() {
        // Block type 3.
        #expect(throws: SpreadsheetError.corruptDeflateStream(reason: "ongeldig bloktype 3")) {
            try Inflate.decompress([0x07], maximumSize: 10)
        }
        // A stored block whose length does not match its complement.
        #expect(throws: SpreadsheetError.self) { try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00], maximumSize: 10) }
        // Fixed block: a match of length 3 at distance 1 with no output before it.
        // Bits: final=1, type=01, length code 257 = 0000001 (7 bits), distance code 0 = 00000.
        #expect(throws: SpreadsheetError.self) { try Inflate.decompress([0x03, 0x02, 0x00], maximumSize: 10) }
        // Dynamic block with over-subscribed code length code (all 19 lengths 1).
        #expect(throws: SpreadsheetError.self) {
            try Inflate.decompress([0x05, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], maximumSize: 10)
        }
    }

    @Test func neverTrapsOnFlippedBits() {
        // Every single-bit corruption of a dynamic stream either decodes or throws.
        var generator = SeededBytes(seed: 13)
        for _ in 0..<600 {
            var stream = PythonVectors.dynamic6
            let index = generator.next(below: stream.count)
            stream[index] ^= UInt8(1 << generator.next(below: 8))
            _ = try? Inflate.decompress(stream, maximumSize: 1 << 16)
        }
    }
}

/// A small deterministic generator for property tests (SplitMix64).
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
