/// File names as the file system holds them: bytes, usually but not always UTF-8.
///
/// A name that is not valid UTF-8 (a Latin-1 `café.json` from an old share) is carried
/// in a `String` losslessly: every byte that is not part of valid UTF-8 becomes one
/// scalar of a private-use range (U+10FC80…U+10FCFF), and ``representation(of:)`` turns
/// it back into the same byte, so the file is found again. ``ControlCharacters`` shows
/// such a byte as `\xE9`.
///
/// ```swift
/// let name = FileSystemName.decoding([0x63, 0x61, 0x66, 0xE9])   // "caf" + U+10FCE9
/// FileSystemName.representation(of: name).dropLast()             // [0x63, 0x61, 0x66, 0xE9]
/// ```
public enum FileSystemName {
    /// The first scalar of the range that stands for raw bytes 0x80…0xFF.
    static let rawByteBase: UInt32 = 0x10FC00

    /// The raw byte a scalar stands for, if it is one of the private-use scalars.
    public static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        guard value >= rawByteBase + 0x80, value <= rawByteBase + 0xFF else { return nil }
        return UInt8(value - rawByteBase)
    }

    /// A name's bytes as text: valid UTF-8 as it is, any other byte as its private-use
    /// scalar.
    /// - Complexity: O(n) in the number of bytes.
    public static func decoding(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = scalar(in: bytes, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(Unicode.Scalar(rawByteBase + UInt32(bytes[index]))!)
                index += 1
            }
        }
        return String(scalars)
    }

    /// The valid UTF-8 sequence at `index`, if there is one.
    static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The bytes of a name for the file system, NUL-terminated (for `open`, `stat`).
    /// - Complexity: O(n) in the length of the name.
    public static func representation(of name: String) -> [CChar] {
        // A raw-byte scalar (U+10FC80…U+10FCFF) starts with the UTF-8 byte 0xF4; a name
        // without that byte is its UTF-8 as it is.
        if !name.utf8.contains(0xF4) {
            var bytes = name.utf8.map { CChar(bitPattern: $0) }
            bytes.append(0)
            return bytes
        }
        var bytes: [CChar] = []
        bytes.reserveCapacity(name.utf8.count + 1)
        for scalar in name.unicodeScalars {
            if let raw = rawByte(scalar) {
                bytes.append(CChar(bitPattern: raw))
            } else {
                for byte in String(scalar).utf8 { bytes.append(CChar(bitPattern: byte)) }
            }
        }
        bytes.append(0)
        return bytes
    }

    /// Calls `body` with the name as a C string for the file system.
    public static func withRepresentation<Result>(of name: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try representation(of: name).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}
