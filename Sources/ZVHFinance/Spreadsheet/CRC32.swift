/// The CRC-32 checksum of ZIP archives (IEEE 802.3, reflected polynomial 0xEDB88320),
/// computed a byte at a time from a 256-entry table.
///
/// ```swift
/// var crc = CRC32()
/// crc.update(Array("123456789".utf8))
/// crc.value  // 0xCBF43926
/// ```
public struct CRC32: Hashable, Sendable {
    /// The running register, before the final inversion.
    private var register: UInt32 = 0xFFFF_FFFF

    /// Creates a checksum of no bytes.
    public init() {}

    /// The checksum of the bytes seen so far.
    public var value: UInt32 { register ^ 0xFFFF_FFFF }

    /// Adds bytes to the checksum.
    /// - Parameter bytes: the next bytes of the data.
    /// - Complexity: O(n) in the number of bytes.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        var crc = register
        Self.table.withUnsafeBufferPointer { table in
            for byte in bytes {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        register = crc
    }

    /// The checksum of a whole byte sequence.
    /// - Parameter bytes: the data.
    /// - Returns: its CRC-32.
    /// - Complexity: O(n) in the number of bytes.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// The remainder of every byte value, computed once.
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }
}
