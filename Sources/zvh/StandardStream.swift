import Foundation
import ZVHFinance

/// Standard output or standard error as a text stream, written with `write(2)` so that
/// a failing stream (a full disk, a closed descriptor, a reader that went away) is
/// recorded instead of trapping, as `FileHandle.write` would. Text given as UTF-8 bytes
/// (``UTF8OutputStream``) is written as it is.
struct StandardStream: UTF8OutputStream {
    let descriptor: Int32
    /// The `errno` of the first failed write; later writes are skipped.
    private(set) var failure: Int32?

    static var output: StandardStream { StandardStream(descriptor: STDOUT_FILENO) }
    static var error: StandardStream { StandardStream(descriptor: STDERR_FILENO) }

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    mutating func write(_ string: String) {
        guard failure == nil, !string.isEmpty else { return }
        var string = string
        string.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    mutating func write(utf8 bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { write(bytes: $0) }
    }

    /// Writes all the bytes, or records why not.
    private mutating func write(bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            if result == 0 {
                failure = EIO
                return
            }
            written += result
        }
    }

    /// Whether the stream failed because nobody reads it any more (`EPIPE`): the
    /// reader chose to stop (`zvh overzicht | head -1`), which is not an error.
    var isClosedByReader: Bool { failure == EPIPE }

    /// Why a write failed, in Dutch.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "geen ruimte meer op het apparaat"
        case EBADF: "de uitvoer is gesloten"
        case EIO: "invoer-/uitvoerfout"
        case EFBIG: "het bestand is te groot"
        case EDQUOT: "de schijfquota is op"
        default: String(cString: strerror(code))
        }
    }

    /// Makes sure descriptors 0, 1 and 2 are open, so that no file opened later takes
    /// their number: a closed one is taken by `/dev/null` opened read-only, so writing
    /// to it still fails (`EBADF`) and is reported instead of landing in another file.
    static func occupyClosedStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}
