import Testing
@testable import ZVHFinance

@Suite struct CRC32Tests {
    @Test func matchesTheKnownAnswers() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        #expect(CRC32.checksum([0]) == 0xD202_EF8D)
    }

    @Test func updatingInPiecesEqualsTheWhole() {
        let bytes = Array("Zorg- en Veiligheidshuis".utf8)
        var crc = CRC32()
        crc.update(bytes[..<5])
        crc.update(bytes[5...])
        #expect(crc.value == CRC32.checksum(bytes))
    }
}
