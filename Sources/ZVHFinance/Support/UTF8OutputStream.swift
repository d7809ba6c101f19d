/// A text stream that can also take text as its UTF-8 bytes (standard output, a byte
/// buffer), so that a report written as bytes (``JSONWriter``) is passed on as it is,
/// instead of being made a `String` on the way (which checks every byte again).
///
/// A stream that keeps strings (a `String`, a test's recording stream) needs nothing
/// more than the conformance: by default the bytes are written as a `String`.
///
/// ```swift
/// var output = ""
/// output.write(utf8: Array("{}\n".utf8))   // output == "{}\n"
/// ```
public protocol UTF8OutputStream: TextOutputStream {
    /// Writes text given as UTF-8 (valid UTF-8: bytes made from strings).
    mutating func write(utf8 bytes: [UInt8])
}

extension UTF8OutputStream {
    public mutating func write(utf8 bytes: [UInt8]) {
        write(String(decoding: bytes, as: UTF8.self))
    }
}

extension String: UTF8OutputStream {}
